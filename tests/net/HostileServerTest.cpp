// Servers that misbehave: each must end in a clean, typed diagnosis, without a hang, a crash, or the password
// leaving this process where it should not (asserted on what the server received).
#include "CatchQt.h"
#include "CheckRunner.h"
#include "ScriptedServer.h"
#include "TestPki.h"

#include "net/ImapCheckJob.h"
#include "net/Transcript.h"

#include <QTcpServer>

using namespace ipw;
using namespace ipw::test;

namespace {

const QString kPassword = QStringLiteral("h0stile-Pa55");

bool sawPassword(const QByteArray &received)
{
    const QByteArray pass = kPassword.toUtf8();
    const QByteArray plain = QByteArray(QByteArray("\0me@example.com\0", 16) + pass).toBase64();
    return received.contains(pass) || received.contains(plain) || received.contains(pass.toBase64());
}

CheckSettings settingsFor(std::optional<ServerEndpoint> imap, std::optional<ServerEndpoint> smtp,
                          std::chrono::milliseconds step = std::chrono::seconds(10))
{
    CheckSettings s;
    s.imap = imap;
    s.smtp = smtp;
    s.loginName = QStringLiteral("me@example.com");
    s.extraCaCertificates = TestPki::instance().caCertificates();
    s.stepTimeout = step;
    return s;
}

std::unique_ptr<ScriptedServer> tlsServer()
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    auto server = std::make_unique<ScriptedServer>(ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
    return server;
}

std::unique_ptr<ScriptedServer> plainServer()
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    return std::make_unique<ScriptedServer>(ScriptedServer::Tls::None, pki.server().cert, pki.server().key);
}

// A well-behaved IMAP server (SASL-IR) whose answer to the login is `loginReply` ("OK …" / "NO …").
void imapServer(ScriptedServer &server, const QByteArray &loginReply, bool *answeredLogin = nullptr)
{
    server.onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    server.onLine = [loginReply, answeredLogin](ScriptedSession &s, const QByteArray &line) {
        const QList<QByteArray> w = line.split(' ');
        const QByteArray cmd = w.value(1).toUpper();
        if (cmd == "AUTHENTICATE" || cmd == "LOGIN") {
            s.sendLine(w[0] + ' ' + loginReply);
            if (answeredLogin)
                *answeredLogin = true;
        } else if (cmd == "LIST") {
            s.sendLine("* LIST () \"/\" INBOX");
            s.sendLine(w[0] + " OK done");
        } else if (cmd == "EXAMINE") {
            s.sendLine("* 4 EXISTS");
            s.sendLine("* OK [UIDVALIDITY 42] ok");
            s.sendLine(w[0] + " OK [READ-ONLY] done");
        } else if (cmd == "LOGOUT") {
            s.sendLine("* BYE");
            s.sendLine(w[0] + " OK");
            s.close();
        } else {
            s.sendLine(w[0] + " BAD what");
        }
    };
}

// A well-behaved SMTP submission server; `authAllowed` says whether AUTH may arrive now (else it records a breach).
void smtpServer(ScriptedServer &server, std::function<bool()> authAllowed = {}, bool *breach = nullptr)
{
    server.onConnect = [](ScriptedSession &s) { s.sendLine("220 localhost ESMTP test"); };
    server.onLine = [authAllowed, breach](ScriptedSession &s, const QByteArray &line) {
        const QByteArray cmd = line.split(' ').value(0).toUpper();
        if (cmd == "EHLO") {
            s.sendLine("250-localhost");
            s.sendLine("250-ENHANCEDSTATUSCODES");
            s.sendLine("250 AUTH PLAIN LOGIN");
        } else if (cmd == "AUTH") {
            if (authAllowed && !authAllowed() && breach)
                *breach = true;
            s.sendLine("235 2.7.0 Authentication successful");
        } else if (cmd == "QUIT") {
            s.sendLine("221 2.0.0 Bye");
            s.close();
        } else {
            s.sendLine("502 5.5.2 what");
        }
    };
}

// Runs a check of both protocols against the two servers (listening from here on).
std::optional<CheckResult> checkBoth(ScriptedServer &imap, ScriptedServer &smtp)
{
    REQUIRE(imap.listen());
    REQUIRE(smtp.listen());
    return runCheck(
        settingsFor(loopback(imap.port(), Security::ImplicitTls), loopback(smtp.port(), Security::ImplicitTls)),
        kPassword);
}

}  // namespace

TEST_CASE("Hostile IMAP: junk instead of a greeting", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ProtocolError);
    CHECK(r->imap->stage == CheckStage::Greeting);
    CHECK_FALSE(sawPassword(server->received()));
}

TEST_CASE("Hostile IMAP: a 1 MB line", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.send("* OK " + QByteArray(1024 * 1024, 'x') + "\r\n"); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ProtocolError);
    CHECK_FALSE(sawPassword(server->received()));
    for (const QString &line : r->imap->transcript)
        CHECK(line.size() < 5000);  // the transcript does not keep the monster line
}

TEST_CASE("Hostile SMTP: a 1 MB line", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.send("220-" + QByteArray(1024 * 1024, 'x') + "\r\n"); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor({}, loopback(server->port(), Security::ImplicitTls)), kPassword);
    REQUIRE(r);
    CHECK(r->smtp->diagnosis == DiagnosisCode::ProtocolError);
    CHECK_FALSE(sawPassword(server->received()));
}

TEST_CASE("Hostile IMAP: a stall mid-reply ends in a timeout", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    server->onLine = [](ScriptedSession &s, const QByteArray &line) { s.send(line.left(2) + " O"); };  // …and nothing
    REQUIRE(server->listen());
    // Not timed: the step timeout (800 ms) is what ends it, as the typed result shows (a Timeout in the Auth stage,
    // within runCheck()'s limit); how long that took on a loaded machine proves nothing more.
    const auto r = runCheck(
        settingsFor(loopback(server->port(), Security::ImplicitTls), {}, std::chrono::milliseconds(800)), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Timeout);
    CHECK(r->imap->stage == CheckStage::Auth);
}

TEST_CASE("Hostile IMAP: a listener that never speaks", "[hostile]")
{
    QTcpServer silent;  // accepts, never answers: not even a TLS handshake
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    const auto r =
        runCheck(settingsFor(loopback(silent.serverPort(), Security::ImplicitTls), {}, std::chrono::milliseconds(600)),
                 kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Timeout);
    CHECK(r->imap->stage == CheckStage::Tls);
}

TEST_CASE("Hostile IMAP: disconnect after AUTH", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    server->onLine = [](ScriptedSession &s, const QByteArray &) { s.close(); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ServerUnavailable);
    CHECK(r->imap->stage == CheckStage::Auth);
    CHECK_FALSE(r->imap->credentialsAccepted);
}

TEST_CASE("Hostile SMTP: disconnect after AUTH", "[hostile]")
{
    auto server = tlsServer();
    smtpServer(*server);
    auto inner = server->onLine;
    server->onLine = [inner](ScriptedSession &s, const QByteArray &line) {
        if (line.startsWith("AUTH"))
            s.close();
        else
            inner(s, line);
    };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor({}, loopback(server->port(), Security::ImplicitTls)), kPassword);
    REQUIRE(r);
    CHECK(r->smtp->diagnosis == DiagnosisCode::ServerUnavailable);
    CHECK(r->smtp->stage == CheckStage::Auth);
}

TEST_CASE("Hostile IMAP: STARTTLS advertised, then refused", "[hostile]")
{
    auto server = plainServer();
    server->onConnect = [](ScriptedSession &s) {
        s.sendLine("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR] hi");
    };
    server->onLine = [](ScriptedSession &s, const QByteArray &line) { s.sendLine(line.left(2) + " NO not today"); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::StartTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::StarttlsUnavailable);
    CHECK(r->imap->stage == CheckStage::Starttls);
    CHECK_FALSE(sawPassword(server->received()));
}

TEST_CASE("Hostile IMAP: STARTTLS missing when required", "[hostile]")
{
    auto server = plainServer();
    server->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi"); };
    server->onLine = [](ScriptedSession &s, const QByteArray &line) { s.sendLine(line.left(2) + " OK whatever"); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::StartTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::StarttlsUnavailable);
    CHECK(server->received().isEmpty());  // not a single command in plaintext
}

TEST_CASE("Hostile SMTP: STARTTLS advertised then refused, and missing", "[hostile]")
{
    for (const bool advertised : {true, false}) {
        DYNAMIC_SECTION("advertised: " << advertised)
        {
            auto server = plainServer();
            server->onConnect = [](ScriptedSession &s) { s.sendLine("220 localhost ESMTP"); };
            server->onLine = [advertised](ScriptedSession &s, const QByteArray &line) {
                if (line.startsWith("EHLO")) {
                    s.sendLine("250-localhost");
                    if (advertised)
                        s.sendLine("250-STARTTLS");
                    s.sendLine("250 AUTH PLAIN LOGIN");
                } else if (line == "STARTTLS") {
                    s.sendLine("454 4.7.0 TLS not available due to temporary reason");
                } else {
                    s.sendLine("221 bye");
                    s.close();
                }
            };
            REQUIRE(server->listen());
            const auto r = runCheck(settingsFor({}, loopback(server->port(), Security::StartTls)), kPassword);
            REQUIRE(r);
            CHECK(r->smtp->diagnosis == DiagnosisCode::StarttlsUnavailable);
            CHECK_FALSE(server->received().contains("AUTH"));
        }
    }
}

TEST_CASE("Hostile IMAP: BYE at greeting", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) {
        s.sendLine("* BYE [UNAVAILABLE] Server is under maintenance");
        s.close();
    };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ServerUnavailable);
    CHECK(r->imap->stage == CheckStage::Greeting);
    CHECK(r->imap->serverText == QStringLiteral("[UNAVAILABLE] Server is under maintenance"));
}

TEST_CASE("One login attempt: SMTP AUTH only after IMAP accepted", "[hostile][economy]")
{
    auto imap = tlsServer();
    bool imapAnswered = false;
    imapServer(*imap, "OK Logged in", &imapAnswered);
    auto smtp = tlsServer();
    bool breach = false;
    smtpServer(
        *smtp, [&] { return imapAnswered; }, &breach);
    const auto r = checkBoth(*imap, *smtp);
    REQUIRE(r);
    INFO(r->imap->transcript.join(u'\n').toStdString() << "\n" << r->smtp->transcript.join(u'\n').toStdString());
    CHECK(r->verified());
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
    CHECK(r->imap->mailboxes == 1);
    CHECK(r->imap->inboxMessages == 4);
    CHECK(r->imap->uidValidity == 42u);
    CHECK(r->smtp->diagnosis == DiagnosisCode::Ok);
    CHECK(r->smtp->stage == CheckStage::Auth);
    CHECK_FALSE(breach);
    CHECK(smtp->received().contains("AUTH PLAIN"));
}

TEST_CASE("One login attempt: IMAP rejects, SMTP is not attempted", "[hostile][economy]")
{
    auto imap = tlsServer();
    imapServer(*imap, "NO [AUTHENTICATIONFAILED] Authentication failed.");
    auto smtp = tlsServer();
    smtpServer(*smtp);
    REQUIRE(imap->listen());
    REQUIRE(smtp->listen());
    const auto r = runCheck(
        settingsFor(loopback(imap->port(), Security::ImplicitTls), loopback(smtp->port(), Security::ImplicitTls)),
        kPassword);
    REQUIRE(r);
    CHECK_FALSE(r->verified());
    CHECK(r->imap->diagnosis == DiagnosisCode::WrongCredentials);
    CHECK(r->smtp->diagnosis == DiagnosisCode::NotAttempted);
    CHECK_FALSE(smtp->received().contains("AUTH"));
    CHECK_FALSE(sawPassword(smtp->received()));
}

TEST_CASE("Certificates: self-signed rejected with its details, accepted when pinned", "[hostile][tls]")
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    ScriptedServer server(ScriptedServer::Tls::Implicit, pki.selfSigned().cert, pki.selfSigned().key);
    imapServer(server, "OK Logged in");
    REQUIRE(server.listen());
    CheckSettings settings = settingsFor(loopback(server.port(), Security::ImplicitTls), {});

    auto r = runCheck(settings, kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::CertificateUntrusted);
    CHECK(r->imap->stage == CheckStage::Tls);
    CHECK(r->imap->certificate.sha256 == pki.selfSigned().sha256().toHex());
    CHECK(r->imap->certificate.subject.contains(QStringLiteral("localhost")));
    CHECK(r->imap->certificate.notAfter.isValid());
    CHECK_FALSE(r->imap->sslErrors.isEmpty());
    CHECK_FALSE(sawPassword(server.received()));

    // Pinned for another port: still rejected (a pin is for one host:port).
    settings.pinnedCertificates.add(EndpointKey{QStringLiteral("localhost"), 1}, pki.selfSigned().sha256().toHex());
    r = runCheck(settings, kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::CertificateUntrusted);

    settings.pinnedCertificates.add(settings.imap->key(), pki.selfSigned().sha256().toHex());
    r = runCheck(settings, kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
    CHECK(r->imap->certificate.sha256 == pki.selfSigned().sha256().toHex());
}

TEST_CASE("Certificates: expired and not yet valid", "[hostile][tls]")
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    for (const bool expired : {true, false}) {
        DYNAMIC_SECTION((expired ? "expired" : "not yet valid"))
        {
            const CertAndKey cert = expired ? pki.expired() : pki.notYetValid();
            ScriptedServer server(ScriptedServer::Tls::Implicit, cert.cert, cert.key);
            imapServer(server, "OK Logged in");
            REQUIRE(server.listen());
            const auto r = runCheck(settingsFor(loopback(server.port(), Security::ImplicitTls), {}), kPassword);
            REQUIRE(r);
            CHECK(r->imap->diagnosis == DiagnosisCode::CertificateExpired);
            // Not yet valid, or expired years ago: the computer's clock is the likelier culprit.
            CHECK(r->imap->clockLooksWrong);
            CHECK(r->imap->certificate.sha256 == cert.sha256().toHex());
            CHECK_FALSE(sawPassword(server.received()));
        }
    }
}

TEST_CASE("cancel() with live connections: one finished, nothing left", "[hostile]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &) {};  // TLS up, then silence
    REQUIRE(server->listen());
    ConnectionCheck check(
        settingsFor(loopback(server->port(), Security::ImplicitTls), loopback(server->port(), Security::ImplicitTls)),
        Secret::fromString(kPassword));
    int finished = 0;
    CheckResult result;
    QObject::connect(&check, &ConnectionCheck::finished, [&](const CheckResult &r) {
        ++finished;
        result = r;
    });
    check.start();
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(finished == 0);
    check.cancel();
    CHECK(finished == 1);
    REQUIRE(result.imap);
    REQUIRE(result.smtp);
    CHECK(result.imap->diagnosis == DiagnosisCode::Cancelled);
    CHECK(result.smtp->diagnosis == DiagnosisCode::Cancelled);
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(finished == 1);
    CHECK(check.findChildren<QObject *>().isEmpty() == false);  // the jobs remain as results holders…
    CHECK(check.findChildren<QAbstractSocket *>().isEmpty());   // …but no socket is left
}

namespace {

// An IMAP server that accepts the login and then floods `chunk` without end.
void floodAfterLogin(ScriptedServer &server, const QByteArray &chunk)
{
    server.onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    server.onLine = [chunk](ScriptedSession &s, const QByteArray &line) {
        if (line.split(' ').value(1).toUpper() == "AUTHENTICATE")
            s.flood(chunk);
    };
}

}  // namespace

TEST_CASE("Hostile IMAP: endless [ALERT]s end the check at the alert limit", "[hostile][limits]")
{
    auto server = tlsServer();
    floodAfterLogin(*server, "* OK [ALERT] x\r\n");
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ProtocolError);
    CHECK(r->imap->stage == CheckStage::Auth);
    CHECK(r->imap->alerts.size() == ImapCheckJob::kMaxAlerts);
}

TEST_CASE("Hostile IMAP: endless untagged responses end the check at the per-command limit", "[hostile][limits]")
{
    auto server = tlsServer();
    floodAfterLogin(*server, "* 1 RECENT\r\n");
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ProtocolError);
    CHECK(r->imap->stage == CheckStage::Auth);
    // The transcript keeps its head and says how much it left out.
    const QStringList &lines = r->imap->transcript;
    CHECK(lines.size() <= Transcript::kMaxLines + 10);
    CHECK(lines.filter(QStringLiteral("more lines left out")).size() == 1);
}

TEST_CASE("Hostile IMAP: '+' to everything during AUTHENTICATE gets one cancel, then the check ends",
          "[hostile][limits]")
{
    auto server = tlsServer();
    server->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi"); };
    server->onLine = [](ScriptedSession &s, const QByteArray &) { s.sendLine("+ "); };
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ProtocolError);
    CHECK(r->imap->stage == CheckStage::Auth);
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    CHECK(server->received().count("*\r\n") == 1);
}

TEST_CASE("One login attempt: Exchange's 'authenticated but not connected' releases no SMTP login",
          "[hostile][economy]")
{
    // MailKit#1494: AUTHENTICATE answered OK, the session then refused. SMTP may log in only once IMAP's mailbox
    // step answered OK.
    auto imap = tlsServer();
    imap->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    bool imapRefusedSession = false;
    imap->onLine = [&imapRefusedSession](ScriptedSession &s, const QByteArray &line) {
        const QList<QByteArray> w = line.split(' ');
        if (w.value(1).toUpper() == "AUTHENTICATE") {
            s.sendLine(w[0] + " OK AUTHENTICATE completed.");
        } else {
            // Slow enough that an SMTP job released at AUTHENTICATE's OK would have sent its AUTH by now.
            QTimer::singleShot(300, &s, [&s, &imapRefusedSession, tag = w[0]] {
                imapRefusedSession = true;
                s.sendLine(tag + " BAD User is authenticated but not connected.");
            });
        }
    };
    auto smtp = tlsServer();
    bool breach = false;
    smtpServer(
        *smtp, [&] { return false; }, &breach);
    const auto r = checkBoth(*imap, *smtp);
    REQUIRE(r);
    CHECK(imapRefusedSession);
    CHECK(r->imap->diagnosis == DiagnosisCode::NotAuthorized);
    CHECK(r->smtp->diagnosis == DiagnosisCode::NotAttempted);
    CHECK_FALSE(breach);
    CHECK_FALSE(smtp->received().contains("AUTH"));
}
