// Secrets and the CLI's edges (issue 13, items 11 and 13): --password-stdin from a terminal (a real pty), the client
// secret from a file instead of argv. The real binary, run as users run it.
#include "CatchQt.h"
#include "FreePort.h"

#include "cli/OAuthCli.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(IPW_CLI_BINARY), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Reads what the pty shows until `until` appears, the child closes it, or the time is up.
QByteArray readPty(int master, const QByteArray &until, int ms)
{
    QByteArray seen;
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && (until.isEmpty() || !seen.contains(until))) {
        pollfd fd{master, POLLIN, 0};
        if (poll(&fd, 1, int(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break;  // EIO: the child closed the terminal
        seen.append(buffer, n);
    }
    return seen;
}

// /proc/PID/stat: the state letter and the CPU time so far (utime + stime).
std::pair<char, qint64> processState(pid_t pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {'?', 0};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const QByteArray state = fields.value(0);
    return {state.isEmpty() ? '?' : state.at(0), fields.value(11).toLongLong() + fields.value(12).toLongLong()};
}

// Whether the kernel wrote a core dump for `program` killed with SIGABRT once it sits idle (its start, where both
// front ends turn dumps off, is long over then). The core size limit is raised as far as allowed, in `dir`.
struct AbortResult {
    bool started = false;
    bool coreDumped = false;  // WCOREDUMP
    bool coreFile = false;
};

AbortResult abortWhenIdle(const QByteArray &program, const QList<QByteArray> &args, const QString &dir)
{
    int keepStdinOpen[2];
    REQUIRE(pipe(keepStdinOpen) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        core.rlim_cur = core.rlim_max;
        setrlimit(RLIMIT_CORE, &core);
        dup2(keepStdinOpen[0], STDIN_FILENO);
        if (chdir(QFile::encodeName(dir).constData()) != 0)
            _exit(126);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        std::vector<char *> argv{const_cast<char *>(program.constData())};
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    close(keepStdinOpen[0]);
    // Idle: sleeping, and no CPU time used for half a second.
    AbortResult result;
    QDeadlineTimer deadline(30000);
    std::pair<char, qint64> last = processState(pid);
    int quiet = 0;
    while (!deadline.hasExpired() && quiet < 5) {
        QThread::msleep(100);
        const std::pair<char, qint64> now = processState(pid);
        quiet = (now.first == 'S' && now == last) ? quiet + 1 : 0;
        last = now;
    }
    result.started = quiet >= 5;
    kill(pid, SIGABRT);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    close(keepStdinOpen[1]);
    result.coreDumped = WIFSIGNALED(status) && WCOREDUMP(status);
    result.coreFile = !QDir(dir).entryList({u"core*"_s}, QDir::Files).isEmpty();
    return result;
}

}  // namespace

TEST_CASE("Both programs turn core dumps off at start: killed, they leave no core", "[cli][secrets]")
{
#ifdef IPW_SANITIZED_BUILD
    WARN("sanitizer build: the programs stay dumpable on purpose (LeakSanitizer needs ptrace)");
    return;
#endif
    // A program that does not: shows that this system writes core dumps at all, else nothing can be observed.
    QTemporaryDir control;
    REQUIRE(control.isValid());
    const AbortResult sleeper = abortWhenIdle("/bin/sleep", {"60"}, control.path());
    REQUIRE(sleeper.started);
    if (!sleeper.coreDumped || !sleeper.coreFile) {
        WARN("this system writes no core dumps (core_pattern, RLIMIT_CORE hard limit): nothing to observe");
        return;
    }

    QTemporaryDir cliDir;
    REQUIRE(cliDir.isValid());
    // Waiting for the password on stdin (a pipe nobody writes to).
    const AbortResult cli = abortWhenIdle(
        IPW_CLI_BINARY, {"--imap", "127.0.0.1:1", "--no-smtp", "--user", "me", "--password-stdin"}, cliDir.path());
    CHECK(cli.started);
    CHECK_FALSE(cli.coreDumped);
    CHECK_FALSE(cli.coreFile);
#ifdef IPW_WIZARD_BINARY
    QTemporaryDir wizardDir;
    REQUIRE(wizardDir.isValid());
    const AbortResult wizard = abortWhenIdle(IPW_WIZARD_BINARY, {}, wizardDir.path());
    CHECK(wizard.started);
    CHECK_FALSE(wizard.coreDumped);
    CHECK_FALSE(wizard.coreFile);
#endif
}

TEST_CASE("CLI: --password-stdin from a terminal turns echo off, says so, and restores it", "[cli][secrets]")
{
    ipw::test::ClosedPort closed;
    REQUIRE(closed.port() != 0);
    const QByteArray port = QByteArray::number(closed.port());
    const QByteArray password = "typed-S3cret";

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const QByteArray imap = "127.0.0.1:" + port;
        execl(IPW_CLI_BINARY, "imap-password-check", "--lang", "en", "--imap", imap.constData(), "--imap-security",
              "tls", "--no-smtp", "--user", "me@example.test", "--password-stdin", static_cast<char *>(nullptr));
        _exit(127);
    }
    const QByteArray prompt = readPty(master, "as you type): ", 20000);
    INFO("terminal so far: " << prompt.toStdString());
    CHECK(prompt.contains("Password (it is not shown as you type): "));
    // The terminal's own settings (the master reports the pty's): no echo while the line is read.
    termios mode{};
    REQUIRE(tcgetattr(master, &mode) == 0);
    CHECK((mode.c_lflag & ECHO) == 0);

    REQUIRE(write(master, password.constData(), password.size()) == password.size());
    REQUIRE(write(master, "\n", 1) == 1);
    const QByteArray rest = readPty(master, {}, 30000);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    close(master);
    const QByteArray shown = prompt + rest;
    INFO("terminal: " << shown.toStdString());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);        // connection refused: checked, not verified
    CHECK_FALSE(shown.contains(password));  // the terminal never showed what was typed
}

TEST_CASE("CLI: --oauth-client-secret-file reads the secret's first line, and refuses what it cannot use",
          "[cli][secrets][oauth]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"secret"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("  GOCSPX-file-secret \nsecond line\n");
    f.close();

    const auto secretFrom = [](const QStringList &args, QString *error) {
        QCommandLineParser parser;
        ipw::cli::OAuthCli::addOptions(parser);
        REQUIRE(parser.parse(QStringList{u"imap-password-check"_s} + args));
        return ipw::cli::OAuthCli::clientSecret(parser, error);
    };
    QString error;
    CHECK(secretFrom({u"--oauth-client-secret-file"_s, file}, &error) == u"GOCSPX-file-secret"_s);
    CHECK(error.isEmpty());
    CHECK(secretFrom({u"--oauth-client-secret"_s, u"inline"_s}, &error) == u"inline"_s);
    CHECK_FALSE(secretFrom({}, &error).has_value());
    CHECK(error.isEmpty());

    // The binary: an unreadable file, an empty one, or both options are bad usage (exit 2) with the reason.
    const QStringList base{u"--oauth"_s, u"--no-browser"_s,   u"--imap"_s, u"127.0.0.1:1"_s, u"--no-smtp"_s,
                           u"--user"_s,  u"a@example.test"_s, u"--lang"_s, u"en"_s};
    const QString missing = dir.filePath(u"no-such-file"_s);
    const Run unreadable = runCli(base + QStringList{u"--oauth-client-secret-file"_s, missing});
    INFO(unreadable.err.toStdString());
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.err.contains(QByteArray("The client secret file " + missing.toUtf8() + " cannot be read: ")));
    CHECK(unreadable.err.contains("No such file or directory"));

    QFile empty(dir.filePath(u"empty"_s));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Run emptyRun = runCli(base + QStringList{u"--oauth-client-secret-file"_s, empty.fileName()});
    CHECK(emptyRun.exitCode == 2);
    CHECK(emptyRun.err.contains("is empty"));

    const Run both =
        runCli(base + QStringList{u"--oauth-client-secret-file"_s, file, u"--oauth-client-secret"_s, u"x"_s});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains("--oauth-client-secret or --oauth-client-secret-file"));
}
