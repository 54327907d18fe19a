// Issue 17 item 1: the round trips of a check. LIST and EXAMINE go out together (behind AUTHENTICATE PLAIN with
// SASL-IR, else right after the login's OK); their replies count only after the login's OK; a refused login is
// never tried again. The servers here hold their replies back until the client has sent what the pipelined
// dialogue says it sends at once: a client that waited for an answer first would stall and time out.
#include "CatchQt.h"
#include "CheckRunner.h"
#include "ScriptedServer.h"
#include "TestPki.h"

using namespace ipw;
using namespace ipw::test;

namespace {

const QString kPassword = QStringLiteral("pipe-Pa55");

CheckSettings settingsFor(std::optional<ServerEndpoint> imap, std::optional<ServerEndpoint> smtp)
{
    CheckSettings s;
    s.imap = imap;
    s.smtp = smtp;
    s.loginName = QStringLiteral("me@example.com");
    s.extraCaCertificates = TestPki::instance().caCertificates();
    s.stepTimeout = std::chrono::seconds(10);  // a client waiting for a reply the server holds back ends here
    return s;
}

std::unique_ptr<ScriptedServer> tlsServer()
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    return std::make_unique<ScriptedServer>(ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
}

QByteArray commandOf(const QByteArray &line)
{
    return line.split(' ').value(1).toUpper();
}

// What the IMAP server saw, in order: each command, and what it had answered when it arrived.
struct Arrival {
    QByteArray command;
    bool loginAnswered = false;
    bool listAnswered = false;
};

void sendMailboxReplies(ScriptedSession &s, const QByteArray &listTag, const QByteArray &examineTag)
{
    s.sendLine("* LIST (\\HasNoChildren) \"/\" INBOX");
    s.sendLine("* LIST (\\HasNoChildren) \"/\" Sent");
    s.sendLine(listTag + " OK List completed");
    s.sendLine("* 7 EXISTS");
    s.sendLine("* OK [UIDVALIDITY 99] ok");
    s.sendLine(examineTag + " OK [READ-ONLY] Examine completed");
}

// Answers nothing after the greeting until EXAMINE has arrived, then everything at once, in order.
void holdingImapServer(ScriptedServer &server, const QByteArray &capabilities, QList<Arrival> *arrivals)
{
    server.onConnect = [capabilities](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY " + capabilities + "] hi"); };
    server.onLine = [arrivals](ScriptedSession &s, const QByteArray &line) {
        const QByteArray tag = line.split(' ').value(0);
        const QByteArray command = commandOf(line);
        arrivals->append({command, s.state.contains(QStringLiteral("loginAnswered")),
                          s.state.contains(QStringLiteral("listAnswered"))});
        if (command == "AUTHENTICATE") {
            s.state[QStringLiteral("loginTag")] = tag;  // answered once EXAMINE is here too
        } else if (command == "LOGIN") {
            // No SASL-IR shortcut: answered at once, so the client can send LIST and EXAMINE.
            s.sendLine(tag + " OK Logged in");
            s.state[QStringLiteral("loginAnswered")] = true;
        } else if (command == "LIST") {
            s.state[QStringLiteral("listTag")] = tag;  // held until EXAMINE
        } else if (command == "EXAMINE") {
            if (!s.state.contains(QStringLiteral("loginAnswered"))) {
                s.sendLine(s.state.value(QStringLiteral("loginTag")).toByteArray() + " OK Logged in");
                s.state[QStringLiteral("loginAnswered")] = true;
            }
            sendMailboxReplies(s, s.state.value(QStringLiteral("listTag")).toByteArray(), tag);
            s.state[QStringLiteral("listAnswered")] = true;
        } else if (command == "LOGOUT") {
            s.sendLine("* BYE");
            s.sendLine(tag + " OK");
            s.close();
        } else {
            s.sendLine(tag + " BAD what");
        }
    };
}

QList<QByteArray> commands(const QList<Arrival> &arrivals)
{
    QList<QByteArray> out;
    for (const Arrival &a : arrivals)
        out << a.command;
    return out;
}

const Arrival *find(const QList<Arrival> &arrivals, const QByteArray &command)
{
    for (const Arrival &a : arrivals)
        if (a.command == command)
            return &a;
    return nullptr;
}

}  // namespace

TEST_CASE("Pipelining: LIST and EXAMINE ride behind AUTHENTICATE PLAIN with SASL-IR", "[pipelining]")
{
    auto server = tlsServer();
    QList<Arrival> arrivals;
    holdingImapServer(*server, "IMAP4rev1 SASL-IR AUTH=PLAIN", &arrivals);
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
    CHECK(r->imap->mailboxes == 2);
    CHECK(r->imap->inboxMessages == 7);
    CHECK(r->imap->uidValidity == 99u);
    CHECK(commands(arrivals).mid(0, 3) == QList<QByteArray>{"AUTHENTICATE", "LIST", "EXAMINE"});
    REQUIRE(find(arrivals, "LIST"));
    CHECK_FALSE(find(arrivals, "LIST")->loginAnswered);
    REQUIRE(find(arrivals, "EXAMINE"));
    CHECK_FALSE(find(arrivals, "EXAMINE")->listAnswered);
}

TEST_CASE("Pipelining: after LOGIN, EXAMINE arrives before LIST has been answered", "[pipelining]")
{
    auto server = tlsServer();
    QList<Arrival> arrivals;
    holdingImapServer(*server, "IMAP4rev1", &arrivals);  // no AUTH=PLAIN: LOGIN, nothing rides behind it
    REQUIRE(server->listen());
    const auto r = runCheck(settingsFor(loopback(server->port(), Security::ImplicitTls), {}), kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
    CHECK(r->imap->mailboxes == 2);
    CHECK(r->imap->inboxMessages == 7);
    CHECK(commands(arrivals).mid(0, 3) == QList<QByteArray>{"LOGIN", "LIST", "EXAMINE"});
    REQUIRE(find(arrivals, "LIST"));
    CHECK(find(arrivals, "LIST")->loginAnswered);  // LOGIN is not a SASL mechanism with SASL-IR: it waits
    REQUIRE(find(arrivals, "EXAMINE"));
    CHECK_FALSE(find(arrivals, "EXAMINE")->listAnswered);
}

TEST_CASE("Pipelining: a refused login gets no second attempt, and what follows it proves nothing", "[pipelining]")
{
    // A careless server that refuses the login and then runs the pipelined LIST and EXAMINE anyway: their OKs must
    // not make the check look verified, and SMTP must not spend its login.
    auto imap = tlsServer();
    imap->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi"); };
    imap->onLine = [](ScriptedSession &s, const QByteArray &line) {
        const QByteArray tag = line.split(' ').value(0);
        const QByteArray command = commandOf(line);
        if (command == "AUTHENTICATE")
            s.sendLine(tag + " NO [AUTHENTICATIONFAILED] Authentication failed.");
        else if (command == "LIST" || command == "EXAMINE")
            sendMailboxReplies(s, command == "LIST" ? tag : "x", command == "EXAMINE" ? tag : "x");
        else
            s.sendLine(tag + " BAD what");
    };
    auto smtp = tlsServer();
    int smtpAuths = 0;
    smtp->onConnect = [](ScriptedSession &s) { s.sendLine("220 localhost ESMTP test"); };
    smtp->onLine = [&smtpAuths](ScriptedSession &s, const QByteArray &line) {
        const QByteArray command = line.split(' ').value(0).toUpper();
        if (command == "EHLO") {
            s.sendLine("250-localhost");
            s.sendLine("250 AUTH PLAIN LOGIN");
        } else if (command == "AUTH") {
            ++smtpAuths;
            s.sendLine("235 2.7.0 ok");
        } else if (command == "QUIT") {
            s.sendLine("221 bye");
            s.close();
        }
    };
    REQUIRE(imap->listen());
    REQUIRE(smtp->listen());
    const auto r = runCheck(
        settingsFor(loopback(imap->port(), Security::ImplicitTls), loopback(smtp->port(), Security::ImplicitTls)),
        kPassword);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::WrongCredentials);
    CHECK_FALSE(r->imap->credentialsAccepted);
    CHECK_FALSE(r->imap->verified);
    CHECK(r->imap->mailboxes == -1);
    CHECK(r->imap->inboxMessages == -1);
    CHECK(r->smtp->diagnosis == DiagnosisCode::NotAttempted);
    CHECK(smtpAuths == 0);
    CHECK(imap->connectionCount() == 1);
    CHECK(imap->received().count("AUTHENTICATE") == 1);
    CHECK(imap->received().count(" LOGIN ") == 0);
}
