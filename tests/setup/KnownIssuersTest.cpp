// Issue 13, item 14: a token goes only to its issuer's mail hosts. The built-in provider files (Gmail, Outlook.com)
// say which endpoints and hosts belong to a known issuer; a user file, an accounts file or the options cannot move
// this installation's client or the tokens it yields elsewhere.
#include "setup/KnownIssuers.h"
#include "accounts/AccountsFile.h"
#include "setup/OAuthSetup.h"

#include "CatchQt.h"
#include "TestEnv.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

OAuthClients googleClient()
{
    return OAuthClients::parse(u"accounts.google.com=google-id,google-secret"_s);
}

const Provider &builtInGmail()
{
    const Provider *gmail = KnownIssuers::builtIn().providerFor(u"accounts.google.com");
    REQUIRE(gmail);
    return *gmail;
}

}  // namespace

TEST_CASE("the built-in Gmail entry gets the client and a file named gmail with other hosts does not", "[setup][trust]")
{
    const Provider &gmail = builtInGmail();
    const OAuthSetup genuine = oauthSetupFor(gmail, googleClient(), u"alice@gmail.com"_s);
    CHECK(genuine.binding == OAuthBinding::Allowed);
    CHECK(genuine.configured);
    REQUIRE(genuine.settings);
    CHECK(genuine.settings->clientSecret == u"google-secret"_s);

    SECTION("same id and issuer, another IMAP host: the token would go there")
    {
        Provider evil = gmail;
        evil.imap.host = u"imap.evil.example"_s;
        const OAuthSetup setup = oauthSetupFor(evil, googleClient(), u"alice@gmail.com"_s);
        CHECK(setup.offered);
        CHECK(setup.binding == OAuthBinding::ForeignMailHosts);
        CHECK_FALSE(setup.configured);
        CHECK_FALSE(setup.settings);
    }
    SECTION("same issuer, its own token URL: the client and the code would go there")
    {
        Provider evil = gmail;
        evil.id = u"my-gmail"_s;
        evil.oauth2->tokenUrl = u"https://token.evil.example/token"_s;
        const OAuthSetup setup = oauthSetupFor(evil, googleClient(), u"alice@gmail.com"_s);
        CHECK(setup.binding == OAuthBinding::ForeignEndpoints);
        CHECK_FALSE(setup.settings);
    }
    SECTION("an issuer of its own with a client ID of its own: allowed")
    {
        Provider own = gmail;
        own.id = u"corp"_s;
        own.imap.host = u"imap.corp.example"_s;
        own.smtp.host = u"smtp.corp.example"_s;
        own.smtpAlternatives.clear();
        own.oauth2->issuer = u"sso.corp.example"_s;
        own.oauth2->authUrl = u"https://sso.corp.example/authorize"_s;
        own.oauth2->tokenUrl = u"https://sso.corp.example/token"_s;
        OAuthClients clients = googleClient();
        clients.set(u"sso.corp.example"_s, OAuthClient{u"corp-id"_s, {}});
        const OAuthSetup setup = oauthSetupFor(own, clients, u"bob@corp.example"_s);
        CHECK(setup.binding == OAuthBinding::Allowed);
        REQUIRE(setup.settings);
        CHECK(setup.settings->clientId == u"corp-id"_s);
        CHECK(setup.settings->clientSecret.isEmpty());
    }
}

TEST_CASE("a known issuer's client or token with other endpoints or hosts is refused", "[setup][trust]")
{
    const KnownIssuers &known = KnownIssuers::builtIn();
    const OAuthSetup setup = oauthSetupFor(builtInGmail(), googleClient(), u"alice@gmail.com"_s);
    REQUIRE(setup.settings);
    const OAuthSettings google = *setup.settings;
    CHECK(known.check(google, {u"imap.gmail.com"_s, u"SMTP.Gmail.com."_s}, googleClient()) == OAuthBinding::Allowed);
    CHECK(known.check(google, {u"imap.gmail.com"_s, u"127.0.0.1"_s}, googleClient()) == OAuthBinding::ForeignMailHosts);

    // --oauth-token-url with the configured client (its ID, or only its secret).
    OAuthSettings moved = google;
    moved.tokenUrl = QUrl(u"http://127.0.0.1:1/token"_s);
    CHECK(known.check(moved, {u"127.0.0.1"_s}, googleClient()) == OAuthBinding::ForeignEndpoints);
    moved.clientId = u"other-id"_s;
    CHECK(known.clientAllowed(moved, googleClient()) == OAuthBinding::ForeignEndpoints);
    moved.clientSecret.clear();
    CHECK(known.clientAllowed(moved, googleClient()) == OAuthBinding::Allowed);

    // A client of one's own at Google's endpoints still yields Google tokens: Google's hosts only.
    OAuthSettings own = google;
    own.clientId = u"my-own-id"_s;
    own.clientSecret.clear();
    CHECK(known.check(own, {u"imap.gmail.com"_s}, googleClient()) == OAuthBinding::Allowed);
    CHECK(known.check(own, {u"imap.evil.example"_s}, googleClient()) == OAuthBinding::ForeignMailHosts);

    // Unknown issuers are the user's business (self-hosted, the test fixtures).
    OAuthSettings local;
    local.authorizeUrl = QUrl(u"http://127.0.0.1:8080/authorize"_s);
    local.tokenUrl = QUrl(u"http://127.0.0.1:8080/token"_s);
    local.clientId = u"ipw-test-client"_s;
    CHECK(known.check(local, {u"127.0.0.1"_s}, googleClient()) == OAuthBinding::Allowed);
}

TEST_CASE("a saved sign-in of a known issuer uses the provider's current endpoints, not the saved URLs",
          "[setup][trust]")
{
    // Written by main before this change, then its URLs pointed at loopback (tests/setup/data/README.md).
    const AccountsFile::Loaded loaded =
        AccountsFile::load(ipw::test::testDataDir() + u"/accounts-6af7fec-gmail-oauth.json"_s);
    INFO(loaded.details.toStdString());
    REQUIRE_FALSE(loaded.error);
    REQUIRE(loaded.accounts.size() == 1);
    const SavedOAuth saved = *loaded.accounts.first().oauth;
    CHECK(saved.tokenUrl == u"http://127.0.0.1:9/token"_s);

    const Provider &gmail = builtInGmail();
    const OAuthClients clients = OAuthClients::parse(u"accounts.google.com=ipw-test-client,google-secret"_s);
    const OAuthSettings s = oauthSettingsForSaved(saved, clients);
    CHECK(s.tokenUrl == QUrl(gmail.oauth2->tokenUrl));
    CHECK(s.authorizeUrl == QUrl(gmail.oauth2->authUrl));
    CHECK(s.clientId == u"ipw-test-client"_s);
    CHECK(s.clientSecret == u"google-secret"_s);

    SECTION("the issuer renamed, this installation's Google client kept: still Google's endpoints")
    {
        SavedOAuth renamed = saved;
        renamed.issuer = u"127.0.0.1"_s;
        const OAuthSettings r = oauthSettingsForSaved(renamed, clients);
        CHECK(r.tokenUrl == QUrl(gmail.oauth2->tokenUrl));
        CHECK(r.clientSecret == u"google-secret"_s);
    }
    SECTION("the saved hosts moved to loopback: the refresh may not go ahead")
    {
        CheckSettings settings;
        settings.imap = ServerEndpoint{{u"127.0.0.1"_s, 993, Security::ImplicitTls}, {}};
        CHECK(KnownIssuers::builtIn().mailHostsAllowed(s, mailHostsOf(settings)) == OAuthBinding::ForeignMailHosts);
    }
}
