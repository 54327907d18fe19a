// The exports for another device, read back by real parsers: the Apple profile through libplist's plistutil, the
// clientConfig through the import the product already has.

#include "CatchQt.h"
#include "PlistReader.h"
#include "handoff/AppleMailProfile.h"
#include "handoff/ClientConfigExport.h"
#include "handoff/HandoffSettings.h"
#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

HandoffSettings docomoLike()
{
    HandoffSettings s;
    s.address = u"Taro@Example.jp"_s;
    s.imapLogin = u"abc123xyz"_s;
    s.smtpLogin = u"abc123xyz"_s;
    s.imap = ServerAddress{u"imap.example.jp"_s, 993, Security::ImplicitTls};
    s.smtp = ServerAddress{u"smtp.example.jp"_s, 587, Security::StartTls};
    return s;
}

AppleProfileTexts texts()
{
    return {u"メール: taro@example.jp"_s, u"受信・送信サーバーの設定"_s, u"Example メール"_s,
            u"IMAP Password Wizard"_s};
}

QVariantMap profileBack(const HandoffSettings &s)
{
    QString why;
    const std::optional<QByteArray> canonical =
        test::roundTripThroughPlistutil(AppleMailProfile::toXml(s, texts()), &why);
    INFO(why.toStdString());
    REQUIRE(canonical);
    const QVariant root = test::readPlist(*canonical, &why);
    INFO(why.toStdString());
    REQUIRE(root.typeId() == QMetaType::QVariantMap);
    return root.toMap();
}

}  // namespace

TEST_CASE("the Apple profile parses with plistutil and holds every key, with no password", "[handoff]")
{
    const HandoffSettings s = docomoLike();
    const QVariantMap top = profileBack(s);
    CHECK(top.value(u"PayloadType"_s) == u"Configuration"_s);
    CHECK(top.value(u"PayloadVersion"_s) == 1);
    CHECK(top.value(u"PayloadDisplayName"_s) == u"メール: taro@example.jp"_s);
    CHECK(top.value(u"PayloadDescription"_s) == u"受信・送信サーバーの設定"_s);
    CHECK(top.value(u"PayloadOrganization"_s) == u"IMAP Password Wizard"_s);
    CHECK(top.value(u"PayloadIdentifier"_s) == AppleMailProfile::profileIdentifier(s.address));
    CHECK(top.value(u"PayloadUUID"_s) ==
          AppleMailProfile::profileUuid(s.address).toString(QUuid::WithoutBraces).toUpper());
    CHECK(top.value(u"PayloadRemovalDisallowed"_s) == false);

    const QVariantList content = top.value(u"PayloadContent"_s).toList();
    REQUIRE(content.size() == 1);
    const QVariantMap mail = content.first().toMap();
    CHECK(mail.value(u"PayloadType"_s) == u"com.apple.mail.managed"_s);
    CHECK(mail.value(u"PayloadVersion"_s) == 1);
    CHECK(mail.value(u"PayloadUUID"_s) ==
          AppleMailProfile::mailPayloadUuid(s.address).toString(QUuid::WithoutBraces).toUpper());
    CHECK(mail.value(u"PayloadIdentifier"_s).toString().startsWith(AppleMailProfile::profileIdentifier(s.address)));
    CHECK(mail.value(u"EmailAccountType"_s) == u"EmailTypeIMAP"_s);
    CHECK(mail.value(u"EmailAccountDescription"_s) == u"Example メール"_s);
    CHECK(mail.value(u"EmailAddress"_s) == u"Taro@Example.jp"_s);
    CHECK(mail.value(u"IncomingMailServerHostName"_s) == u"imap.example.jp"_s);
    CHECK(mail.value(u"IncomingMailServerPortNumber"_s) == 993);
    CHECK(mail.value(u"IncomingMailServerUseSSL"_s) == true);
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == u"abc123xyz"_s);
    CHECK(mail.value(u"IncomingMailServerAuthentication"_s) == u"EmailAuthPassword"_s);
    CHECK(mail.value(u"OutgoingMailServerHostName"_s) == u"smtp.example.jp"_s);
    CHECK(mail.value(u"OutgoingMailServerPortNumber"_s) == 587);
    CHECK(mail.value(u"OutgoingMailServerUseSSL"_s) == false);  // STARTTLS: iOS's switch off
    CHECK(mail.value(u"OutgoingMailServerUsername"_s) == u"abc123xyz"_s);
    CHECK(mail.value(u"OutgoingMailServerAuthentication"_s) == u"EmailAuthPassword"_s);
    CHECK(mail.value(u"OutgoingPasswordSameAsIncomingPassword"_s) == true);
    // No password key of any kind: iOS asks on install.
    for (const QVariantMap &dict : {top, mail}) {
        for (const QString &key : dict.keys())
            CHECK((!key.contains(u"Password"_s) || key == u"OutgoingPasswordSameAsIncomingPassword"_s));
    }
}

TEST_CASE("the profile's identifier and UUIDs depend on the address only, so installing again replaces", "[handoff]")
{
    HandoffSettings a = docomoLike();
    HandoffSettings b = docomoLike();
    b.address = u" taro@example.JP"_s;
    b.imap.port = 143;
    CHECK(AppleMailProfile::profileIdentifier(a.address) == AppleMailProfile::profileIdentifier(b.address));
    CHECK(AppleMailProfile::profileUuid(a.address) == AppleMailProfile::profileUuid(b.address));
    CHECK(AppleMailProfile::profileUuid(a.address).version() == QUuid::Sha1);
    CHECK(AppleMailProfile::profileUuid(a.address) != AppleMailProfile::mailPayloadUuid(a.address));
    CHECK(AppleMailProfile::profileUuid(a.address) != AppleMailProfile::profileUuid(u"hanako@example.jp"_s));
    CHECK(AppleMailProfile::toXml(a, texts()) == AppleMailProfile::toXml(a, texts()));
}

TEST_CASE("different IMAP and SMTP logins are written apart and ask for two passwords", "[handoff]")
{
    HandoffSettings s = docomoLike();
    s.smtpLogin = u"taro-smtp"_s;
    const QVariantMap mail = profileBack(s).value(u"PayloadContent"_s).toList().first().toMap();
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == u"abc123xyz"_s);
    CHECK(mail.value(u"OutgoingMailServerUsername"_s) == u"taro-smtp"_s);
    CHECK(mail.value(u"OutgoingPasswordSameAsIncomingPassword"_s) == false);
}

TEST_CASE("a profile needs an IMAP and an SMTP server", "[handoff]")
{
    HandoffSettings s = docomoLike();
    CHECK_FALSE(AppleMailProfile::problem(s));
    s.smtp.reset();
    CHECK(AppleMailProfile::problem(s) == AppleMailProfile::Problem::NoSmtpServer);
    s.imap = {};
    CHECK(AppleMailProfile::problem(s) == AppleMailProfile::Problem::NoImapServer);
}

TEST_CASE("the export prefers the implicit-TLS server the provider lists for the same host", "[handoff]")
{
    const ProviderDatabase providers = ProviderDatabase::builtIn();
    AccountProfile profile;
    profile.address = u"taro@gmail.com"_s;
    profile.providerId = u"gmail"_s;
    profile.loginName = profile.address;
    profile.imap = ServerAddress{u"imap.gmail.com"_s, 993, Security::ImplicitTls};
    profile.smtp = ServerAddress{u"smtp.gmail.com"_s, 587, Security::StartTls};
    const HandoffSettings s = HandoffSettings::fromProfile(profile, &providers);
    CHECK(s.smtp == ServerAddress{u"smtp.gmail.com"_s, 465, Security::ImplicitTls});
    CHECK(s.imap == profile.imap);
    CHECK(s.smtpLogin == s.imapLogin);
    // Without the database (or for a host the provider does not list) the server stays as verified.
    CHECK(HandoffSettings::fromProfile(profile).smtp == profile.smtp);
    profile.smtp->host = u"smtp.example.jp"_s;
    CHECK(HandoffSettings::fromProfile(profile, &providers).smtp == profile.smtp);
}

TEST_CASE("the clientConfig export imports back to the same settings", "[handoff]")
{
    const ProviderDatabase providers = ProviderDatabase::builtIn();
    for (const QString &login : {u"abc123xyz"_s, u"Taro@Example.jp"_s, u"Taro"_s}) {
        HandoffSettings s = docomoLike();
        s.imapLogin = s.smtpLogin = login;
        INFO(login.toStdString());
        ProviderFileError error;
        const auto back = ClientConfig::fromXml(clientConfigFor(s).toXml(), u"export.xml"_s, &error);
        REQUIRE(back);
        REQUIRE(back->imap.size() == 1);
        REQUIRE(back->smtp.size() == 1);
        CHECK(ServerAddress(back->imap.first().server) == s.imap);
        CHECK(ServerAddress(back->smtp.first().server) == *s.smtp);
        CHECK(expandUsernameTemplate(back->imap.first().usernameTemplate, s.address) == login);
        CHECK(expandUsernameTemplate(back->smtp.first().usernameTemplate, s.address) == login);
        CHECK(back->imap.first().authentication == QStringList{u"password-cleartext"_s});
        CHECK(back->domains == QStringList{u"example.jp"_s});
        // And as a provider entry (what --provider-file gives): the same servers.
        const Provider p = back->toProvider();
        CHECK(ServerAddress(p.imap) == s.imap);
        CHECK(ServerAddress(p.smtp) == *s.smtp);
    }
}

TEST_CASE("a browser sign-in exports as OAuth2 with the provider's endpoints", "[handoff]")
{
    const ProviderDatabase providers = ProviderDatabase::builtIn();
    const Provider *outlook = providers.byId(u"outlook"_s);
    REQUIRE(outlook);
    REQUIRE(outlook->oauth2);
    HandoffSettings s;
    s.address = u"taro@outlook.com"_s;
    s.imapLogin = s.smtpLogin = s.address;
    s.imap = outlook->imap;
    s.smtp = ServerAddress(outlook->smtp);
    s.browserSignIn = true;
    ProviderFileError error;
    const auto back = ClientConfig::fromXml(clientConfigFor(s, outlook).toXml(), u"export.xml"_s, &error);
    REQUIRE(back);
    CHECK(back->imap.first().authentication == QStringList{u"OAuth2"_s});
    REQUIRE(back->oauth2);
    CHECK(back->oauth2->tokenUrl == outlook->oauth2->tokenUrl);
    CHECK(back->toProvider().auth.contains(AuthMethod::OAuth2));
}

TEST_CASE("the ISPDB file has the same servers and nothing of the user: no address, no own login, no password",
          "[handoff][ispdb]")
{
    for (const QString &login : {u"abc123xyz"_s, u"Taro@Example.jp"_s, u"Taro"_s}) {
        HandoffSettings s = docomoLike();
        s.imapLogin = s.smtpLogin = login;
        INFO(login.toStdString());
        const QByteArray xml = ispdbClientConfigFor(s).toXml();
        // The exporter has no password to write; nor does the ISPDB get who this is.
        for (const char *personal : {"Taro", "taro", "abc123xyz", "password\""})
            CHECK_FALSE(xml.contains(personal));
        CHECK_FALSE(xml.contains("<password"));
        ProviderFileError error;
        const auto back = ClientConfig::fromXml(xml, u"example.jp.xml"_s, &error);
        REQUIRE(back);
        CHECK(back->id == u"example.jp"_s);
        CHECK(back->domains == QStringList{u"example.jp"_s});
        CHECK(back->displayName == u"example.jp"_s);
        CHECK(back->displayShortName == u"example.jp"_s);
        REQUIRE(back->imap.size() == 1);
        REQUIRE(back->smtp.size() == 1);
        CHECK(ServerAddress(back->imap.first().server) == s.imap);
        CHECK(ServerAddress(back->smtp.first().server) == *s.smtp);
        // A placeholder login serves everyone at the domain; a literal one was this user's and is left out.
        const QString expected = login == u"abc123xyz"_s ? QString() : clientConfigFor(s).imap.first().usernameTemplate;
        CHECK(back->imap.first().usernameTemplate == expected);
        CHECK(back->smtp.first().usernameTemplate == expected);
    }
}
