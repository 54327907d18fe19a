// The entry point of the discovery tests: a private user, network and mount namespace (as `unshare -rnm` makes),
// entered before Qt starts any thread (unshare(CLONE_NEWUSER) refuses a process with more than one). Inside it only
// the loopback interface exists, and /etc/resolv.conf is a file of ours (bind-mounted), so every look-up the product
// makes goes to the test's own dnsmasq and servers, and nothing can leave the machine. Works as root and as an
// ordinary user; where user namespaces are off, the namespace tests say so and return (DiscoveryNamespace.h).
#define CATCH_CONFIG_RUNNER
#include "DiscoveryNamespace.h"

#include <catch2/catch.hpp>

#ifdef IPW_NAMESPACE_GUI
#include <QApplication>  // the wizard's discovery test (WizardDiscoveryTest.cpp)
using NamespaceApplication = QApplication;
#else
#include <QCoreApplication>
using NamespaceApplication = QCoreApplication;
#endif

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool writeFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

std::string enterNamespace(std::string *resolvConf)
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET | CLONE_NEWNS) != 0)
        return std::string("unshare(CLONE_NEWUSER|CLONE_NEWNET|CLONE_NEWNS): ") + std::strerror(errno);
    writeFile("/proc/self/setgroups", "deny");
    if (!writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1\n") ||
        !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1\n"))
        return std::string("writing the uid/gid map: ") + std::strerror(errno);
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return std::string("making mounts private: ") + std::strerror(errno);
    const int s = ::socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    if (s < 0 || ::ioctl(s, SIOCGIFFLAGS, &ifr) != 0)
        return std::string("reading lo's flags: ") + std::strerror(errno);
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (::ioctl(s, SIOCSIFFLAGS, &ifr) != 0)
        return std::string("bringing lo up: ") + std::strerror(errno);
    ::close(s);
    const char *tmp = std::getenv("TMPDIR");
    std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/ipw-resolv-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0)
        return std::string("making a resolv.conf: ") + std::strerror(errno);
    ::close(fd);
    if (::mount(path.c_str(), "/etc/resolv.conf", nullptr, MS_BIND, nullptr) != 0)
        return std::string("bind-mounting over /etc/resolv.conf: ") + std::strerror(errno);
    *resolvConf = path;
    return {};
}

}  // namespace

int main(int argc, char *argv[])
{
    std::string resolvConf;
    const std::string why = enterNamespace(&resolvConf);
    ipw::test::DiscoveryNamespace::setUp(QString::fromStdString(why), QString::fromStdString(resolvConf));
    // Inside the namespace nothing can leave the machine: the discovery tests turn discovery on again.
    if (why.empty())
        qunsetenv("IPW_NO_DISCOVERY");
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    NamespaceApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    ipw::test::DiscoveryNamespace::tearDown();
    if (!resolvConf.empty()) {
        ::umount("/etc/resolv.conf");
        ::unlink(resolvConf.c_str());
    }
    return result;
}
