#include "providers/ProviderSchema.h"

#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ipw::detail {
namespace {

// How the values inside a provider file are written (the readers are JsonFieldReader and the section readers).

QJsonObject textJson(const LocalizedText &t)
{
    return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

QJsonObject listJson(const LocalizedList &l)
{
    return QJsonObject{{QStringLiteral("ja"), QJsonArray::fromStringList(l.ja)},
                       {QStringLiteral("en"), QJsonArray::fromStringList(l.en)}};
}

QJsonObject serverJson(const ServerSettings &s)
{
    QJsonObject o{{QStringLiteral("host"), s.host},
                  {QStringLiteral("port"), static_cast<int>(s.port)},
                  {QStringLiteral("security"), toString(s.security)}};
    if (!s.note.isEmpty())
        o.insert(QStringLiteral("note"), textJson(s.note));
    return o;
}

QJsonArray serversJson(const QList<ServerSettings> &list)
{
    QJsonArray a;
    for (const ServerSettings &s : list)
        a.append(serverJson(s));
    return a;
}

QJsonValue pageJson(const std::optional<WebPage> &page)
{
    if (!page)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonObject{{QStringLiteral("name"), textJson(page->name)}, {QStringLiteral("url"), page->url}};
}

QJsonArray authJson(const QList<AuthMethod> &methods)
{
    QJsonArray a;
    for (AuthMethod m : methods)
        a.append(toString(m));
    return a;
}

QJsonObject authPrerequisitesJson(const QMap<AuthMethod, LocalizedList> &prerequisites)
{
    QJsonObject o;
    for (auto it = prerequisites.begin(); it != prerequisites.end(); ++it)
        o.insert(toString(it.key()), listJson(it.value()));
    return o;
}

QJsonObject imapEnableJson(const ImapEnable &enable)
{
    QJsonObject o{{QStringLiteral("required"), toString(enable.required)}};
    if (!enable.where.isEmpty())
        o.insert(QStringLiteral("where"), textJson(enable.where));
    if (!enable.url.isEmpty())
        o.insert(QStringLiteral("url"), enable.url);
    return o;
}

QJsonObject passwordRulesJson(const PasswordRules &rules)
{
    QJsonObject o{{QStringLiteral("chosenBy"), toString(rules.chosenBy)}};
    if (rules.minLength)
        o.insert(QStringLiteral("minLength"), *rules.minLength);
    if (rules.maxLength)
        o.insert(QStringLiteral("maxLength"), *rules.maxLength);
    if (!rules.description.isEmpty())
        o.insert(QStringLiteral("description"), textJson(rules.description));
    if (rules.shape != PasswordShape::Any)
        o.insert(QStringLiteral("shape"), toString(rules.shape));
    return o;
}

QJsonArray tlsQuirksJson(const QList<TlsQuirkEntry> &quirks)
{
    QJsonArray a;
    for (const TlsQuirkEntry &q : quirks)
        a.append(QJsonObject{{QStringLiteral("host"), q.host},
                             {QStringLiteral("quirk"), toString(q.quirk)},
                             {QStringLiteral("note"), textJson(q.note)}});
    return a;
}

QJsonValue oauth2Json(const std::optional<OAuth2Endpoints> &oauth2)
{
    if (!oauth2)
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject e{{QStringLiteral("authUrl"), oauth2->authUrl},
                  {QStringLiteral("tokenUrl"), oauth2->tokenUrl},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(oauth2->scopes)}};
    if (!oauth2->issuer.isEmpty())
        e.insert(QStringLiteral("issuer"), oauth2->issuer);
    if (oauth2->redirectHost != u"127.0.0.1")
        e.insert(QStringLiteral("redirectHost"), oauth2->redirectHost);
    if (!oauth2->authParams.isEmpty()) {
        QJsonObject params;
        for (auto it = oauth2->authParams.begin(); it != oauth2->authParams.end(); ++it)
            params.insert(it.key(), it.value());
        e.insert(QStringLiteral("authParams"), params);
    }
    if (!oauth2->signInName.isEmpty()) {
        e.insert(QStringLiteral("signInName"), QJsonObject{{QStringLiteral("ja"), oauth2->signInName.ja},
                                                           {QStringLiteral("en"), oauth2->signInName.en}});
    }
    return e;
}

QJsonObject referencesJson(const QMap<QString, Reference> &references)
{
    QJsonObject o;
    for (auto it = references.begin(); it != references.end(); ++it) {
        QJsonObject ref{{QStringLiteral("title"), it->title},
                        {QStringLiteral("checked"), it->checked.toString(Qt::ISODate)}};
        if (!it->url.isEmpty())
            ref.insert(QStringLiteral("url"), it->url);
        o.insert(it.key(), ref);
    }
    return o;
}

QJsonObject sourcesJson(const QMap<QString, QStringList> &sources)
{
    QJsonObject o;
    for (auto it = sources.begin(); it != sources.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

constexpr QStringView kServerParts[] = {u"host", u"port", u"security"};
// SMTP may log in with a name of its own (iCloud: the full address, where IMAP takes the name before the @).
constexpr QStringView kSmtpParts[] = {u"host", u"port", u"security", u"username"};
constexpr QStringView kPageParts[] = {u"name", u"url"};
constexpr QStringView kImapEnableParts[] = {u"required", u"where", u"url"};
constexpr QStringView kPasswordRulesParts[] = {u"chosenBy", u"minLength", u"maxLength", u"description", u"shape"};
constexpr QStringView kOAuth2Parts[] = {u"issuer",       u"authUrl",    u"tokenUrl",  u"scopes",
                                        u"redirectHost", u"authParams", u"signInName"};

using P = const Provider &;
using V = QJsonValue;
constexpr auto kRequired = Presence::Required;
constexpr auto kOptional = Presence::Optional;
constexpr auto kNoSource = SourceRule::None;
constexpr auto kSource = SourceRule::Always;
constexpr auto kSourceWhenStated = SourceRule::WhenStated;

// clang-format off
constexpr ProviderKey kSchema[] = {
    {u"format", kRequired, kNoSource, {}, [](P) -> V { return 1; }},
    {u"id", kRequired, kNoSource, {}, [](P p) -> V { return p.id; }},
    {u"uncertain", kRequired, kNoSource, {}, [](P p) -> V { return QJsonArray::fromStringList(p.uncertain); }},
    {u"name", kRequired, kSource, {}, [](P p) -> V { return textJson(p.name); }},
    {u"searchTerms", kRequired, kNoSource, {}, [](P p) -> V { return QJsonArray::fromStringList(p.searchTerms); }},
    {u"domains", kRequired, kSourceWhenStated, {},
     [](P p) -> V { return QJsonArray::fromStringList(p.domains); },
     [](P p) { return !p.domains.isEmpty(); }},
    {u"subdomains", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return p.subdomains ? V(true) : V(V::Undefined); },
     [](P p) { return p.subdomains; }},
    {u"noImap", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return p.noImap.isEmpty() ? V(V::Undefined) : V(textJson(p.noImap)); },
     [](P p) { return !p.noImap.isEmpty(); }},
    {u"imap", kRequired, kSource, kServerParts, [](P p) -> V { return serverJson(p.imap); }},
    {u"imapAlternatives", kRequired, kSourceWhenStated, {},
     [](P p) -> V { return serversJson(p.imapAlternatives); },
     [](P p) { return !p.imapAlternatives.isEmpty(); }},
    {u"smtp", kRequired, kSource, kSmtpParts,
     [](P p) -> V {
         QJsonObject o = serverJson(p.smtp);
         if (p.smtpUsername)
             o.insert(QStringLiteral("username"), toString(*p.smtpUsername));
         return o;
     }},
    {u"smtpAlternatives", kRequired, kSourceWhenStated, {},
     [](P p) -> V { return serversJson(p.smtpAlternatives); },
     [](P p) { return !p.smtpAlternatives.isEmpty(); }},
    {u"username", kRequired, kSource, {}, [](P p) -> V { return toString(p.username); }},
    {u"usernameHelp", Presence::RequiredForProviderId, kNoSource, {},
     [](P p) -> V { return p.usernameHelp.isEmpty() ? V(V::Undefined) : V(textJson(p.usernameHelp)); }},
    {u"auth", kRequired, kSource, {}, [](P p) -> V { return authJson(p.auth); }},
    {u"authPrerequisites", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return authPrerequisitesJson(p.authPrerequisites); },
     [](P p) { return !p.authPrerequisites.isEmpty(); }},
    {u"passwordName", kRequired, kSource, {}, [](P p) -> V { return textJson(p.passwordName); }},
    {u"passwordAction", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return p.passwordAction ? V(toString(*p.passwordAction)) : V(V::Undefined); },
     [](P p) { return p.passwordAction.has_value(); }},
    {u"portal", kRequired, kSource, kPageParts, [](P p) -> V { return pageJson(p.portal); }},
    {u"steps", kRequired, kSource, {}, [](P p) -> V { return listJson(p.steps); }},
    {u"reissueSteps", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return listJson(p.reissueSteps); },
     [](P p) { return !p.reissueSteps.isEmpty(); }},
    {u"preconditions", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return listJson(p.preconditions); },
     [](P p) { return !p.preconditions.isEmpty(); }},
    {u"imapEnable", kRequired, kSource, kImapEnableParts, [](P p) -> V { return imapEnableJson(p.imapEnable); }},
    {u"passwordRules", kRequired, kSource, kPasswordRulesParts,
     [](P p) -> V { return passwordRulesJson(p.passwordRules); }},
    {u"tlsQuirks", kRequired, kSourceWhenStated, {},
     [](P p) -> V { return tlsQuirksJson(p.tlsQuirks); },
     [](P p) { return !p.tlsQuirks.isEmpty(); }},
    {u"statusPage", kOptional, kSourceWhenStated, kPageParts,
     [](P p) -> V { return pageJson(p.statusPage); },
     [](P p) { return p.statusPage.has_value(); }},
    {u"supportPage", kOptional, kSourceWhenStated, kPageParts,
     [](P p) -> V { return pageJson(p.supportPage); },
     [](P p) { return p.supportPage.has_value(); }},
    {u"carrierProfile", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return p.carrierProfile.isEmpty() ? V(V::Undefined) : V(textJson(p.carrierProfile)); },
     [](P p) { return !p.carrierProfile.isEmpty(); }},
    {u"mxPatterns", kOptional, kSourceWhenStated, {},
     [](P p) -> V { return p.mxPatterns.isEmpty() ? V(V::Undefined) : V(QJsonArray::fromStringList(p.mxPatterns)); },
     [](P p) { return !p.mxPatterns.isEmpty(); }},
    {u"oauth2", kOptional, kSourceWhenStated, kOAuth2Parts,
     [](P p) -> V { return oauth2Json(p.oauth2); },
     [](P p) { return p.oauth2.has_value(); }},
    // How the wizard treats the entry (the catch-all "Other provider": the user types the servers), not a fact about
    // a provider: no source.
    {u"manualServers", kOptional, kNoSource, {},
     [](P p) -> V { return p.manualServers ? V(true) : V(V::Undefined); }},
    {u"references", kRequired, kNoSource, {}, [](P p) -> V { return referencesJson(p.references); }},
    {u"sources", kRequired, kNoSource, {}, [](P p) -> V { return sourcesJson(p.sources); }},
};
// clang-format on

}  // namespace

QStringList ProviderKey::partNames() const
{
    QStringList names;
    for (QStringView part : parts)
        names.append(part.toString());
    return names;
}

std::span<const ProviderKey> providerSchema()
{
    return kSchema;
}

const ProviderKey *providerKey(QStringView key)
{
    const auto it =
        std::find_if(std::begin(kSchema), std::end(kSchema), [&](const ProviderKey &k) { return k.key == key; });
    return it == std::end(kSchema) ? nullptr : it;
}

const QStringList &providerKeyNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const ProviderKey &k : kSchema)
            all.append(k.key.toString());
        return all;
    }();
    return names;
}

bool isUncertainFieldName(const QString &name)
{
    const QString head = name.section(u'.', 0, 0);
    const QString tail = name.section(u'.', 1);
    const ProviderKey *k = providerKey(head);
    if (!k || !k->isFact())
        return false;
    return tail.isEmpty() || std::find(k->parts.begin(), k->parts.end(), QStringView(tail)) != k->parts.end();
}

}  // namespace ipw::detail
