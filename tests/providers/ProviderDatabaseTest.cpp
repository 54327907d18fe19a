// Look-ups, search, TLS quirks, login names, and the providers folder (IPW_PROVIDERS_DIR).
#include "providers/ProviderDatabase.h"
#include "CatchQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

QString idFor(const ProviderDatabase &db, const QString &address)
{
    const Provider *p = db.forEmail(address);
    return p ? p->id : QString();
}

QJsonObject builtInJson(const QString &id)
{
    QFile file(ProviderDatabase::builtInFolder() + u'/' + id + u".json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

/// Sets an environment variable for one scope.
struct ScopedEnv {
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(name, value);
    }
    ~ScopedEnv() { qunsetenv(m_name); }
    const char *m_name;
};

}  // namespace

TEST_CASE("the well-known domains map to their providers", "[providers][lookup]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const QList<std::pair<QString, QString>> expected = {
        {u"docomo.ne.jp"_s, u"docomo"_s},
        {u"i.softbank.jp"_s, u"softbank"_s},
        {u"au.com"_s, u"au"_s},
        {u"ezweb.ne.jp"_s, u"au"_s},
        {u"yahoo.co.jp"_s, u"yahoo-japan"_s},
        {u"ymail.ne.jp"_s, u"yahoo-japan"_s},
        {u"gmail.com"_s, u"gmail"_s},
        {u"googlemail.com"_s, u"gmail"_s},
        {u"outlook.com"_s, u"outlook"_s},
        {u"outlook.jp"_s, u"outlook"_s},
        {u"hotmail.com"_s, u"outlook"_s},
        {u"hotmail.co.jp"_s, u"outlook"_s},
        {u"live.jp"_s, u"outlook"_s},
        {u"live.com"_s, u"outlook"_s},
        {u"msn.com"_s, u"outlook"_s},
        {u"icloud.com"_s, u"icloud"_s},
        {u"me.com"_s, u"icloud"_s},
        {u"mac.com"_s, u"icloud"_s},
        {u"ocn.ne.jp"_s, u"ocn"_s},
        {u"biglobe.ne.jp"_s, u"biglobe"_s},
        {u"nifty.com"_s, u"nifty"_s},
        {u"so-net.ne.jp"_s, u"so-net"_s},
        {u"goo.jp"_s, u"goo"_s},
        {u"mopera.net"_s, u"mopera"_s},
    };
    for (const auto &[domain, id] : expected) {
        INFO(domain.toStdString());
        CHECK(idFor(db, u"taro@"_s + domain) == id);
        const Provider *byDomain = db.forDomain(domain);
        CHECK((byDomain && byDomain->id == id));
    }
}

TEST_CASE("look-up is case-insensitive, tolerates a trailing dot, and does not guess", "[providers][lookup]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    CHECK(idFor(db, u"Taro@DoCoMo.NE.JP"_s) == u"docomo"_s);
    CHECK(idFor(db, u"taro@docomo.ne.jp."_s) == u"docomo"_s);
    CHECK(idFor(db, u"  taro@Gmail.com.  "_s) == u"gmail"_s);
    CHECK(idFor(db, u"\"a@b\"@i.softbank.jp"_s) == u"softbank"_s);  // the last @ separates the domain
    CHECK(idFor(db, u"taro@example.org"_s).isEmpty());
    CHECK(idFor(db, u"taro@mail.docomo.ne.jp"_s).isEmpty());  // subdomains are not guessed
    CHECK(idFor(db, u"taro@softbank.jp"_s).isEmpty());
    CHECK(idFor(db, u"docomo.ne.jp"_s).isEmpty());  // no @
    CHECK(idFor(db, u"taro@"_s).isEmpty());
    CHECK(idFor(db, QString()).isEmpty());
}

TEST_CASE("search by name in either language", "[providers][search]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const auto first = [&](const QString &query) {
        const auto hits = db.search(query);
        return hits.isEmpty() ? QString() : hits.first()->id;
    };
    CHECK(first(u"ドコモ"_s) == u"docomo"_s);
    CHECK(first(u"どこも"_s) == u"docomo"_s);  // hiragana finds katakana
    CHECK(first(u"docomo"_s) == u"docomo"_s);
    CHECK(first(u"ＤＯＣＯＭＯ"_s) == u"docomo"_s);  // full-width Latin
    CHECK(first(u"ｿﾌﾄﾊﾞﾝｸ"_s) == u"softbank"_s);     // half-width katakana
    CHECK(first(u"ソフトバンク"_s) == u"softbank"_s);
    CHECK(first(u"softbank"_s) == u"softbank"_s);
    CHECK(first(u"ヤフー"_s) == u"yahoo-japan"_s);
    CHECK(first(u"yahoo japan"_s) == u"yahoo-japan"_s);
    CHECK(first(u"Gmail"_s) == u"gmail"_s);
    CHECK(first(u"ホットメール"_s) == u"outlook"_s);
    CHECK(first(u"hotmail"_s) == u"outlook"_s);
    CHECK(first(u"アイクラウド"_s) == u"icloud"_s);
    CHECK(first(u"ビッグローブ"_s) == u"biglobe"_s);
    CHECK(first(u"ニフティ"_s) == u"nifty"_s);
    CHECK(first(u"手動"_s) == u"other"_s);
    CHECK(first(u"au"_s) == u"au"_s);
    CHECK(db.search(u"zzzz-no-such-provider"_s).isEmpty());
    CHECK(db.search(u"   "_s).isEmpty());
    // Both docomo entries answer "ドコモ"; docomo mail comes first.
    const auto docomo = db.search(u"ドコモ"_s);
    REQUIRE(docomo.size() >= 2);
    CHECK(docomo[1]->id == u"mopera"_s);
}

TEST_CASE("TLS quirks are scoped to docomo's spmode hosts", "[providers][quirks]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const QList<TlsQuirk> legacy{TlsQuirk::LegacyRenegotiation};
    CHECK(db.quirksForHost(u"imap.spmode.ne.jp") == legacy);
    CHECK(db.quirksForHost(u"smtp.spmode.ne.jp") == legacy);
    CHECK(db.quirksForHost(u"IMAP.SPMODE.NE.JP.") == legacy);  // typed by hand
    // Only where it was observed (mail-peek: imap and smtp): imap2, docomo's alternative, was not observed.
    CHECK(db.quirksForHost(u"imap2.spmode.ne.jp").isEmpty());
    CHECK(db.quirksForHost(u"spmode.ne.jp").isEmpty());     // nothing beyond the named hosts
    CHECK(db.quirksForHost(u"mail.mopera.net").isEmpty());  // docomo's ISP is not affected
    CHECK(db.quirksForHost(u"imap.gmail.com").isEmpty());
    CHECK(db.quirksForHost(u"127.0.0.1").isEmpty());
}

TEST_CASE("login names follow the rule", "[providers][username]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    CHECK(db.byId(u"gmail")->loginName(u"Taro@gmail.com") == u"Taro@gmail.com"_s);
    CHECK(db.byId(u"softbank")->loginName(u"taro@i.softbank.jp") == u"taro"_s);
    CHECK(db.byId(u"mopera")->loginName(u" taro@mopera.net ") == u"taro"_s);
    CHECK_FALSE(db.byId(u"docomo")->loginName(u"taro@docomo.ne.jp").has_value());  // the IMAP ID from My docomo
    CHECK_FALSE(db.byId(u"au")->loginName(u"taro@au.com").has_value());
    CHECK_FALSE(loginNameFor(UsernameRule::Address, u"no-at-sign").has_value());
}

TEST_CASE("a providers folder overrides a built-in entry by id", "[providers][folder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QJsonObject docomo = builtInJson(u"docomo"_s);
    docomo[u"imap"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 10993}, {u"security"_s, u"tls"_s}};
    docomo[u"smtp"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 10465}, {u"security"_s, u"starttls"_s}};
    docomo[u"imapAlternatives"_s] = QJsonArray();
    docomo[u"tlsQuirks"_s] = QJsonArray{
        QJsonObject{{u"host"_s, u"127.0.0.1"_s},
                    {u"quirk"_s, u"legacy-renegotiation"_s},
                    {u"note"_s, QJsonObject{{u"ja"_s, u"試験用のサーバーです。"_s}, {u"en"_s, u"Test server."_s}}}}};
    writeJson(dir.filePath(u"docomo.json"_s), docomo);

    SECTION("named by an option")
    {
        ProviderFileError error;
        const auto db = ProviderDatabase::load({true, dir.path(), false}, &error);
        REQUIRE(db.has_value());
        const Provider *p = db->forEmail(u"taro@docomo.ne.jp");
        REQUIRE(p);
        CHECK(p->imap == ServerSettings{u"127.0.0.1"_s, 10993, Security::ImplicitTls, {}});
        CHECK(p->smtp.security == Security::StartTls);
        CHECK(db->quirksForHost(u"127.0.0.1") == QList<TlsQuirk>{TlsQuirk::LegacyRenegotiation});
        CHECK(db->quirksForHost(u"imap.spmode.ne.jp").isEmpty());  // the built-in entry was replaced whole
        CHECK(db->providers().size() == 18);
    }
    SECTION("named by IPW_PROVIDERS_DIR")
    {
        ScopedEnv env(ProviderDatabase::environmentVariable, QFile::encodeName(dir.path()));
        ProviderFileError error;
        const auto db = ProviderDatabase::load({}, &error);
        REQUIRE(db.has_value());
        CHECK(db->byId(u"docomo")->imap.host == u"127.0.0.1"_s);
    }
    SECTION("a new entry is added")
    {
        QJsonObject lab = builtInJson(u"other"_s);
        lab[u"id"_s] = u"lab"_s;
        lab[u"domains"_s] = QJsonArray{u"lab.example"_s};
        lab[u"sources"_s] = [&] {
            QJsonObject s = lab[u"sources"_s].toObject();
            s[u"domains"_s] = QJsonArray{u"manual"_s};
            return s;
        }();
        writeJson(dir.filePath(u"lab.json"_s), lab);
        ProviderFileError error;
        const auto db = ProviderDatabase::load({true, dir.path(), false}, &error);
        REQUIRE(db.has_value());
        CHECK(idFor(*db, u"a@LAB.example"_s) == u"lab"_s);
        CHECK(db->providers().last().id == u"other"_s);  // "other" stays last
    }
}

TEST_CASE("OAuth endpoints may be plain http on loopback only (a local authorization server)", "[providers][oauth]")
{
    QJsonObject outlook = builtInJson(u"outlook"_s);
    for (const QString &host : {u"127.0.0.1:8080"_s, u"localhost:8080"_s, u"[::1]:8080"_s}) {
        QJsonObject o = outlook[u"oauth2"_s].toObject();
        o[u"authUrl"_s] = u"http://%1/authorize"_s.arg(host);
        o[u"tokenUrl"_s] = u"http://%1/token"_s.arg(host);
        outlook[u"oauth2"_s] = o;
        ProviderFileError error;
        const auto p = Provider::fromJson(outlook, u"outlook.json"_s, &error);
        INFO(host.toStdString());
        REQUIRE(p.has_value());
        CHECK(p->oauth2->tokenUrl == u"http://%1/token"_s.arg(host));
    }
    for (const QString &host : {u"127.example.org"_s, u"128.0.0.1"_s, u"localhost.example.org"_s}) {
        QJsonObject o = outlook[u"oauth2"_s].toObject();
        o[u"tokenUrl"_s] = u"http://%1/token"_s.arg(host);
        outlook[u"oauth2"_s] = o;
        ProviderFileError error;
        INFO(host.toStdString());
        CHECK_FALSE(Provider::fromJson(outlook, u"outlook.json"_s, &error).has_value());
        CHECK(error.kind == ProviderFileError::Kind::BadUrl);
    }
}

TEST_CASE("a broken file in the providers folder gives a typed error naming file and field", "[providers][folder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"softbank.json"_s);

    struct Case {
        const char *what;
        std::function<void(QJsonObject &)> change;
        ProviderFileError::Kind kind;
        QString field;
    };
    using K = ProviderFileError::Kind;
    const QList<Case> cases = {
        {"bad port",
         [](QJsonObject &o) {
             o[u"imap"_s] =
                 QJsonObject{{u"host"_s, u"imap.softbank.jp"_s}, {u"port"_s, 99999}, {u"security"_s, u"tls"_s}};
         },
         K::BadPort, u"imap.port"_s},
        {"port far out of range",
         [](QJsonObject &o) {
             o[u"imap"_s] =
                 QJsonObject{{u"host"_s, u"imap.softbank.jp"_s}, {u"port"_s, 1e20}, {u"security"_s, u"tls"_s}};
         },
         K::WrongType, u"imap.port"_s},
        {"fractional port",
         [](QJsonObject &o) {
             o[u"imap"_s] =
                 QJsonObject{{u"host"_s, u"imap.softbank.jp"_s}, {u"port"_s, 993.5}, {u"security"_s, u"tls"_s}};
         },
         K::WrongType, u"imap.port"_s},
        {"bad security",
         [](QJsonObject &o) {
             o[u"smtp"_s] =
                 QJsonObject{{u"host"_s, u"smtp.softbank.jp"_s}, {u"port"_s, 465}, {u"security"_s, u"tls1.3"_s}};
         },
         K::BadValue, u"smtp.security"_s},
        {"missing host",
         [](QJsonObject &o) {
             o[u"imap"_s] = QJsonObject{{u"port"_s, 993}, {u"security"_s, u"tls"_s}};
         },
         K::MissingField, u"imap.host"_s},
        {"empty host not marked uncertain",
         [](QJsonObject &o) {
             o[u"imap"_s] = QJsonObject{{u"host"_s, u""_s}, {u"port"_s, 993}, {u"security"_s, u"tls"_s}};
         },
         K::BadHost, u"imap.host"_s},
        {"invalid host",
         [](QJsonObject &o) {
             o[u"smtp"_s] = QJsonObject{{u"host"_s, u"smtp softbank"_s}, {u"port"_s, 465}, {u"security"_s, u"tls"_s}};
         },
         K::BadHost, u"smtp.host"_s},
        {"typo in a key", [](QJsonObject &o) { o[u"smpt"_s] = 1; }, K::UnknownField, u"smpt"_s},
        {"http portal",
         [](QJsonObject &o) {
             o[u"portal"_s] = QJsonObject{{u"name"_s, QJsonObject{{u"ja"_s, u"ポータル"_s}, {u"en"_s, u"Portal"_s}}},
                                          {u"url"_s, u"http://example.org/"_s}};
         },
         K::BadUrl, u"portal.url"_s},
        {"http OAuth endpoint off loopback",
         [](QJsonObject &o) {
             o[u"oauth2"_s] = QJsonObject{{u"issuer"_s, u"auth.example.org"_s},
                                          {u"authUrl"_s, u"http://auth.example.org/authorize"_s},
                                          {u"tokenUrl"_s, u"https://auth.example.org/token"_s},
                                          {u"scopes"_s, QJsonArray{u"mail"_s}}};
         },
         K::BadUrl, u"oauth2.authUrl"_s},
        {"English in a Japanese step",
         [](QJsonObject &o) {
             o[u"steps"_s] = QJsonObject{{u"ja"_s, QJsonArray{u"Log in to My SoftBank."_s}},
                                         {u"en"_s, QJsonArray{u"Log in to My SoftBank."_s}}};
         },
         K::NotJapanese, u"steps.ja[0]"_s},
        {"steps differ in length",
         [](QJsonObject &o) {
             o[u"steps"_s] = QJsonObject{{u"ja"_s, QJsonArray{u"ログインします。"_s}},
                                         {u"en"_s, QJsonArray{u"Log in."_s, u"Change it."_s}}};
         },
         K::LanguageMismatch, u"steps.en"_s},
        {"empty name",
         [](QJsonObject &o) {
             o[u"name"_s] = QJsonObject{{u"ja"_s, u"ソフトバンク"_s}, {u"en"_s, u" "_s}};
         },
         K::EmptyText, u"name.en"_s},
        {"unknown username rule", [](QJsonObject &o) { o[u"username"_s] = u"email"_s; }, K::BadValue, u"username"_s},
        {"unknown auth method",
         [](QJsonObject &o) {
             o[u"auth"_s] = QJsonArray{u"password"_s, u"kerberos"_s};
         },
         K::BadValue, u"auth[1]"_s},
        {"fact without a source",
         [](QJsonObject &o) {
             QJsonObject s = o[u"sources"_s].toObject();
             s.remove(u"imap"_s);
             o[u"sources"_s] = s;
         },
         K::MissingSource, u"sources.imap"_s},
        {"source without a reference",
         [](QJsonObject &o) {
             QJsonObject s = o[u"sources"_s].toObject();
             s[u"smtp"_s] = QJsonArray{u"nowhere"_s};
             o[u"sources"_s] = s;
         },
         K::UnknownReference, u"sources.smtp[0]"_s},
        {"bad date",
         [](QJsonObject &o) {
             QJsonObject r = o[u"references"_s].toObject();
             QJsonObject f = r[u"ispdb"_s].toObject();
             f[u"checked"_s] = u"2026-13-01"_s;
             r[u"ispdb"_s] = f;
             o[u"references"_s] = r;
         },
         K::BadDate, u"references.ispdb.checked"_s},
        {"unknown uncertain field", [](QJsonObject &o) { o[u"uncertain"_s] = QJsonArray{u"imap.hostname"_s}; },
         K::UnknownUncertainField, u"uncertain[0]"_s},
        {"id differs from the file name", [](QJsonObject &o) { o[u"id"_s] = u"softbank2"_s; }, K::BadId, u"id"_s},
        {"wrong type", [](QJsonObject &o) { o[u"domains"_s] = u"i.softbank.jp"_s; }, K::WrongType, u"domains"_s},
        {"future format", [](QJsonObject &o) { o[u"format"_s] = 2; }, K::UnsupportedFormat, u"format"_s},
        {"quirk for a host the entry does not list",
         [](QJsonObject &o) {
             o[u"tlsQuirks"_s] =
                 QJsonArray{QJsonObject{{u"host"_s, u"imap.spmode.ne.jp"_s},
                                        {u"quirk"_s, u"legacy-renegotiation"_s},
                                        {u"note"_s, QJsonObject{{u"ja"_s, u"注記です。"_s}, {u"en"_s, u"Note."_s}}}}};
         },
         K::BadHost, u"tlsQuirks[0].host"_s},
        {"a domain another entry serves",
         [](QJsonObject &o) {
             o[u"domains"_s] = QJsonArray{u"i.softbank.jp"_s, u"docomo.ne.jp"_s};
         },
         K::DuplicateDomain, u"domains[1]"_s},
        {"alternative with a bad port",
         [](QJsonObject &o) {
             o[u"imapAlternatives"_s] =
                 QJsonArray{QJsonObject{{u"host"_s, u"imap.softbank.jp"_s}, {u"port"_s, 0}, {u"security"_s, u"tls"_s}}};
         },
         K::BadPort, u"imapAlternatives[0].port"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QJsonObject softbank = builtInJson(u"softbank"_s);
        c.change(softbank);
        writeJson(path, softbank);
        ProviderFileError error;
        const auto db = ProviderDatabase::load({true, dir.path(), false}, &error);
        REQUIRE_FALSE(db.has_value());
        CHECK(error.file == path);
        CHECK(toString(error.kind) == toString(c.kind));
        CHECK(error.field == c.field);
    }

    SECTION("not JSON at all: a syntax error with its line")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": 1,\n  \"id\": \"softbank\",,\n}\n");
        file.close();
        ProviderFileError error;
        REQUIRE_FALSE(ProviderDatabase::load({true, dir.path(), false}, &error).has_value());
        CHECK(error.kind == ProviderFileError::Kind::Syntax);
        CHECK(error.file == path);
        CHECK(error.line == 3);
    }
    SECTION("a folder that does not exist")
    {
        ProviderFileError error;
        REQUIRE_FALSE(ProviderDatabase::load({true, dir.filePath(u"missing"_s), false}, &error).has_value());
        CHECK(error.kind == ProviderFileError::Kind::Unreadable);
    }
}

TEST_CASE("the manual entry and the password shapes come from the provider files", "[providers][manual][shape]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    // One catch-all entry: the user types its servers; no other entry is one.
    const Provider *manual = db.manualEntry();
    REQUIRE(manual != nullptr);
    CHECK(manual->id == u"other");
    for (const Provider &p : db.providers()) {
        INFO(p.id.toStdString());
        CHECK(p.manualServers == (&p == manual));
    }
    // Shapes the input checks know, stated by the files of the providers that issue such app passwords.
    CHECK(db.byId(u"gmail")->passwordRules.shape == PasswordShape::GoogleAppPassword);
    CHECK(db.byId(u"icloud")->passwordRules.shape == PasswordShape::AppleAppPassword);
    CHECK(db.byId(u"docomo")->passwordRules.shape == PasswordShape::Any);
    CHECK(passwordShapeFromString(u"google-app-password") == PasswordShape::GoogleAppPassword);
    CHECK_FALSE(passwordShapeFromString(u"sixteen-letters").has_value());
    CHECK(toString(PasswordShape::AppleAppPassword) == u"apple-app-password");
}
