// Proves the test fixtures: TestPki makes what TLS tests need, and DovecotFixture is a real Dovecot that behaves as
// the integration tests will assume (see DovecotFixture.h). Talks to it with a dumb line client, not product code.
#include "DovecotFixture.h"
#include "FreePort.h"
#include "LineClient.h"
#include "TempDirs.h"
#include "TestPki.h"

#include "CatchQt.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace ipw::test;
using namespace Qt::StringLiterals;

namespace {

const QString localhost = u"127.0.0.1"_s;
const QString otherLoopback = u"127.0.0.2"_s;  // Dovecot does not count 127.0.0.2 -> 127.0.0.2 ... as secure

DovecotFixture &dovecot()
{
    auto &fixture = DovecotFixture::instance();
    INFO(fixture.error().toStdString());
    REQUIRE(fixture.ok());
    return fixture;
}

bool hasLine(const QList<QByteArray> &lines, const QByteArray &needle)
{
    for (const QByteArray &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

QByteArray imapLogin(LineClient &client, const MailUser &user, const QByteArray &tag = "a")
{
    client.send(tag + " LOGIN " + imapQuoted(user.name) + ' ' + imapQuoted(user.password));
    const QList<QByteArray> lines = client.readUntilTagged(tag);
    return lines.isEmpty() ? QByteArray() : lines.constLast();
}

}  // namespace

TEST_CASE("TestPki makes a CA and server certificates good and bad and a second CA", "[fixture][pki]")
{
    const TestPki &pki = TestPki::instance();
    INFO(pki.error().toStdString());
    REQUIRE(pki.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate ca = pki.caCertificates().constFirst();

    for (const CertAndKey &cert : {pki.server(), pki.expired(), pki.notYetValid(), pki.selfSigned(), pki.ca(),
                                   pki.otherCa(), pki.otherCaServer()}) {
        CHECK(QFile::exists(cert.certFile));
        CHECK(QFile::exists(cert.keyFile));
        CHECK_FALSE(cert.key.isNull());
        CHECK(cert.key.algorithm() == QSsl::Ec);
        CHECK(cert.sha256().size() == 32);
    }
    const auto sans = pki.server().cert.subjectAlternativeNames();
    CHECK(sans.values(QSsl::DnsEntry) == QStringList{u"localhost"_s});
    CHECK(sans.values(QSsl::IpAddressEntry) == QStringList{u"127.0.0.1"_s});
    CHECK(pki.server().cert.issuerInfo(QSslCertificate::CommonName) == ca.subjectInfo(QSslCertificate::CommonName));
    CHECK(pki.server().cert.effectiveDate() <= now);
    CHECK(pki.server().cert.expiryDate() > now);
    CHECK(pki.expired().cert.expiryDate() < now);
    CHECK(pki.expired().cert.issuerDisplayName() == ca.subjectDisplayName());
    CHECK(pki.notYetValid().cert.effectiveDate() > now);
    CHECK(pki.notYetValid().cert.issuerDisplayName() == ca.subjectDisplayName());
    CHECK(pki.selfSigned().cert.isSelfSigned());
    CHECK(pki.selfSigned().cert.issuerDisplayName() != ca.subjectDisplayName());
    CHECK(pki.otherCaServer().cert.issuerDisplayName() == pki.otherCaCertificates().constFirst().subjectDisplayName());
    CHECK(pki.otherCa().sha256() != pki.ca().sha256());
    CHECK(pki.server().sha256() != pki.expired().sha256());
}

TEST_CASE("IMAPS login to the test Dovecot trusting only the test CA", "[fixture][dovecot]")
{
    auto &server = dovecot();
    LineClient client(server.caCertificates());
    REQUIRE(client.connectTls(localhost, server.imapsPort()));
    CHECK(client.socket.sslHandshakeErrors().isEmpty());
    CHECK(client.socket.peerCertificate() == TestPki::instance().server().cert);

    const QByteArray greeting = client.readLine();
    CHECK(greeting.startsWith("* OK "));
    CHECK_FALSE(greeting.contains("Waiting for authentication"));
    CHECK(imapLogin(client, server.mainUser()).startsWith("a OK"));

    client.send("b EXAMINE INBOX");
    const QList<QByteArray> examine = client.readUntilTagged("b");
    REQUIRE_FALSE(examine.isEmpty());
    CHECK(examine.constLast().startsWith("b OK"));
    CHECK(examine.contains("* " + QByteArray::number(server.inboxMessageCount()) + " EXISTS"));

    client.send("c LIST \"\" \"*\"");
    const QList<QByteArray> list = client.readUntilTagged("c");
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.constLast().startsWith("c OK"));
    QStringList folders;
    for (const QByteArray &line : list) {
        if (line.startsWith("* LIST "))
            folders << QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1)).remove(u'"');
    }
    CHECK(folders.size() == server.folderCount());
    const QStringList expected = server.folders();
    CHECK(QSet<QString>(folders.begin(), folders.end()) == QSet<QString>(expected.begin(), expected.end()));
    CHECK(hasLine(list, "\\Sent"));

    client.send("d LOGOUT");
    CHECK(client.readUntilTagged("d").constLast().startsWith("d OK"));
}

TEST_CASE("localhost reaches the fixture over IPv4 and IPv6", "[fixture][dovecot]")
{
    auto &server = dovecot();
    QStringList hosts{u"localhost"_s};
    if (server.hasIpv6())
        hosts << u"::1"_s;
    for (const QString &host : hosts) {
        INFO(host.toStdString());
        LineClient client(server.caCertificates());
        REQUIRE(client.connectTls(host, server.imapsPort(), u"localhost"_s));
        CHECK(client.readLine().startsWith("* OK "));
        CHECK(imapLogin(client, server.mainUser()).startsWith("a OK"));
    }
}

TEST_CASE("STARTTLS upgrade on the plain IMAP port", "[fixture][dovecot]")
{
    auto &server = dovecot();
    LineClient client(server.caCertificates());
    REQUIRE(client.connectPlain(localhost, server.imapStarttlsPort()));
    const QByteArray greeting = client.readLine();
    CHECK(greeting.startsWith("* OK "));
    CHECK(greeting.contains("STARTTLS"));
    client.send("a STARTTLS");
    CHECK(client.readUntilTagged("a").constLast().startsWith("a OK"));
    REQUIRE(client.startTls());
    CHECK(client.socket.sslHandshakeErrors().isEmpty());
    client.send("b CAPABILITY");
    const QList<QByteArray> capability = client.readUntilTagged("b");
    CHECK(hasLine(capability, "AUTH=PLAIN"));
    CHECK_FALSE(hasLine(capability, "STARTTLS"));
    CHECK(imapLogin(client, server.mainUser(), "c").startsWith("c OK"));
    client.send("d LOGOUT");
    CHECK(client.readUntilTagged("d").constLast().startsWith("d OK"));
}

TEST_CASE("127.0.0.2 is not a secure connection for Dovecot so no plaintext login", "[fixture][dovecot]")
{
    auto &server = dovecot();
    LineClient client(server.caCertificates());
    REQUIRE(client.connectPlain(otherLoopback, server.imapStarttlsPort()));
    const QByteArray greeting = client.readLine();
    CHECK(greeting.contains("LOGINDISABLED"));
    CHECK(greeting.contains("STARTTLS"));
    CHECK(imapLogin(client, server.mainUser()).startsWith("a NO [PRIVACYREQUIRED]"));
}

TEST_CASE("TLS to 127.0.0.2 is a certificate name mismatch", "[fixture][dovecot]")
{
    auto &server = dovecot();
    LineClient client(server.caCertificates());
    client.socket.connectToHostEncrypted(otherLoopback, server.imapsPort());
    CHECK_FALSE(client.socket.waitForEncrypted(LineClient::timeoutMs));
    QList<QSslError::SslError> errors;
    for (const QSslError &error : client.socket.sslHandshakeErrors())
        errors << error.error();
    CHECK(errors == QList<QSslError::SslError>{QSslError::HostNameMismatch});
}

TEST_CASE("a Dovecot with a bad certificate on purpose gives exactly its TLS error", "[fixture][dovecot]")
{
    using Certificate = DovecotFixture::Certificate;
    using Errors = QList<QSslError::SslError>;
    const auto [certificate, expected] = GENERATE(table<Certificate, Errors>({
        {Certificate::Expired, {QSslError::CertificateExpired}},
        {Certificate::NotYetValid, {QSslError::CertificateNotYetValid}},
        {Certificate::SelfSigned, {QSslError::SelfSignedCertificate}},
        // OpenSSL reports both for a chain it cannot complete
        {Certificate::OtherCa,
         {QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate}},
    }));
    INFO("certificate kind " << int(certificate));
    auto &server = DovecotFixture::instance(certificate);
    INFO(server.error().toStdString());
    REQUIRE(server.ok());
    CHECK(server.imapsPort() != DovecotFixture::instance().imapsPort());

    for (const QString &host : {localhost, u"localhost"_s}) {
        LineClient client(server.caCertificates());  // the test CA, as for the good instance
        client.socket.connectToHostEncrypted(host, server.imapsPort());
        CHECK_FALSE(client.socket.waitForEncrypted(LineClient::timeoutMs));
        QList<QSslError::SslError> errors;
        for (const QSslError &error : client.socket.sslHandshakeErrors())
            errors << error.error();
        CHECK(errors == expected);
    }

    // Accepting exactly that certificate (as a user who trusts it would), the server is a working Dovecot.
    LineClient client(server.caCertificates());
    const QSslCertificate presented = server.serverCertificate().cert;
    QObject::connect(&client.socket, &QSslSocket::sslErrors, [&](const QList<QSslError> &errors) {
        if (client.socket.peerCertificate() == presented)
            client.socket.ignoreSslErrors(errors);
    });
    REQUIRE(client.connectTls(localhost, server.imapsPort()));
    client.readLine();
    CHECK(imapLogin(client, server.mainUser()).startsWith("a OK"));
}

TEST_CASE("submission with implicit TLS and with STARTTLS accepts AUTH PLAIN", "[fixture][dovecot]")
{
    auto &server = dovecot();
    const MailUser user = server.mainUser();
    LineClient client(server.caCertificates());
    SECTION("implicit TLS")
    {
        REQUIRE(client.connectTls(localhost, server.submissionsPort()));
        CHECK(client.readReply().constFirst().startsWith("220 "));
        client.send("EHLO client.example.test");
        CHECK(hasLine(client.readReply(), "AUTH PLAIN"));
    }
    SECTION("STARTTLS")
    {
        REQUIRE(client.connectPlain(otherLoopback, server.submissionStarttlsPort()));
        CHECK(client.readReply().constFirst().startsWith("220 "));
        client.send("EHLO client.example.test");
        const QList<QByteArray> ehlo = client.readReply();
        INFO(ehlo.join('|').constData());
        CHECK(hasLine(ehlo, "STARTTLS"));
        CHECK_FALSE(hasLine(ehlo, "PLAIN"));  // "250-AUTH" without mechanisms before TLS on 127.0.0.2
        client.send("STARTTLS");
        CHECK(client.readReply().constFirst().startsWith("220 "));
        REQUIRE(client.startTls());
        client.send("EHLO client.example.test");
        CHECK(hasLine(client.readReply(), "AUTH PLAIN"));
    }
    client.send("AUTH PLAIN " + saslPlain(user.name, user.password));
    CHECK(client.readReply().constFirst().startsWith("235 "));
    client.send("QUIT");
    const QList<QByteArray> quit = client.readReply();
    INFO(quit.join('|').constData());
    CHECK(quit.constFirst().startsWith("221 "));
}

TEST_CASE("every awkward password logs in as it is", "[fixture][dovecot]")
{
    auto &server = dovecot();
    for (const MailUser &user : server.awkwardUsers()) {
        INFO("password with " << user.what.toStdString());  // never the password itself
        LineClient imap(server.caCertificates());
        REQUIRE(imap.connectTls(localhost, server.imapsPort()));
        imap.readLine();
        CHECK(imapLogin(imap, user).startsWith("a OK"));

        LineClient smtp(server.caCertificates());
        REQUIRE(smtp.connectTls(localhost, server.submissionsPort()));
        smtp.readReply();
        smtp.send("EHLO client.example.test");
        smtp.readReply();
        smtp.send("AUTH PLAIN " + saslPlain(user.name, user.password));
        CHECK(smtp.readReply().constFirst().startsWith("235 "));
    }
    CHECK(server.awkwardUsers().size() >= 5);
}

TEST_CASE("a wrong password gets NO every time and the right one still works", "[fixture][dovecot]")
{
    // The fixture's nodelay passdb (DovecotFixture.cpp) turns off Dovecot's failure delay and per-IP penalty: without
    // it, a failure is answered after >= 500 ms and the IP is then penalized 2, 4, 8 s. That is a matter of speed and
    // is not timed here (a loaded CI machine made such limits flaky): the whole suite would simply get slow. What is
    // checked is what tests rely on: every failure is the same typed NO / 535, however many came before, and the
    // right password is not locked out by them.
    auto &server = dovecot();
    MailUser wrong = server.mainUser();
    wrong.password += u"-wrong"_s;
    for (int attempt = 0; attempt < 4; ++attempt) {
        INFO("attempt " << attempt);
        LineClient client(server.caCertificates());
        REQUIRE(client.connectTls(localhost, server.imapsPort()));
        client.readLine();
        CHECK(imapLogin(client, wrong).startsWith("a NO [AUTHENTICATIONFAILED]"));
    }

    LineClient unknown(server.caCertificates());
    REQUIRE(unknown.connectTls(localhost, server.imapsPort()));
    unknown.readLine();
    CHECK(imapLogin(unknown, {server.unknownUserName(), wrong.password, {}}).startsWith("a NO [AUTHENTICATIONFAILED]"));

    LineClient client(server.caCertificates());
    REQUIRE(client.connectTls(localhost, server.imapsPort()));
    client.readLine();
    CHECK(imapLogin(client, server.mainUser()).startsWith("a OK"));

    LineClient smtp(server.caCertificates());
    REQUIRE(smtp.connectTls(localhost, server.submissionsPort()));
    smtp.readReply();
    smtp.send("EHLO client.example.test");
    smtp.readReply();
    smtp.send("AUTH PLAIN " + saslPlain(wrong.name, wrong.password));
    CHECK(smtp.readReply().constFirst().startsWith("535 "));
}

// --- Dovecot does not outlive the test process ---------------------------------------------------------------------

namespace {

// The pids of Dovecot's master and of its children, from /proc.
QList<qint64> dovecotProcesses(qint64 master)
{
    QList<qint64> pids{master};
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == master)
            pids << pid;
    }
    return pids;
}

// Gone: no such process, or a zombie waiting to be reaped (this machine's init reaps late).
bool isGone(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    return text.isEmpty() || text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
}

QList<qint64> survivors(const QList<qint64> &pids, int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> alive;
    do {
        alive.clear();
        for (qint64 pid : pids) {
            if (!isGone(pid))
                alive << pid;
        }
        if (alive.isEmpty())
            break;
        QThread::msleep(20);
    } while (timer.elapsed() < waitMs);
    return alive;
}

}  // namespace

// Run by the tests below in a child process (hidden: "[.]"): starts the fixture, prints what the parent checks, waits
// for a line on stdin, then ends as IPW_DOVECOT_CHILD_MODE says (exit, abort, wait to be killed).
TEST_CASE("dovecot fixture child process", "[.][dovecot-child]")
{
    QElapsedTimer pkiTimer;
    pkiTimer.start();
    REQUIRE(TestPki::instance().ok());
    const qint64 pkiMs = pkiTimer.elapsed();
    auto &server = dovecot();
    QByteArray pids;
    for (qint64 pid : dovecotProcesses(server.masterPid()))
        pids += ' ' + QByteArray::number(pid);
    // The parent removes the directories of a child it killed (a later test process would, too: TempDirs.h).
    std::printf("DOVECOT_PIDS%s\nDIRS %s %s\nATTEMPTS %d\nIMAPS_PORT %d\nPKI_MS %lld\nSTARTUP_MS %lld\n",
                pids.constData(), qPrintable(server.directory()), qPrintable(TestPki::instance().directory()),
                server.startAttempts(), int(server.imapsPort()), static_cast<long long>(pkiMs),
                static_cast<long long>(server.startupMilliseconds()));
    std::fflush(stdout);
    char go[16] = {};
    if (!std::fgets(go, sizeof go, stdin))
        return;
    const QByteArray mode = qgetenv("IPW_DOVECOT_CHILD_MODE");
    if (mode == "abort")
        std::abort();
    if (mode == "wait")
        QThread::sleep(60);  // the parent kills us
}

namespace {

// A test process of our own, running the hidden test above.
struct ChildTestProcess {
    QProcess process;
    QByteArray output;

    bool start(const QString &mode, const QString &firstPorts = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"IPW_DOVECOT_CHILD_MODE"_s, mode);
        if (!firstPorts.isEmpty())
            env.insert(u"IPW_DOVECOT_FIRST_PORTS"_s, firstPorts);
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {u"dovecot fixture child process"_s});
        if (!process.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("STARTUP_MS") && timer.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        output += process.readAllStandardError();
        return output.contains("STARTUP_MS");
    }

    /// The words after `name` on its line.
    QList<QByteArray> field(const QByteArray &name) const
    {
        const int start = output.indexOf(QByteArray(name + ' '));
        if (start < 0)
            return {};
        return output.mid(start).split('\n').constFirst().split(' ').mid(1);
    }

    void go()
    {
        process.write("go\n");
        process.closeWriteChannel();
    }

    /// Removes the fixture directories a killed child left behind.
    void removeDirectories()
    {
        for (const QByteArray &path : field("DIRS")) {
            if (QDir(QString::fromLocal8Bit(path)).dirName().startsWith(u"ipw-"_s))
                removeTempDir(QString::fromLocal8Bit(path));
        }
    }
};

}  // namespace

TEST_CASE("the fixture's Dovecot dies with the test process however it ends", "[fixture][dovecot]")
{
    const std::string mode = GENERATE(as<std::string>{}, "exit", "abort", "wait");
    INFO("child mode " << mode);
    ChildTestProcess child;
    const bool started = child.start(QString::fromStdString(mode));
    INFO("child said: " << child.output.constData());
    REQUIRE(started);
    QList<qint64> pids;
    for (const QByteArray &pid : child.field("DOVECOT_PIDS"))
        pids << pid.toLongLong();
    REQUIRE_FALSE(pids.isEmpty());
    // Some of Dovecot's children come and go (a login process may be done already); the master and its
    // long-lived children (log, config, anvil, auth...) are there.
    REQUIRE_FALSE(isGone(pids.constFirst()));
    pids = survivors(pids, 0);
    REQUIRE(pids.size() >= 4);

    child.go();
    if (mode == "wait")
        child.process.kill();  // SIGKILL: no exit handlers run in the child, only PR_SET_PDEATHSIG helps
    REQUIRE(child.process.waitForFinished(30000));
    if (mode == "exit")
        CHECK(child.process.exitStatus() == QProcess::NormalExit);
    else
        CHECK(child.process.exitStatus() == QProcess::CrashExit);
    CHECK(survivors(pids, 15000).isEmpty());  // a poll: returns as soon as all are gone

    const QList<QByteArray> dirs = child.field("DIRS");
    REQUIRE(dirs.size() == 2);
    if (mode == "exit") {
        for (const QByteArray &path : dirs)
            CHECK_FALSE(QFileInfo::exists(QString::fromLocal8Bit(path)));  // removed by the child at its exit
    }
    child.removeDirectories();
}

TEST_CASE("the fixture starts on new ports when one is taken on 127.0.0.2", "[fixture][dovecot]")
{
    // Hold a port on 127.0.0.2 only (freePort() checks 127.0.0.1) and make the child's first attempt use it.
    QTcpServer squatter;
    REQUIRE(squatter.listen(QHostAddress(otherLoopback), 0));
    const quint16 taken = squatter.serverPort();
    QList<quint16> ports{taken};
    while (ports.size() < 4) {
        const quint16 port = freePort();
        if (port != 0 && !ports.contains(port))
            ports << port;
    }
    QStringList portList;
    for (quint16 port : ports)
        portList << QString::number(port);

    ChildTestProcess child;
    const bool started = child.start(u"exit"_s, portList.join(u','));
    INFO("child said: " << child.output.constData());
    REQUIRE(started);
    CHECK(child.field("ATTEMPTS") == QList<QByteArray>{"2"});
    CHECK(child.field("IMAPS_PORT") != QList<QByteArray>{QByteArray::number(taken)});
    child.go();
    CHECK(child.process.waitForFinished(30000));
}
