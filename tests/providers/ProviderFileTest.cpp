// The built-in provider files: each loads, is complete in both languages, and every fact has a source and a date.
#include "CatchQt.h"
#include "TestEnv.h"
#include "providers/ProviderDatabase.h"
#include "types/HostName.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

const QStringList kExpectedIds = {u"docomo"_s,      u"softbank"_s,     u"au"_s,      u"ymobile"_s, u"uqmobile"_s,
                                  u"yahoo-japan"_s, u"gmail"_s,        u"outlook"_s, u"icloud"_s,  u"ocn"_s,
                                  u"biglobe"_s,     u"nifty"_s,        u"so-net"_s,  u"goo"_s,     u"mopera"_s,
                                  u"au-biz"_s,      u"softbank-mms"_s, u"other"_s};

bool hasJapanese(const QString &text)
{
    static const QRegularExpression japanese(u"[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"_s);
    return japanese.match(text).hasMatch();
}

/// A whole English sentence inside a Japanese text: four or more Latin words in a row. Product names such as
/// "My docomo" or "Yahoo! JAPAN ID" are shorter than that.
bool hasEnglishSentence(const QString &text)
{
    static const QRegularExpression sentence(u"[A-Za-z]+(?:[ ,'’][A-Za-z]+){3,}"_s);
    return sentence.match(text).hasMatch();
}

void requireText(const LocalizedText &t, const QString &what, bool mayBeLatinName = false)
{
    INFO(what.toStdString());
    REQUIRE_FALSE(t.ja.trimmed().isEmpty());
    REQUIRE_FALSE(t.en.trimmed().isEmpty());
    if (!mayBeLatinName)
        REQUIRE(hasJapanese(t.ja));
    REQUIRE_FALSE(hasEnglishSentence(t.ja));
}

void requireList(const LocalizedList &l, const QString &what)
{
    INFO(what.toStdString());
    REQUIRE(l.ja.size() == l.en.size());
    for (qsizetype i = 0; i < l.ja.size(); ++i)
        requireText({l.ja[i], l.en[i]}, what + u'[' + QString::number(i) + u']');
}

void requireHttps(const QString &url, const QString &what)
{
    INFO(what.toStdString() << ": " << url.toStdString());
    const QUrl u(url);
    REQUIRE(u.isValid());
    REQUIRE(u.scheme() == u"https"_s);
    REQUIRE_FALSE(u.host().isEmpty());
}

}  // namespace

TEST_CASE("every built-in provider file loads", "[providers][files]")
{
    ProviderFileError error;
    const auto db = ProviderDatabase::load({true, QString(), false}, &error);
    INFO(error.file.toStdString() << " " << error.field.toStdString() << " " << toString(error.kind).toStdString());
    REQUIRE(db.has_value());
    QStringList ids;
    for (const Provider &p : db->providers())
        ids.append(p.id);
    REQUIRE(ids == kExpectedIds);  // also the display order
}

TEST_CASE("the resource holds exactly the files in resources/providers", "[providers][files]")
{
    const QStringList inTree =
        QDir(ipw::test::sourceDir() + u"/resources/providers"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    const QStringList inResource = QDir(ProviderDatabase::builtInFolder()).entryList(QDir::Files, QDir::Name);
    REQUIRE(inTree == inResource);
}

TEST_CASE("every entry is complete in both languages", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        requireText(p.name, u"name"_s, true);
        requireText(p.passwordName, u"passwordName"_s);
        requireText(p.portal.name, u"portal.name"_s);
        REQUIRE_FALSE(p.steps.ja.isEmpty());
        requireList(p.steps, u"steps"_s);
        requireList(p.reissueSteps, u"reissueSteps"_s);
        requireList(p.preconditions, u"preconditions"_s);
        for (auto it = p.authPrerequisites.begin(); it != p.authPrerequisites.end(); ++it)
            requireList(it.value(), u"authPrerequisites"_s);
        if (p.username == UsernameRule::ProviderId)
            requireText(p.usernameHelp, u"usernameHelp"_s);
        if (!p.usernameHelp.isEmpty())
            requireText(p.usernameHelp, u"usernameHelp"_s);
        if (!p.passwordRules.description.isEmpty())
            requireText(p.passwordRules.description, u"passwordRules.description"_s);
        if (!p.imapEnable.where.isEmpty())
            requireText(p.imapEnable.where, u"imapEnable.where"_s);
        for (const TlsQuirkEntry &q : p.tlsQuirks)
            requireText(q.note, u"tlsQuirks.note"_s);
        for (const ServerSettings &s : p.imapAlternatives + p.smtpAlternatives) {
            if (!s.note.isEmpty())
                requireText(s.note, u"alternative note"_s);
        }
        REQUIRE_FALSE(p.auth.isEmpty());
        REQUIRE_FALSE(p.searchTerms.isEmpty());
    }
}

TEST_CASE("every URL is https and every host a valid name or explicitly uncertain", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        if (p.portal.url.isEmpty())
            REQUIRE(p.isUncertain(u"portal.url"));
        else
            requireHttps(p.portal.url, u"portal.url"_s);
        if (p.statusPage)
            requireHttps(p.statusPage->url, u"statusPage.url"_s);
        if (p.supportPage)
            requireHttps(p.supportPage->url, u"supportPage.url"_s);
        if (!p.imapEnable.url.isEmpty())
            requireHttps(p.imapEnable.url, u"imapEnable.url"_s);
        if (p.oauth2) {
            requireHttps(p.oauth2->authUrl, u"oauth2.authUrl"_s);
            requireHttps(p.oauth2->tokenUrl, u"oauth2.tokenUrl"_s);
        }
        for (const Reference &r : p.references) {
            if (!r.url.isEmpty())
                requireHttps(r.url, r.title);
        }
        for (const auto &[field, server] : {std::pair{u"imap.host"_s, p.imap}, std::pair{u"smtp.host"_s, p.smtp}}) {
            INFO(field.toStdString());
            if (server.host.isEmpty())
                REQUIRE((p.isUncertain(field) || !p.offersImap()));
            else
                REQUIRE(isValidHostName(server.host));
            REQUIRE(server.port > 0);
        }
        for (const ServerSettings &s : p.imapAlternatives + p.smtpAlternatives)
            REQUIRE(isValidHostName(s.host));
        for (const QString &d : p.domains)
            REQUIRE(isValidHostName(d));
    }
}

TEST_CASE("every fact has a source, and every source a date", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        REQUIRE_FALSE(p.references.isEmpty());
        for (const Reference &r : p.references) {
            REQUIRE(r.checked.isValid());
            REQUIRE_FALSE(r.title.isEmpty());
        }
        for (const QString &fact : {u"name"_s, u"imap"_s, u"smtp"_s, u"username"_s, u"auth"_s, u"passwordName"_s,
                                    u"portal"_s, u"steps"_s, u"imapEnable"_s, u"passwordRules"_s}) {
            INFO(fact.toStdString());
            REQUIRE(p.sources.contains(fact));
            for (const QString &ref : p.sources.value(fact))
                REQUIRE(p.references.contains(ref));
        }
        if (!p.domains.isEmpty())
            REQUIRE(p.sources.contains(u"domains"_s));
        if (!p.tlsQuirks.isEmpty())
            REQUIRE(p.sources.contains(u"tlsQuirks"_s));
    }
}

TEST_CASE("key facts of docomo, au, Outlook.com, Gmail and SoftBank are what the entries say", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *docomo = db.byId(u"docomo");
    REQUIRE(docomo);
    CHECK(docomo->imap == ServerSettings{u"imap.spmode.ne.jp"_s, 993, Security::ImplicitTls, {}});
    CHECK(docomo->smtp == ServerSettings{u"smtp.spmode.ne.jp"_s, 465, Security::ImplicitTls, {}});
    CHECK(docomo->username == UsernameRule::ProviderId);
    CHECK(docomo->isUncertain(u"username"));
    CHECK(docomo->passwordName.ja.contains(u"IMAP専用パスワード"_s));
    CHECK(docomo->preconditions.ja.join(QString()).contains(u"Wi-Fi"_s));
    CHECK(docomo->preconditions.ja.join(QString()).contains(u"ネットワーク暗証番号"_s));
    CHECK(docomo->passwordRules.chosenBy == PasswordChooser::Provider);

    const Provider *au = db.byId(u"au");
    REQUIRE(au);
    CHECK(au->imap.host.isEmpty());  // never guessed: the user copies it from the au settings page
    CHECK(au->smtp.host.isEmpty());
    CHECK(au->isUncertain(u"imap.host"));
    CHECK(au->isUncertain(u"smtp.host"));
    CHECK(au->isUncertain(u"username"));

    const Provider *outlook = db.byId(u"outlook");
    REQUIRE(outlook);
    CHECK(outlook->auth == QList<AuthMethod>{AuthMethod::OAuth2});
    REQUIRE(outlook->oauth2);
    CHECK(outlook->oauth2->authUrl.startsWith(u"https://login.microsoftonline.com/common/oauth2/v2.0/"_s));
    CHECK(outlook->oauth2->scopes.contains(u"offline_access"_s));

    const Provider *gmail = db.byId(u"gmail");
    REQUIRE(gmail);
    CHECK(gmail->auth.contains(AuthMethod::AppPassword));
    CHECK(gmail->authPrerequisites.value(AuthMethod::AppPassword).ja.join(QString()).contains(u"2 段階認証プロセス"_s));
    CHECK(gmail->passwordName.ja == u"アプリ パスワード"_s);

    const Provider *softbank = db.byId(u"softbank");
    REQUIRE(softbank);
    CHECK(softbank->passwordName.ja.contains(u"Eメール(i)"_s));
    CHECK(softbank->imap.host == u"imap.softbank.jp"_s);
    CHECK_FALSE(softbank->smtpUsername);  // SMTP logs in as IMAP does
    CHECK_FALSE(softbank->smtpLoginName(u"taro@i.softbank.jp"));

    // iCloud: IMAP takes the name before the @, SMTP the full address (Apple's page as quoted in icloud.json).
    const Provider *icloud = db.byId(u"icloud");
    REQUIRE(icloud);
    CHECK(icloud->loginName(u"taro@icloud.com") == u"taro"_s);
    CHECK(icloud->smtpUsername == UsernameRule::Address);
    CHECK(icloud->smtpLoginName(u"taro@icloud.com") == u"taro@icloud.com"_s);
    CHECK(icloud->portal.url.startsWith(u"https://account.apple.com/"_s));
}

TEST_CASE("goo mail has ended: its domains are known, offer no IMAP and say so in both languages", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const QString &address : {u"taro@goo.jp"_s, u"taro@mail.goo.ne.jp"_s}) {
        const Provider *goo = db.forEmail(address);
        REQUIRE(goo);
        CHECK(goo->id == u"goo"_s);
        CHECK_FALSE(goo->offersImap());
        CHECK_FALSE(goo->imap.hasHost());
        CHECK_FALSE(goo->smtp.hasHost());
        CHECK(goo->noImap.ja.contains(u"2026年2月25日"_s));
        CHECK(goo->noImap.en.contains(u"25 February 2026"_s));
        CHECK_FALSE(goo->sources.value(u"noImap"_s).isEmpty());
    }
    // The entries that say "no IMAP here": goo (ended) and SoftBank's MMS address.
    for (const Provider &p : db.providers())
        CHECK((p.id == u"goo"_s || p.id == u"softbank-mms"_s) != p.offersImap());

    // Empty servers are allowed only with "noImap" (or where "uncertain" says so, as for au).
    QJsonObject o = db.byId(u"goo")->toJson();
    o.remove(u"noImap"_s);
    ProviderFileError error;
    CHECK_FALSE(Provider::fromJson(o, u"goo.json"_s, &error));
    CHECK(error.kind == ProviderFileError::Kind::BadHost);
}

TEST_CASE("smtp may have a login rule of its own, but not an ID the user copies", "[providers][files]")
{
    QJsonObject o = ProviderDatabase::builtIn().byId(u"gmail")->toJson();
    QJsonObject smtp = o[u"smtp"_s].toObject();
    ProviderFileError error;

    smtp[u"username"_s] = u"local-part"_s;
    o[u"smtp"_s] = smtp;
    const auto own = Provider::fromJson(o, u"gmail.json"_s, &error);
    REQUIRE(own);
    CHECK(own->smtpUsername == UsernameRule::LocalPart);
    CHECK(own->smtpLoginName(u"taro@gmail.com") == u"taro"_s);
    CHECK(own->loginName(u"taro@gmail.com") == u"taro@gmail.com"_s);
    CHECK(own->toJson()[u"smtp"_s].toObject()[u"username"_s] == u"local-part"_s);

    for (const QString &bad : {u"provider-id"_s, u"nickname"_s}) {
        smtp[u"username"_s] = bad;
        o[u"smtp"_s] = smtp;
        CHECK_FALSE(Provider::fromJson(o, u"gmail.json"_s, &error));
        CHECK(error.kind == ProviderFileError::Kind::BadValue);
        CHECK(error.field == u"smtp.username"_s);
    }
    smtp.remove(u"username"_s);
    smtp[u"user"_s] = u"address"_s;  // a misspelt key is an error, not ignored
    o[u"smtp"_s] = smtp;
    CHECK_FALSE(Provider::fromJson(o, u"gmail.json"_s, &error));
}

TEST_CASE("a provider survives toJson → fromJson unchanged", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        ProviderFileError error;
        const auto again = Provider::fromJson(p.toJson(), p.id + u".json"_s, &error);
        INFO(error.field.toStdString() << " " << toString(error.kind).toStdString());
        REQUIRE(again.has_value());
        REQUIRE(*again == p);
    }
}

TEST_CASE("provider JSON output has the keys scripts rely on", "[providers][files]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        const QJsonObject o = p.toJson();
        for (const QString &key :
             {u"id"_s, u"name"_s, u"domains"_s, u"imap"_s, u"smtp"_s, u"imapAlternatives"_s, u"smtpAlternatives"_s,
              u"username"_s, u"auth"_s, u"portal"_s, u"steps"_s, u"uncertain"_s})
            REQUIRE(o.contains(key));
        REQUIRE(o[u"name"_s].toObject().contains(u"ja"_s));
        REQUIRE(o[u"imap"_s].toObject().keys() == QStringList{u"host"_s, u"port"_s, u"security"_s});
        REQUIRE(o[u"portal"_s].toObject().contains(u"url"_s));
        REQUIRE(o[u"steps"_s].toObject()[u"en"_s].isArray());
    }
}
