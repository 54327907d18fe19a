// ConnectionCheck against a real Dovecot (tests/support/DovecotFixture.h) on loopback: what the tester promises
// (docs/tester.md), proven with the real server and the real QSslSocket.
#include "CatchQt.h"
#include "CheckRunner.h"
#include "DovecotFixture.h"
#include "FreePort.h"
#include "TestPki.h"
#include "net/ConnectionCheck.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>

using namespace ipw;
using namespace ipw::test;

namespace {

DovecotFixture &dovecot()
{
    auto &d = DovecotFixture::instance();
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    return d;
}

CheckSettings bothOver(Security security, const QString &login)
{
    auto &d = dovecot();
    CheckSettings s;
    const bool tls = security == Security::ImplicitTls;
    s.imap = loopback(tls ? d.imapsPort() : d.imapStarttlsPort(), security);
    s.smtp = loopback(tls ? d.submissionsPort() : d.submissionStarttlsPort(), security);
    s.loginName = login;
    s.extraCaCertificates = d.caCertificates();
    s.stepTimeout = std::chrono::seconds(15);
    return s;
}

void checkNoPassword(const CheckResult &r, const QString &password)
{
    for (const auto *p : {&r.imap, &r.smtp}) {
        if (!*p)
            continue;
        for (const QString &line : (*p)->transcript)
            CHECK_FALSE(line.contains(password));
        CHECK_FALSE((*p)->serverText.contains(password));
    }
}

}  // namespace

TEST_CASE("Dovecot: both protocols verified, implicit TLS and STARTTLS", "[dovecot]")
{
    auto &d = dovecot();
    const MailUser user = d.mainUser();
    for (const Security security : {Security::ImplicitTls, Security::StartTls}) {
        DYNAMIC_SECTION((security == Security::ImplicitTls ? "implicit TLS" : "STARTTLS"))
        {
            const auto r = runCheck(bothOver(security, user.name), user.password);
            REQUIRE(r);
            INFO(r->imap->transcript.join(u'\n').toStdString() << '\n'
                                                               << r->smtp->transcript.join(u'\n').toStdString());
            CHECK(r->verified());
            CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
            CHECK(r->imap->stage == CheckStage::Mailbox);
            CHECK(r->imap->mailboxes == d.topLevelFolderCount());
            CHECK(r->imap->inboxMessages == d.inboxMessageCount());
            CHECK(r->imap->uidValidity > 0u);
            CHECK(r->imap->certificate.sha256 == TestPki::instance().server().sha256().toHex());
            CHECK(r->smtp->diagnosis == DiagnosisCode::Ok);
            CHECK(r->smtp->stage == CheckStage::Auth);
            CHECK(r->smtp->credentialsAccepted);
            checkNoPassword(*r, user.password);
        }
    }
}

TEST_CASE("Dovecot: wrong password: IMAP rejects, SMTP not attempted", "[dovecot]")
{
    auto &d = dovecot();
    const QString wrong = QStringLiteral("definitely-wrong-Pa55");
    const auto r = runCheck(bothOver(Security::ImplicitTls, d.mainUser().name), wrong);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::WrongCredentials);
    CHECK(r->imap->stage == CheckStage::Auth);
    CHECK_FALSE(r->imap->serverText.isEmpty());
    CHECK(r->smtp->diagnosis == DiagnosisCode::NotAttempted);
    CHECK_FALSE(r->smtp->transcript.join(u'\n').contains(QStringLiteral("C: AUTH")));
    checkNoPassword(*r, wrong);
}

TEST_CASE("Dovecot: SMTP alone", "[dovecot]")
{
    auto &d = dovecot();
    CheckSettings s = bothOver(Security::ImplicitTls, d.mainUser().name);
    s.imap.reset();
    auto r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK_FALSE(r->imap);
    CHECK(r->smtp->diagnosis == DiagnosisCode::Ok);
    r = runCheck(s, QStringLiteral("wrong-again"));
    REQUIRE(r);
    CHECK(r->smtp->diagnosis == DiagnosisCode::WrongCredentials);
    CHECK(r->smtp->serverText.startsWith(QStringLiteral("535")));
}

TEST_CASE("Dovecot: SMTP logs in with its own login name where one is set", "[dovecot]")
{
    // The fixture's users are full addresses, so an SMTP name of its own shows in what SMTP's server answers: the
    // same password that IMAP's login accepted is refused for another name.
    auto &d = dovecot();
    CheckSettings s = bothOver(Security::ImplicitTls, d.mainUser().name);
    s.smtpLoginName = d.unknownUserName();
    const auto r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
    CHECK(r->smtp->diagnosis == DiagnosisCode::WrongCredentials);
    CHECK_FALSE(r->smtp->authMechanism.isEmpty());  // a real attempt, with the other name

    s.smtpLoginName = d.mainUser().name;
    const auto same = runCheck(s, d.mainUser().password);
    REQUIRE(same);
    CHECK(same->verified());
}

TEST_CASE("Dovecot: awkward passwords that Dovecot accepts", "[dovecot]")
{
    auto &d = dovecot();
    const QList<MailUser> users = d.awkwardUsers();
    REQUIRE_FALSE(users.isEmpty());
    for (const MailUser &user : users) {
        DYNAMIC_SECTION(user.what.toStdString())
        {
            const auto r = runCheck(bothOver(Security::ImplicitTls, user.name), user.password);
            REQUIRE(r);
            CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
            CHECK(r->smtp->diagnosis == DiagnosisCode::Ok);
            checkNoPassword(*r, user.password);
        }
    }
}

TEST_CASE("Dovecot: plaintext refused on 127.0.0.2 (LOGINDISABLED)", "[dovecot]")
{
    auto &d = dovecot();
    CheckSettings s = bothOver(Security::None, d.mainUser().name);
    s.imap = loopback(d.imapStarttlsPort(), Security::None, QStringLiteral("127.0.0.2"));
    s.smtp.reset();
    s.allowPlaintext = true;
    const auto r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::TlsRequired);
    CHECK_FALSE(r->imap->transcript.join(u'\n').contains(QStringLiteral("LOGIN \"")));
}

TEST_CASE("Dovecot: certificate not trusted without the CA, trusted with it or pinned", "[dovecot][tls]")
{
    auto &d = dovecot();
    CheckSettings s = bothOver(Security::ImplicitTls, d.mainUser().name);
    s.smtp.reset();
    s.extraCaCertificates.clear();
    auto r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::CertificateUntrusted);
    CHECK(r->imap->certificate.sha256 == TestPki::instance().server().sha256().toHex());
    CHECK(r->imap->certificate.issuer.contains(QStringLiteral("IPW Test CA")));

    s.pinnedCertificates.add(s.imap->key(), TestPki::instance().server().sha256().toHex());
    r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);

    s.pinnedCertificates.clear();
    s.extraCaCertificates = d.caCertificates();
    r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
}

TEST_CASE("Dovecot: name mismatch on 127.0.0.2", "[dovecot][tls]")
{
    auto &d = dovecot();
    CheckSettings s = bothOver(Security::ImplicitTls, d.mainUser().name);
    s.imap = loopback(d.imapsPort(), Security::ImplicitTls, QStringLiteral("127.0.0.2"));
    s.smtp = loopback(d.submissionsPort(), Security::ImplicitTls, QStringLiteral("127.0.0.2"));
    const auto r = runCheck(s, d.mainUser().password);
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::CertificateNameMismatch);
    CHECK(r->imap->stage == CheckStage::Tls);
    // SMTP's own handshake fails the same way, unless IMAP's verdict came first and SMTP stopped as not-attempted.
    CHECK((r->smtp->diagnosis == DiagnosisCode::CertificateNameMismatch ||
           r->smtp->diagnosis == DiagnosisCode::NotAttempted));
    CHECK_FALSE(r->smtp->transcript.join(u'\n').contains(QStringLiteral("C: AUTH")));
}

TEST_CASE("Connection refused on a port nothing listens on", "[net]")
{
    const ClosedPort closed;  // bound, never listening, held to the end: no other test can start listening there
    REQUIRE(closed.port() != 0);
    CheckSettings s;
    s.imap = loopback(closed.port(), Security::ImplicitTls, QStringLiteral("127.0.0.1"));
    s.loginName = QStringLiteral("me");
    const auto r = runCheck(s, QStringLiteral("x"));
    REQUIRE(r);
    CHECK(r->imap->diagnosis == DiagnosisCode::ConnectionRefused);
    CHECK(r->imap->stage == CheckStage::Connect);
}

TEST_CASE("Dovecot: IMAP's result comes as soon as IMAP is done, while SMTP still waits on a silent server",
          "[dovecot]")
{
    auto &d = dovecot();
    const MailUser user = d.mainUser();
    QTcpServer silent;  // accepts, never speaks: SMTP's TLS handshake runs into its step timeout
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    CheckSettings s = bothOver(Security::ImplicitTls, user.name);
    s.smtp = loopback(silent.serverPort(), Security::ImplicitTls);
    s.stepTimeout = std::chrono::seconds(3);

    ConnectionCheck check(s, Secret::fromString(user.password));
    QSignalSpy protocolDone(&check, &ConnectionCheck::protocolFinished);
    QSignalSpy allDone(&check, &ConnectionCheck::finished);
    check.start();
    REQUIRE(protocolDone.wait(15000));
    CHECK(protocolDone.at(0).at(0).value<Protocol>() == Protocol::Imap);
    CHECK(protocolDone.at(0).at(1).value<ProtocolResult>().verified);
    CHECK(allDone.isEmpty());  // SMTP is still waiting
    REQUIRE(allDone.wait(15000));
    REQUIRE(protocolDone.size() == 2);
    CHECK(protocolDone.at(1).at(0).value<Protocol>() == Protocol::Smtp);
    CHECK(protocolDone.at(1).at(1).value<ProtocolResult>().diagnosis == DiagnosisCode::Timeout);
}
