// imap-password-check (the real binary, through QProcess) against servers that flood it without end: the check
// ends as protocol-error, and the whole process never holds more than 100 MB. The peak is the kernel's own count
// (getrusage(RUSAGE_CHILDREN) after the child was reaped): no estimate.
#include "CatchQt.h"
#include "ScriptedServer.h"
#include "TestPki.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

using namespace ipw::test;

namespace {

constexpr long kMaxResidentKiB = 100 * 1024;

struct Outcome {
    int exitCode = -1;
    QJsonObject imap;
};

// Runs the CLI against `server` while this process's event loop keeps the server flooding.
Outcome runCli(const ScriptedServer &server)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IPW_CLI_BINARY),
            {QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(server.port()), QStringLiteral("--no-smtp"),
             QStringLiteral("--user"), QStringLiteral("me@example.com"), QStringLiteral("--ca-file"),
             TestPki::instance().caFile(), QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
             QStringLiteral("8"), QStringLiteral("--json")});
    REQUIRE(p.waitForStarted(10000));
    p.write("h0stile-Pa55\n");
    p.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(p.state() == QProcess::NotRunning);
    Outcome o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.imap = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("imap")).toObject();
    return o;
}

long peakChildResidentKiB()
{
    rusage usage{};
    REQUIRE(getrusage(RUSAGE_CHILDREN, &usage) == 0);
    return usage.ru_maxrss;  // KiB on Linux: the largest child reaped so far
}

}  // namespace

TEST_CASE("CLI: a server flooding after the login costs a bounded check, under 100 MB", "[cli][hostile][limits]")
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    // Issue 13: "* OK [ALERT] x" without end took the CLI to 2 GB in seconds; then other untagged lines, which are
    // no alerts but would fill the transcript the same way.
    for (const QByteArray &chunk : {QByteArray("* OK [ALERT] x\r\n"), QByteArray("* 1 RECENT\r\n")}) {
        DYNAMIC_SECTION(chunk.trimmed().toStdString())
        {
            ScriptedServer server(ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
            server.onConnect = [](ScriptedSession &s) {
                s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi");
            };
            server.onLine = [chunk](ScriptedSession &s, const QByteArray &line) {
                if (line.split(' ').value(1).toUpper() == "AUTHENTICATE")
                    s.flood(chunk);
            };
            REQUIRE(server.listen());
            const Outcome o = runCli(server);
            CHECK(o.exitCode == 1);
            CHECK(o.imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("protocol-error"));
            const long peak = peakChildResidentKiB();
            INFO("peak resident set of the CLI: " << peak << " KiB");
            CHECK(peak > 0);
#ifndef IPW_SANITIZED_BUILD
            CHECK(peak < kMaxResidentKiB);
#else
            WARN("sanitizer build: the resident set is mostly AddressSanitizer's; the ceiling is checked in the "
                 "normal build");
#endif
        }
    }
}
