// Thunderbird clientConfig v1.1: the real ISPDB samples import with what each implies; our entries export and import
// back to the same servers; unknown elements are ignored; broken files give typed errors.
#include "providers/ClientConfig.h"
#include "CatchQt.h"
#include "TestEnv.h"
#include "providers/ProviderDatabase.h"

#include <QDir>
#include <QFile>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString sample(const QString &name)
{
    return ipw::test::sharedDataDir() + u"/ispdb/"_s + name;
}

std::optional<ClientConfig> importSample(const QString &name, ProviderFileError *error)
{
    return ClientConfig::fromXml(readFile(sample(name)), name, error);
}

ServerSettings server(const QString &host, quint16 port, Security security)
{
    return ServerSettings{host, port, security, {}};
}

}  // namespace

TEST_CASE("each ISPDB sample imports with what it implies", "[providers][clientconfig]")
{
    ProviderFileError error;

    SECTION("googlemail.com.xml: IMAP and SMTP, full address, OAuth2 and password; POP skipped")
    {
        const auto c = importSample(u"googlemail.com.xml"_s, &error);
        REQUIRE(c);
        CHECK(c->id == u"googlemail.com"_s);
        CHECK(c->domains.contains(u"gmail.com"_s));
        REQUIRE(c->imap.size() == 1);
        CHECK(c->imap[0].server == server(u"imap.gmail.com"_s, 993, Security::ImplicitTls));
        CHECK(c->imap[0].usernameTemplate == u"%EMAILADDRESS%"_s);
        CHECK(c->imap[0].authentication == QStringList{u"OAuth2"_s, u"password-cleartext"_s});
        REQUIRE(c->smtp.size() == 1);
        CHECK(c->smtp[0].server == server(u"smtp.gmail.com"_s, 465, Security::ImplicitTls));
        REQUIRE(c->oauth2);
        CHECK(c->oauth2->issuer == u"accounts.google.com"_s);
        CHECK(c->oauth2->scopes.contains(u"https://mail.google.com/"_s));
        const Provider p = c->toProvider();
        CHECK(p.username == UsernameRule::Address);
        CHECK(p.auth == QList<AuthMethod>{AuthMethod::OAuth2, AuthMethod::Password});
    }
    SECTION("hotmail.com.xml: OAuth2 only")
    {
        const auto c = importSample(u"hotmail.com.xml"_s, &error);
        REQUIRE(c);
        CHECK(c->domains.contains(u"outlook.jp"_s));
        CHECK(c->domains.contains(u"hotmail.co.jp"_s));
        CHECK(c->imap[0].server == server(u"outlook.office365.com"_s, 993, Security::ImplicitTls));
        CHECK(c->smtp[0].server == server(u"smtp-mail.outlook.com"_s, 587, Security::StartTls));
        CHECK(c->imap[0].authentication == QStringList{u"OAuth2"_s});
        CHECK(c->toProvider().auth == QList<AuthMethod>{AuthMethod::OAuth2});
    }
    SECTION("i.softbank.jp.xml: local part")
    {
        const auto c = importSample(u"i.softbank.jp.xml"_s, &error);
        REQUIRE(c);
        CHECK(c->imap[0].server == server(u"imap.softbank.jp"_s, 993, Security::ImplicitTls));
        CHECK(c->smtp[0].server == server(u"smtp.softbank.jp"_s, 465, Security::ImplicitTls));
        CHECK(expandUsernameTemplate(c->imap[0].usernameTemplate, u"taro@i.softbank.jp") == u"taro"_s);
        CHECK(c->toProvider().username == UsernameRule::LocalPart);
    }
    SECTION("me.com.xml: no XML declaration; IMAP local part, SMTP full address")
    {
        const auto c = importSample(u"me.com.xml"_s, &error);
        REQUIRE(c);
        CHECK(c->imap[0].server == server(u"imap.mail.me.com"_s, 993, Security::ImplicitTls));
        CHECK(c->smtp[0].server == server(u"smtp.mail.me.com"_s, 587, Security::StartTls));
        CHECK(c->imap[0].usernameTemplate == u"%EMAILLOCALPART%"_s);
        CHECK(c->smtp[0].usernameTemplate == u"%EMAILADDRESS%"_s);
    }
    SECTION("mopera.net.xml: two IMAP and two SMTP servers, in order")
    {
        const auto c = importSample(u"mopera.net.xml"_s, &error);
        REQUIRE(c);
        REQUIRE(c->imap.size() == 2);
        CHECK(c->imap[0].server == server(u"mail.mopera.net"_s, 993, Security::ImplicitTls));
        CHECK(c->imap[1].server == server(u"mail.mopera.net"_s, 143, Security::StartTls));
        REQUIRE(c->smtp.size() == 2);
        CHECK(c->smtp[1].server == server(u"mail.mopera.net"_s, 587, Security::StartTls));
        CHECK(c->smtp[0].authentication == QStringList{u"password-encrypted"_s});
        const Provider p = c->toProvider();
        CHECK(p.imapAlternatives.size() == 1);
        CHECK(p.smtpAlternatives.size() == 1);
    }
    SECTION("ocn.ne.jp.xml lists POP only: no IMAP server")
    {
        REQUIRE_FALSE(importSample(u"ocn.ne.jp.xml"_s, &error));
        CHECK(error.kind == ProviderFileError::Kind::NoImapServer);
        CHECK(error.file == u"ocn.ne.jp.xml"_s);
        CHECK(error.field == u"incomingServer"_s);
    }
    SECTION("yahoo.co.jp.xml lists POP only: no IMAP server")
    {
        REQUIRE_FALSE(importSample(u"yahoo.co.jp.xml"_s, &error));
        CHECK(error.kind == ProviderFileError::Kind::NoImapServer);
    }
}

TEST_CASE("every sample in the folder is covered", "[providers][clientconfig]")
{
    const QStringList samples =
        QDir(ipw::test::sharedDataDir() + u"/ispdb"_s).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    CHECK(samples == QStringList{u"googlemail.com.xml"_s, u"hotmail.com.xml"_s, u"i.softbank.jp.xml"_s, u"me.com.xml"_s,
                                 u"mopera.net.xml"_s, u"ocn.ne.jp.xml"_s, u"yahoo.co.jp.xml"_s});
    for (const QString &name : samples) {
        INFO(name.toStdString());
        ProviderFileError error;
        const auto c = importSample(name, &error);
        // Either it imports, or it says exactly why (POP-only files): never a syntax error.
        CHECK((c.has_value() || error.kind == ProviderFileError::Kind::NoImapServer));
    }
}

TEST_CASE("export of every built-in entry with servers imports back to the same servers", "[providers][clientconfig]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    int exported = 0;
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        if (!p.imap.hasHost())
            continue;  // au, BIGLOBE, other: the servers are the user's to copy
        const QByteArray xml = ClientConfig::fromProvider(p).toXml();
        ProviderFileError error;
        const auto back = ClientConfig::fromXml(xml, p.id + u".xml"_s, &error);
        INFO(xml.toStdString());
        REQUIRE(back);
        const Provider q = back->toProvider();
        CHECK(q.id == p.id);
        CHECK(q.domains == p.domains);
        CHECK(q.imap.sameServer(p.imap));
        REQUIRE(q.imapAlternatives.size() == p.imapAlternatives.size());
        for (qsizetype i = 0; i < p.imapAlternatives.size(); ++i)
            CHECK(q.imapAlternatives[i].sameServer(p.imapAlternatives[i]));
        if (p.smtp.hasHost()) {
            CHECK(q.smtp.sameServer(p.smtp));
            REQUIRE(q.smtpAlternatives.size() == p.smtpAlternatives.size());
            for (qsizetype i = 0; i < p.smtpAlternatives.size(); ++i)
                CHECK(q.smtpAlternatives[i].sameServer(p.smtpAlternatives[i]));
        }
        CHECK(q.username == p.username);
        CHECK(q.auth.contains(AuthMethod::OAuth2) == p.auth.contains(AuthMethod::OAuth2));
        // clientConfig's <oAuth2> has issuer, scope and the two URLs; the redirect host and extra authorization
        // parameters are this project's additions and do not travel.
        REQUIRE(q.oauth2.has_value() == p.oauth2.has_value());
        if (p.oauth2) {
            CHECK(q.oauth2->issuer == p.oauth2->issuer);
            CHECK(q.oauth2->authUrl == p.oauth2->authUrl);
            CHECK(q.oauth2->tokenUrl == p.oauth2->tokenUrl);
            CHECK(q.oauth2->scopes == p.oauth2->scopes);
        }
        ++exported;
    }
    CHECK(exported == 9);  // no servers to export: goo has ended, SoftBank's MMS address has none, So-net's are copied
}

TEST_CASE("unknown elements are ignored, not fatal", "[providers][clientconfig]")
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<clientConfig version="1.1">
  <futureTopLevel><deep><deeper/></deep></futureTopLevel>
  <emailProvider id="example.jp">
    <domain>Example.JP.</domain>
    <displayName>Example</displayName>
    <somethingNew attr="x">text<nested/></somethingNew>
    <incomingServer type="exchange"><hostname>ews.example.jp</hostname></incomingServer>
    <incomingServer type="imap">
      <hostname>imap.example.jp</hostname>
      <futureField>1</futureField>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%@%EMAILDOMAIN%</username>
      <authentication>password-cleartext</authentication>
      <authentication>GSSAPI</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.jp</hostname>
      <port>25</port>
      <socketType>plain</socketType>
    </outgoingServer>
    <documentation url="https://example.jp/help"><descr lang="ja">説明</descr></documentation>
  </emailProvider>
  <webMail><loginPage url="https://example.jp/"/></webMail>
</clientConfig>
)";
    ProviderFileError error;
    const auto c = ClientConfig::fromXml(xml, u"example.xml"_s, &error);
    REQUIRE(c);
    CHECK(c->domains == QStringList{u"example.jp"_s});
    REQUIRE(c->imap.size() == 1);
    CHECK(c->imap[0].server == server(u"imap.example.jp"_s, 143, Security::StartTls));
    CHECK(c->smtp[0].server == server(u"smtp.example.jp"_s, 25, Security::None));
    CHECK(expandUsernameTemplate(c->imap[0].usernameTemplate, u"taro@example.jp") == u"taro@example.jp"_s);
    const Provider p = c->toProvider();
    CHECK(p.username == UsernameRule::ProviderId);  // not a plain placeholder: the user confirms it
    CHECK(p.isUncertain(u"username"));
    CHECK(p.auth == QList<AuthMethod>{AuthMethod::Password});
}

TEST_CASE("broken clientConfig files give typed errors", "[providers][clientconfig]")
{
    using K = ProviderFileError::Kind;
    struct Case {
        const char *what;
        QByteArray xml;
        K kind;
        QString field;
    };
    const QList<Case> cases = {
        {"malformed XML",
         "<clientConfig version=\"1.1\">\n<emailProvider id=\"x\">\n<domain>x.jp</domain>\n</clientConfig>", K::Syntax,
         QString()},
        {"empty file", "", K::Syntax, QString()},
        {"not a clientConfig", "<html><body/></html>", K::NotClientConfig, u"html"_s},
        {"no servers at all", "<clientConfig><emailProvider id=\"x\"/></clientConfig>", K::NoImapServer,
         u"incomingServer"_s},
        {"bad port",
         "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap.x.jp</hostname><port>99999</port>"
         "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>",
         K::BadPort, u"incomingServer[0].port"_s},
        {"unknown socket type",
         "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap.x.jp</hostname><port>993</port>"
         "<socketType>TLS1.3</socketType></incomingServer></emailProvider></clientConfig>",
         K::BadValue, u"incomingServer[0].socketType"_s},
        {"bad host name",
         "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap x</hostname><port>993</port>"
         "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>",
         K::BadHost, u"incomingServer[0].hostname"_s},
        {"missing port",
         "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap.x.jp</hostname>"
         "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>",
         K::MissingField, u"incomingServer[0].port"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        ProviderFileError error;
        REQUIRE_FALSE(ClientConfig::fromXml(c.xml, u"broken.xml"_s, &error));
        CHECK(toString(error.kind) == toString(c.kind));
        CHECK(error.field == c.field);
        CHECK(error.file == u"broken.xml"_s);
    }
    ProviderFileError error;
    REQUIRE_FALSE(ClientConfig::fromXml(cases[0].xml, u"broken.xml"_s, &error));
    CHECK(error.line == 4);
}
