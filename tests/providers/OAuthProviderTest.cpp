// OAuth 2.0 in the provider data: endpoints (https, or http on loopback only), redirect host, extra authorization
// parameters; client registrations as configuration (OAuthClients); and the provider → OAuthSettings step
// (OAuthSetup) that the CLI and the wizard share.

#include "providers/OAuthClients.h"
#include "providers/ProviderDatabase.h"
#include "setup/OAuthSetup.h"

#include "CatchQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

QJsonObject builtInJson(const QString &id)
{
    QFile file(ProviderDatabase::builtInFolder() + u'/' + id + u".json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<Provider> parse(const QJsonObject &object, ProviderFileError *error)
{
    return Provider::fromJson(object, u"outlook.json"_s, error);
}

QJsonObject withOAuth(QJsonObject provider, const QJsonObject &oauth2)
{
    provider[u"oauth2"_s] = oauth2;
    return provider;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

TEST_CASE("oauth2 endpoints: https anywhere, http only on loopback", "[providers][oauth]")
{
    const QJsonObject outlook = builtInJson(u"outlook"_s);
    ProviderFileError error;

    auto local = parse(withOAuth(outlook, {{u"issuer"_s, u"127.0.0.1"_s},
                                           {u"authUrl"_s, u"http://127.0.0.1:8080/authorize"_s},
                                           {u"tokenUrl"_s, u"http://localhost:8080/token"_s},
                                           {u"scopes"_s, QJsonArray{u"mail"_s}},
                                           {u"redirectHost"_s, u"localhost"_s},
                                           {u"authParams"_s, QJsonObject{{u"access_type"_s, u"offline"_s}}}}),
                       &error);
    INFO(error.field.toStdString());
    REQUIRE(local);
    CHECK(local->oauth2->redirectHost == u"localhost"_s);
    CHECK(local->oauth2->authParams.value(u"access_type"_s) == u"offline"_s);
    // and back: toJson keeps the additions
    auto again = Provider::fromJson(local->toJson(), u"outlook.json"_s, &error);
    REQUIRE(again);
    CHECK(again->oauth2 == local->oauth2);

    CHECK_FALSE(parse(withOAuth(outlook, {{u"authUrl"_s, u"http://login.example.org/authorize"_s},
                                          {u"tokenUrl"_s, u"https://login.example.org/token"_s},
                                          {u"scopes"_s, QJsonArray{u"mail"_s}}}),
                      &error));
    CHECK(error.kind == ProviderFileError::Kind::BadUrl);
    CHECK(error.field == u"oauth2.authUrl"_s);

    CHECK_FALSE(parse(withOAuth(outlook, {{u"authUrl"_s, u"https://login.example.org/authorize"_s},
                                          {u"tokenUrl"_s, u"https://login.example.org/token"_s},
                                          {u"scopes"_s, QJsonArray{u"mail"_s}},
                                          {u"redirectHost"_s, u"0.0.0.0"_s}}),
                      &error));
    CHECK(error.kind == ProviderFileError::Kind::BadValue);
    CHECK(error.field == u"oauth2.redirectHost"_s);

    CHECK_FALSE(parse(withOAuth(outlook, {{u"authUrl"_s, u"https://login.example.org/authorize"_s},
                                          {u"tokenUrl"_s, u"https://login.example.org/token"_s},
                                          {u"scopes"_s, QJsonArray{u"mail"_s}},
                                          {u"authParams"_s, QJsonObject{{u"prompt"_s, 1}}}}),
                      &error));
    CHECK(error.kind == ProviderFileError::Kind::WrongType);
}

TEST_CASE("the built-in OAuth providers: Outlook.com (localhost redirect) and Gmail", "[providers][oauth]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *outlook = db.forEmail(u"someone@outlook.jp"_s);
    REQUIRE(outlook);
    REQUIRE(outlook->oauth2);
    CHECK(outlook->oauth2->issuer == u"login.microsoftonline.com"_s);
    CHECK(outlook->oauth2->redirectHost == u"localhost"_s);
    CHECK(outlook->oauth2->scopes == QStringList{u"https://outlook.office.com/IMAP.AccessAsUser.All"_s,
                                                 u"https://outlook.office.com/SMTP.Send"_s, u"offline_access"_s});
    const Provider *gmail = db.forEmail(u"someone@gmail.com"_s);
    REQUIRE(gmail);
    REQUIRE(gmail->oauth2);
    CHECK(gmail->oauth2->issuer == u"accounts.google.com"_s);
    CHECK(gmail->oauth2->redirectHost == u"127.0.0.1"_s);
    CHECK(gmail->oauth2->scopes == QStringList{u"https://mail.google.com/"_s});
}

TEST_CASE("client registrations: the build's list, overridden per issuer by the settings file", "[providers][oauth]")
{
    const OAuthClients parsed = OAuthClients::parse(
        u" login.microsoftonline.com = ms-id ;accounts.google.com=g-id,g-secret;;broken;=no-issuer"_s);
    REQUIRE(parsed.forIssuer(u"login.microsoftonline.com"_s));
    CHECK(parsed.forIssuer(u"LOGIN.microsoftonline.com"_s)->clientId == u"ms-id"_s);
    CHECK(parsed.forIssuer(u"login.microsoftonline.com"_s)->clientSecret.isEmpty());
    CHECK(*parsed.forIssuer(u"accounts.google.com"_s) == OAuthClient{u"g-id"_s, u"g-secret"_s});
    CHECK_FALSE(parsed.forIssuer(u"broken"_s));
    CHECK_FALSE(parsed.forIssuer(QString()));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ini = dir.filePath(u"oauth-clients.ini"_s);
    writeText(ini, "[accounts.google.com]\nclientId=\n\n[login.microsoftonline.com]\nclientId=my-own\n"
                   "[127.0.0.1]\nclientId=test-client\nclientSecret=s\n");
    OAuthClients clients = parsed;
    clients.overrideFromFile(ini);
    CHECK_FALSE(clients.forIssuer(u"accounts.google.com"_s));  // switched off
    CHECK(clients.forIssuer(u"login.microsoftonline.com"_s)->clientId == u"my-own"_s);
    CHECK(*clients.forIssuer(u"127.0.0.1"_s) == OAuthClient{u"test-client"_s, u"s"_s});

    OAuthClients untouched = parsed;
    untouched.overrideFromFile(dir.filePath(u"missing.ini"_s));
    CHECK(untouched.forIssuer(u"accounts.google.com"_s));
}

TEST_CASE("this build registers no client unless configured, and says where the settings file is", "[providers][oauth]")
{
    // The project has registered no client of its own: a default build must not carry one (never another
    // application's ID). A packager's build sets IPW_OAUTH_CLIENTS and this test then documents it.
    if (!OAuthClients::builtInSpec().isEmpty())
        SUCCEED("built with IPW_OAUTH_CLIENTS set");
    else
        CHECK(OAuthClients::parse(OAuthClients::builtInSpec()).isEmpty());
    CHECK(OAuthClients::settingsFilePath().endsWith(u"/imap-password-wizard/oauth-clients.ini"_s));
}

TEST_CASE("OAuthSetup: offered, configured, and the settings handed to core/oauth", "[providers][oauth]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *outlook = db.forEmail(u"someone@hotmail.com"_s);
    const Provider *softbank = db.forEmail(u"someone@i.softbank.jp"_s);
    REQUIRE(outlook);
    REQUIRE(softbank);

    const OAuthSetup none = oauthSetupFor(*outlook, OAuthClients(), u"someone@hotmail.com"_s);
    CHECK(none.offered);
    CHECK_FALSE(none.configured);
    CHECK(none.issuer == u"login.microsoftonline.com"_s);
    CHECK_FALSE(none.settings);

    CHECK_FALSE(oauthSetupFor(*softbank, OAuthClients(), u"someone@i.softbank.jp"_s).offered);

    OAuthClients clients;
    clients.set(u"login.microsoftonline.com"_s, OAuthClient{u"ms-id"_s, {}});
    const OAuthSetup setup = oauthSetupFor(*outlook, clients, u" Someone@Hotmail.com "_s);
    CHECK(setup.configured);
    REQUIRE(setup.settings);
    CHECK(setup.settings->clientId == u"ms-id"_s);
    CHECK(setup.settings->authorizeUrl == QUrl(outlook->oauth2->authUrl));
    CHECK(setup.settings->tokenUrl == QUrl(outlook->oauth2->tokenUrl));
    CHECK(setup.settings->scopes == outlook->oauth2->scopes);
    CHECK(setup.settings->redirectHost == RedirectHost::Localhost);
    CHECK(setup.settings->loginHint == u"Someone@Hotmail.com"_s);
}
