// The section readers for servers, login, guidance, rules and OAuth2 (ProviderJsonSections.h). The identity, the
// uncertain list and the sources are in ProviderJson.cpp.
#include "providers/ProviderJsonSections.h"

#include "providers/ProviderSchema.h"
#include "types/HostName.h"

#include <algorithm>

namespace ipw::detail {
namespace {

using Kind = ProviderFileError::Kind;
using Reader = JsonFieldReader;

/// One server object, named `here` in errors, with the keys the table gives its main server (imap, smtp).
/// Alternatives may also have a note; only a main server's host may be empty, where `uncertain` lists it.
std::optional<ServerSettings> readServer(ProviderReading &c, const QJsonObject &o, const QString &here,
                                         const ProviderKey &main, bool isMain)
{
    Reader &r = c.r;
    QStringList known = main.partNames();
    if (!isMain)
        known.append(QStringLiteral("note"));
    if (!r.onlyKnownKeys(o, here, known))
        return std::nullopt;
    ServerSettings s;
    const auto host = r.string(o, here, QStringLiteral("host"), true, true);
    if (!host)
        return std::nullopt;
    const QString hostField = Reader::join(here, QStringLiteral("host"));
    // An empty host only for a main server the file marks uncertain (au), or in an entry with no IMAP at all.
    const bool mayBeEmpty = isMain && (c.p.isUncertain(hostField) || !c.p.offersImap());
    if (host->isEmpty() ? !mayBeEmpty : !isValidHostName(*host)) {
        r.fail(Kind::BadHost, hostField);
        return std::nullopt;
    }
    s.host = host->toLower();
    const auto port = r.integer(o, here, QStringLiteral("port"), true);
    if (!port)
        return std::nullopt;
    if (*port < 1 || *port > 65535) {
        r.fail(Kind::BadPort, Reader::join(here, QStringLiteral("port")));
        return std::nullopt;
    }
    s.port = static_cast<quint16>(*port);
    const auto security = r.enumValue<Security>(o, here, QStringLiteral("security"), true, &securityFromString);
    if (!security)
        return std::nullopt;
    s.security = *security;
    if (!isMain && o.contains(QStringLiteral("note"))) {
        const auto note = r.text(o, here, QStringLiteral("note"), true);
        if (!note)
            return std::nullopt;
        s.note = *note;
    }
    return s;
}

/// A main server ("imap") and its alternatives ("imapAlternatives"), in that order.
bool readServerPair(ProviderReading &c, const QString &mainKey, ServerSettings &main, const QString &alternativesKey,
                    QList<ServerSettings> &alternatives)
{
    Reader &r = c.r;
    const ProviderKey &schema = *providerKey(mainKey);
    const auto o = c.object(mainKey);
    const auto s = o ? readServer(c, *o, mainKey, schema, true) : std::nullopt;
    if (!s)
        return false;
    main = *s;
    const auto a = c.array(alternativesKey);
    if (!a)
        return false;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QString here = Reader::index(alternativesKey, i);
        if (!a->at(i).isObject())
            return r.fail(Kind::WrongType, here);
        const auto alternative = readServer(c, a->at(i).toObject(), here, schema, false);
        if (!alternative)
            return false;
        alternatives.append(*alternative);
    }
    return true;
}

/// A page for people ({"name", "url"}); its url may be "" where `uncertain` lists it.
std::optional<WebPage> readPage(ProviderReading &c, const QString &key)
{
    Reader &r = c.r;
    const auto o = c.object(key);
    if (!o || !r.onlyKnownKeys(*o, key, providerKey(key)->partNames()))
        return std::nullopt;
    const auto name = r.text(*o, key, QStringLiteral("name"), true);
    if (!name)
        return std::nullopt;
    const bool mayBeEmpty = c.p.isUncertain(Reader::join(key, QStringLiteral("url")));
    const auto url = r.url(*o, key, QStringLiteral("url"), true, mayBeEmpty);
    if (!url)
        return std::nullopt;
    return WebPage{*name, *url};
}

bool readImapEnable(ProviderReading &c)
{
    Reader &r = c.r;
    const QString key = QStringLiteral("imapEnable");
    const auto o = c.object(key);
    if (!o || !r.onlyKnownKeys(*o, key, providerKey(key)->partNames()))
        return false;
    const auto required = r.enumValue<YesNoUnknown>(*o, key, QStringLiteral("required"), true, &yesNoUnknownFromString);
    if (!required)
        return false;
    c.p.imapEnable.required = *required;
    if (auto where = r.text(*o, key, QStringLiteral("where"), false))
        c.p.imapEnable.where = *where;
    if (auto url = r.url(*o, key, QStringLiteral("url"), false))
        c.p.imapEnable.url = *url;
    return !r.failed();
}

bool readPasswordRules(ProviderReading &c)
{
    Reader &r = c.r;
    const QString key = QStringLiteral("passwordRules");
    PasswordRules &rules = c.p.passwordRules;
    const auto o = c.object(key);
    if (!o || !r.onlyKnownKeys(*o, key, providerKey(key)->partNames()))
        return false;
    const auto chosenBy =
        r.enumValue<PasswordChooser>(*o, key, QStringLiteral("chosenBy"), true, &passwordChooserFromString);
    if (!chosenBy)
        return false;
    rules.chosenBy = *chosenBy;
    for (const QString &bound : {QStringLiteral("minLength"), QStringLiteral("maxLength")}) {
        const auto n = r.integer(*o, key, bound, false);
        if (r.failed())
            return false;
        if (n && (*n < 1 || *n > 1024))
            return r.fail(Kind::BadValue, Reader::join(key, bound));
        (bound == u"minLength" ? rules.minLength : rules.maxLength) = n;
    }
    if (rules.minLength && rules.maxLength && *rules.minLength > *rules.maxLength)
        return r.fail(Kind::BadValue, Reader::join(key, QStringLiteral("maxLength")));
    if (auto d = r.text(*o, key, QStringLiteral("description"), false))
        rules.description = *d;
    if (r.failed())
        return false;
    if (auto shape = r.enumValue<PasswordShape>(*o, key, QStringLiteral("shape"), false, &passwordShapeFromString))
        rules.shape = *shape;
    return !r.failed();
}

/// TLS quirks, scoped to hosts this provider lists (so the servers must have been read).
bool readTlsQuirks(ProviderReading &c)
{
    Reader &r = c.r;
    const QString key = QStringLiteral("tlsQuirks");
    const auto a = c.array(key);
    if (!a)
        return false;
    const QList<ServerSettings> servers = c.p.allServers();
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QString here = Reader::index(key, i);
        if (!a->at(i).isObject())
            return r.fail(Kind::WrongType, here);
        const QJsonObject o = a->at(i).toObject();
        if (!r.onlyKnownKeys(o, here, {QStringLiteral("host"), QStringLiteral("quirk"), QStringLiteral("note")}))
            return false;
        TlsQuirkEntry e;
        const auto host = r.string(o, here, QStringLiteral("host"), true);
        if (!host)
            return false;
        const bool listed = std::any_of(servers.begin(), servers.end(), [&](const ServerSettings &s) {
            return s.host.compare(*host, Qt::CaseInsensitive) == 0;
        });
        if (!isValidHostName(*host) || !listed)
            return r.fail(Kind::BadHost, Reader::join(here, QStringLiteral("host")));
        e.host = host->toLower();
        const auto quirk = r.enumValue<TlsQuirk>(o, here, QStringLiteral("quirk"), true, &tlsQuirkFromString);
        if (!quirk)
            return false;
        e.quirk = *quirk;
        const auto note = r.text(o, here, QStringLiteral("note"), true);
        if (!note)
            return false;
        e.note = *note;
        c.p.tlsQuirks.append(e);
    }
    return true;
}

}  // namespace

bool ProviderReading::required(QStringView key) const
{
    const ProviderKey *k = providerKey(key);
    Q_ASSERT(k);  // a section reader asking about a key the table lacks is a bug in the reader
    switch (k ? k->presence : Presence::Optional) {
    case Presence::Required:
        return true;
    case Presence::Optional:
        return false;
    case Presence::RequiredForProviderId:
        return p.username == UsernameRule::ProviderId;
    }
    return false;
}

bool readServers(ProviderReading &c)
{
    const QString noImapKey = QStringLiteral("noImap");
    if (c.root.contains(noImapKey)) {
        const auto notice = c.r.text(c.root, {}, noImapKey, true);
        if (!notice)
            return false;
        c.p.noImap = *notice;
    }
    if (!readServerPair(c, QStringLiteral("imap"), c.p.imap, QStringLiteral("imapAlternatives"),
                        c.p.imapAlternatives) ||
        !readServerPair(c, QStringLiteral("smtp"), c.p.smtp, QStringLiteral("smtpAlternatives"), c.p.smtpAlternatives))
        return false;
    // "smtp": {"username": …}: SMTP's own login rule. Only a rule that gives a name from the address: an ID the
    // user copies from the provider is the IMAP login's business (usernameHelp says where to find it).
    const QString key = QStringLiteral("smtp");
    const QJsonObject smtp = c.root.value(key).toObject();
    if (!smtp.contains(QStringLiteral("username")))
        return true;
    const auto rule = c.r.enumValue<UsernameRule>(smtp, key, QStringLiteral("username"), true, &usernameRuleFromString);
    if (!rule)
        return false;
    if (*rule == UsernameRule::ProviderId)
        return c.r.fail(Kind::BadValue, Reader::join(key, QStringLiteral("username")));
    c.p.smtpUsername = *rule;
    return true;
}

bool readLogin(ProviderReading &c)
{
    Reader &r = c.r;
    Provider &p = c.p;
    const auto username = r.enumValue<UsernameRule>(c.root, {}, QStringLiteral("username"), c.required(u"username"),
                                                    &usernameRuleFromString);
    if (!username)
        return false;
    p.username = *username;
    if (auto help = r.text(c.root, {}, QStringLiteral("usernameHelp"), c.required(u"usernameHelp")))
        p.usernameHelp = *help;
    if (r.failed())
        return false;

    const auto auth = r.strings(c.root, {}, QStringLiteral("auth"), c.required(u"auth"));
    if (!auth)
        return false;
    if (auth->isEmpty())
        return r.fail(Kind::MissingField, QStringLiteral("auth"));
    for (qsizetype i = 0; i < auth->size(); ++i) {
        const auto m = authMethodFromString(auth->at(i));
        if (!m || p.auth.contains(*m))
            return r.fail(Kind::BadValue, Reader::index(QStringLiteral("auth"), i));
        p.auth.append(*m);
    }
    const QString key = QStringLiteral("authPrerequisites");
    if (const auto pre = c.object(key)) {
        for (auto it = pre->begin(); it != pre->end(); ++it) {
            const auto m = authMethodFromString(it.key());
            if (!m || !p.auth.contains(*m))
                return r.fail(Kind::BadValue, Reader::join(key, it.key()));
            const auto l = r.list(*pre, key, it.key(), true);
            if (!l)
                return false;
            p.authPrerequisites.insert(*m, *l);
        }
    }
    return !r.failed();
}

bool readGuidance(ProviderReading &c)
{
    Reader &r = c.r;
    Provider &p = c.p;
    const auto passwordName = r.text(c.root, {}, QStringLiteral("passwordName"), c.required(u"passwordName"));
    if (!passwordName)
        return false;
    p.passwordName = *passwordName;
    if (c.root.contains(QStringLiteral("passwordAction"))) {
        const auto action =
            r.enumValue<PasswordAction>(c.root, {}, QStringLiteral("passwordAction"), true, &passwordActionFromString);
        if (!action)
            return false;
        p.passwordAction = *action;
    }
    const auto portal = readPage(c, QStringLiteral("portal"));
    if (!portal)
        return false;
    p.portal = *portal;
    const auto steps = r.list(c.root, {}, QStringLiteral("steps"), c.required(u"steps"));
    if (!steps)
        return false;
    if (steps->ja.isEmpty())
        return r.fail(Kind::EmptyText, QStringLiteral("steps.ja"));
    p.steps = *steps;
    if (auto reissue = r.list(c.root, {}, QStringLiteral("reissueSteps"), c.required(u"reissueSteps")))
        p.reissueSteps = *reissue;
    if (auto pre = r.list(c.root, {}, QStringLiteral("preconditions"), c.required(u"preconditions")))
        p.preconditions = *pre;
    return !r.failed();
}

bool readRules(ProviderReading &c)
{
    return readImapEnable(c) && readPasswordRules(c) && readTlsQuirks(c);
}

bool readHelpPages(ProviderReading &c)
{
    if (auto page = readPage(c, QStringLiteral("statusPage")))
        c.p.statusPage = *page;
    if (auto page = readPage(c, QStringLiteral("supportPage")))
        c.p.supportPage = *page;
    if (auto text = c.r.text(c.root, {}, QStringLiteral("carrierProfile"), c.required(u"carrierProfile")))
        c.p.carrierProfile = *text;
    if (auto patterns = c.r.strings(c.root, {}, QStringLiteral("mxPatterns"), c.required(u"mxPatterns"))) {
        for (qsizetype i = 0; i < patterns->size(); ++i) {
            const QString &pattern = patterns->at(i);
            const QStringView host = pattern.startsWith(u"*.") ? QStringView(pattern).mid(2) : QStringView(pattern);
            if (!isValidHostName(host) || host != host.toString().toLower())
                return c.r.fail(Kind::BadHost, Reader::index(QStringLiteral("mxPatterns"), i));
        }
        c.p.mxPatterns = *patterns;
    }
    return !c.r.failed();
}

bool readOAuth2(ProviderReading &c)
{
    Reader &r = c.r;
    const QString key = QStringLiteral("oauth2");
    const auto o = c.object(key);
    if (!o)
        return !r.failed();
    if (!r.onlyKnownKeys(*o, key, providerKey(key)->partNames()))
        return false;
    OAuth2Endpoints e;
    if (auto issuer = r.string(*o, key, QStringLiteral("issuer"), false))
        e.issuer = *issuer;
    const auto authUrl = r.url(*o, key, QStringLiteral("authUrl"), true, false, true);
    const auto tokenUrl = authUrl ? r.url(*o, key, QStringLiteral("tokenUrl"), true, false, true) : std::nullopt;
    const auto scopes = tokenUrl ? r.strings(*o, key, QStringLiteral("scopes"), true) : std::nullopt;
    if (!scopes)
        return false;
    e.authUrl = *authUrl;
    e.tokenUrl = *tokenUrl;
    e.scopes = *scopes;
    if (auto host = r.string(*o, key, QStringLiteral("redirectHost"), false)) {
        if (*host != u"127.0.0.1" && *host != u"localhost")
            return r.fail(Kind::BadValue, key + QStringLiteral(".redirectHost"));
        e.redirectHost = *host;
    }
    if (const auto params = r.object(*o, key, QStringLiteral("authParams"), false)) {
        for (auto it = params->begin(); it != params->end(); ++it) {
            if (!it.value().isString())
                return r.fail(Kind::WrongType, key + QStringLiteral(".authParams.") + it.key());
            e.authParams.insert(it.key(), it.value().toString());
        }
    }
    if (o->contains(QStringLiteral("signInName"))) {
        const auto name = r.text(*o, key, QStringLiteral("signInName"), true);
        if (!name)
            return false;
        e.signInName = *name;
    }
    c.p.oauth2 = e;
    return !r.failed();
}

}  // namespace ipw::detail
