// ConnectionCheck with an OAuth access token against the real Dovecot that takes bearer tokens
// (DovecotFixture::oauthInstance(), passdb oauth2 introspecting at OAuthServerFixture::shared()): the tester's
// OAuth half, proven with the real server, the real QSslSocket and real tokens. Tokens are never printed.
#include "CatchQt.h"
#include "CheckRunner.h"
#include "DovecotFixture.h"
#include "OAuthServerFixture.h"

#include <QFile>

using namespace ipw;
using namespace ipw::test;

namespace {

DovecotFixture &dovecot()
{
    auto &d = DovecotFixture::oauthInstance();
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    OAuthServerFixture::shared().reset();
    return d;
}

CheckSettings settingsFor(DovecotFixture &d, OAuthMechanism mechanism, Security security = Security::ImplicitTls)
{
    CheckSettings s;
    const bool tls = security == Security::ImplicitTls;
    s.imap = loopback(tls ? d.imapsPort() : d.imapStarttlsPort(), security);
    s.smtp = loopback(tls ? d.submissionsPort() : d.submissionStarttlsPort(), security);
    s.loginName = d.mainUser().name;
    s.extraCaCertificates = d.caCertificates();
    s.stepTimeout = std::chrono::seconds(15);
    s.credential = Credential::OAuthAccessToken;
    s.oauthMechanism = mechanism;
    return s;
}

const char *nameOf(OAuthMechanism m)
{
    switch (m) {
    case OAuthMechanism::Automatic:
        return "automatic";
    case OAuthMechanism::OAuthBearer:
        return "OAUTHBEARER";
    case OAuthMechanism::XOAuth2:
        return "XOAUTH2";
    }
    return "?";
}

// What Automatic picks against this Dovecot (it offers both): the standard one.
QString expectedMechanism(OAuthMechanism m)
{
    return m == OAuthMechanism::XOAuth2 ? QStringLiteral("XOAUTH2") : QStringLiteral("OAUTHBEARER");
}

QString expectedStatus(OAuthMechanism m)
{
    return m == OAuthMechanism::XOAuth2 ? QStringLiteral("401") : QStringLiteral("invalid_token");
}

std::string transcripts(const CheckResult &r)
{
    QStringList out;
    for (const auto *p : {&r.imap, &r.smtp})
        if (*p)
            out << (*p)->transcript.join(u'\n');
    return out.join(u"\n--\n").toStdString();
}

// The token never shows: not in transcripts or server texts, not in any form, not in Dovecot's log.
void checkNoToken(const CheckResult &r, const QString &token, const DovecotFixture &d)
{
    for (const auto *p : {&r.imap, &r.smtp}) {
        if (!*p)
            continue;
        for (const QString &line : (*p)->transcript) {
            CHECK_FALSE(line.contains(token));
            CHECK_FALSE(line.toUtf8().contains(token.toUtf8().toBase64()));
        }
        CHECK_FALSE((*p)->serverText.contains(token));
        CHECK_FALSE((*p)->oauthStatus.contains(token));
    }
    QFile log(d.logFile());
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK_FALSE(log.readAll().contains(token.toUtf8()));
}

}  // namespace

TEST_CASE("Dovecot OAuth: a token verifies IMAP and SMTP with OAUTHBEARER and with XOAUTH2", "[dovecot][oauth]")
{
    auto &d = dovecot();
    for (const OAuthMechanism mechanism :
         {OAuthMechanism::Automatic, OAuthMechanism::OAuthBearer, OAuthMechanism::XOAuth2}) {
        DYNAMIC_SECTION(nameOf(mechanism))
        {
            const QString token = OAuthServerFixture::shared().issueAccessToken();
            REQUIRE_FALSE(token.isEmpty());
            const auto r = runCheck(settingsFor(d, mechanism), token);
            REQUIRE(r);
            INFO(transcripts(*r));
            CHECK(r->verified());
            CHECK(r->imap->diagnosis == DiagnosisCode::Ok);
            CHECK(r->imap->stage == CheckStage::Mailbox);
            CHECK(r->imap->mailboxes == d.topLevelFolderCount());
            CHECK(r->imap->inboxMessages == d.inboxMessageCount());
            CHECK(r->imap->authMechanism == expectedMechanism(mechanism));
            CHECK(r->imap->oauthStatus.isEmpty());
            CHECK(r->smtp->diagnosis == DiagnosisCode::Ok);
            CHECK(r->smtp->credentialsAccepted);
            CHECK(r->smtp->authMechanism == expectedMechanism(mechanism));
            CHECK(r->imap->transcript.join(u'\n').contains(u"AUTHENTICATE " + expectedMechanism(mechanism) +
                                                           u" <token removed>"));
            CHECK(r->smtp->transcript.join(u'\n').contains(u"AUTH " + expectedMechanism(mechanism) +
                                                           u" <token removed>"));
            checkNoToken(*r, token, d);
        }
    }
}

TEST_CASE("Dovecot OAuth: STARTTLS on both protocols", "[dovecot][oauth]")
{
    auto &d = dovecot();
    const QString token = OAuthServerFixture::shared().issueAccessToken();
    const auto r = runCheck(settingsFor(d, OAuthMechanism::Automatic, Security::StartTls), token);
    REQUIRE(r);
    INFO(transcripts(*r));
    CHECK(r->verified());
    CHECK(r->imap->authMechanism == u"OAUTHBEARER");
    CHECK(r->smtp->authMechanism == u"OAUTHBEARER");
    checkNoToken(*r, token, d);
}

TEST_CASE("Dovecot OAuth: an expired token is refused on IMAP: oauth-token-rejected with the server's status, SMTP "
          "not attempted",
          "[dovecot][oauth]")
{
    auto &d = dovecot();
    for (const OAuthMechanism mechanism : {OAuthMechanism::OAuthBearer, OAuthMechanism::XOAuth2}) {
        DYNAMIC_SECTION(nameOf(mechanism))
        {
            const QString token = OAuthServerFixture::shared().issueAccessToken();
            OAuthServerFixture::shared().expireAccessTokens();  // inactive at introspection from now on
            const int introspectionsBefore = OAuthServerFixture::shared().introspectionRequests();
            const auto r = runCheck(settingsFor(d, mechanism), token);
            REQUIRE(r);
            INFO(transcripts(*r));
            CHECK_FALSE(r->verified());
            CHECK(r->imap->diagnosis == DiagnosisCode::OauthTokenRejected);
            CHECK(r->imap->stage == CheckStage::Auth);
            CHECK_FALSE(r->imap->credentialsAccepted);
            CHECK(r->imap->authMechanism == expectedMechanism(mechanism));
            // Dovecot 2.3.19 answers OAUTHBEARER with RFC 7628's {"status":"invalid_token"} and XOAUTH2 with
            // Google's form {"status":"401","schemes":"bearer","scope":"mail"}.
            CHECK(r->imap->oauthStatus == expectedStatus(mechanism));
            CHECK(r->imap->serverText.contains(u"AUTHENTICATIONFAILED"));
            // The error exchange as RFC 7628 §3.2.3 wants it: %x01 for OAUTHBEARER, an empty line for XOAUTH2.
            CHECK(r->imap->transcript.contains(mechanism == OAuthMechanism::OAuthBearer ? u"C: AQ=="_qs : u"C: "_qs));
            // One login attempt: SMTP did not spend a second one.
            CHECK(r->smtp->diagnosis == DiagnosisCode::NotAttempted);
            CHECK(r->smtp->authMechanism.isEmpty());
            CHECK(OAuthServerFixture::shared().introspectionRequests() == introspectionsBefore + 1);
            checkNoToken(*r, token, d);
        }
    }
}

TEST_CASE("Dovecot OAuth: an expired token is refused on SMTP alone: oauth-token-rejected with the server's status",
          "[dovecot][oauth]")
{
    auto &d = dovecot();
    for (const OAuthMechanism mechanism : {OAuthMechanism::OAuthBearer, OAuthMechanism::XOAuth2}) {
        DYNAMIC_SECTION(nameOf(mechanism))
        {
            const QString token = OAuthServerFixture::shared().issueAccessToken();
            OAuthServerFixture::shared().expireAccessTokens();
            CheckSettings s = settingsFor(d, mechanism);
            s.imap.reset();
            const auto r = runCheck(s, token);
            REQUIRE(r);
            INFO(transcripts(*r));
            CHECK_FALSE(r->imap);
            CHECK(r->smtp->diagnosis == DiagnosisCode::OauthTokenRejected);
            CHECK(r->smtp->authMechanism == expectedMechanism(mechanism));
            CHECK(r->smtp->oauthStatus == expectedStatus(mechanism));
            CHECK(r->smtp->serverText.startsWith(u"535"));
            CHECK(r->smtp->transcript.contains(mechanism == OAuthMechanism::OAuthBearer ? u"C: AQ=="_qs : u"C: "_qs));
            checkNoToken(*r, token, d);
        }
    }
}

TEST_CASE("Dovecot OAuth: a token the server never issued, and a token for another user, are refused",
          "[dovecot][oauth]")
{
    auto &d = dovecot();
    SECTION("unknown token")
    {
        const QString token = QStringLiteral("not-a-token-this-server-issued");
        const auto r = runCheck(settingsFor(d, OAuthMechanism::Automatic), token);
        REQUIRE(r);
        INFO(transcripts(*r));
        CHECK(r->imap->diagnosis == DiagnosisCode::OauthTokenRejected);
        CHECK_FALSE(r->imap->oauthStatus.isEmpty());
        checkNoToken(*r, token, d);
    }
    SECTION("a valid token, but the login name is another user")
    {
        const QString token = OAuthServerFixture::shared().issueAccessToken();
        CheckSettings s = settingsFor(d, OAuthMechanism::XOAuth2);
        s.loginName = d.unknownUserName();
        const auto r = runCheck(s, token);
        REQUIRE(r);
        INFO(transcripts(*r));
        CHECK(r->imap->diagnosis == DiagnosisCode::OauthTokenRejected);
        checkNoToken(*r, token, d);
    }
}
