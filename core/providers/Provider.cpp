#include "providers/Provider.h"

#include <QJsonArray>

namespace ipw {
namespace {

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

QJsonObject pageJson(const WebPage &page)
{
    return QJsonObject{{QStringLiteral("name"), textJson(page.name)}, {QStringLiteral("url"), page.url}};
}

}  // namespace

bool Provider::isUncertain(QStringView field) const
{
    for (const QString &u : uncertain) {
        if (field == u || (field.startsWith(u) && field.size() > u.size() && field[u.size()] == u'.'))
            return true;
    }
    return false;
}

std::optional<QString> loginNameFor(UsernameRule rule, QStringView address)
{
    QStringView trimmed = address.trimmed();
    if (trimmed.endsWith(u'.'))  // "taro@docomo.ne.jp." is the same address
        trimmed.chop(1);
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return std::nullopt;
    switch (rule) {
    case UsernameRule::Address:
        return trimmed.toString();
    case UsernameRule::LocalPart:
        return trimmed.left(at).toString();
    case UsernameRule::ProviderId:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> Provider::loginName(QStringView address) const
{
    return loginNameFor(username, address);
}

QList<ServerSettings> Provider::allServers() const
{
    QList<ServerSettings> all;
    all.append(imap);
    all.append(imapAlternatives);
    all.append(smtp);
    all.append(smtpAlternatives);
    return all;
}

QJsonObject Provider::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), textJson(name));
    o.insert(QStringLiteral("searchTerms"), QJsonArray::fromStringList(searchTerms));
    o.insert(QStringLiteral("domains"), QJsonArray::fromStringList(domains));
    o.insert(QStringLiteral("imap"), serverJson(imap));
    o.insert(QStringLiteral("imapAlternatives"), serversJson(imapAlternatives));
    o.insert(QStringLiteral("smtp"), serverJson(smtp));
    o.insert(QStringLiteral("smtpAlternatives"), serversJson(smtpAlternatives));
    o.insert(QStringLiteral("username"), toString(username));
    if (!usernameHelp.isEmpty())
        o.insert(QStringLiteral("usernameHelp"), textJson(usernameHelp));
    QJsonArray authArray;
    for (AuthMethod m : auth)
        authArray.append(toString(m));
    o.insert(QStringLiteral("auth"), authArray);
    QJsonObject pre;
    for (auto it = authPrerequisites.begin(); it != authPrerequisites.end(); ++it)
        pre.insert(toString(it.key()), listJson(it.value()));
    o.insert(QStringLiteral("authPrerequisites"), pre);
    o.insert(QStringLiteral("passwordName"), textJson(passwordName));
    o.insert(QStringLiteral("portal"), pageJson(portal));
    o.insert(QStringLiteral("steps"), listJson(steps));
    o.insert(QStringLiteral("reissueSteps"), listJson(reissueSteps));
    o.insert(QStringLiteral("preconditions"), listJson(preconditions));
    QJsonObject enable{{QStringLiteral("required"), toString(imapEnable.required)}};
    if (!imapEnable.where.isEmpty())
        enable.insert(QStringLiteral("where"), textJson(imapEnable.where));
    if (!imapEnable.url.isEmpty())
        enable.insert(QStringLiteral("url"), imapEnable.url);
    o.insert(QStringLiteral("imapEnable"), enable);
    QJsonObject rules{{QStringLiteral("chosenBy"), toString(passwordRules.chosenBy)}};
    if (passwordRules.minLength)
        rules.insert(QStringLiteral("minLength"), *passwordRules.minLength);
    if (passwordRules.maxLength)
        rules.insert(QStringLiteral("maxLength"), *passwordRules.maxLength);
    if (!passwordRules.description.isEmpty())
        rules.insert(QStringLiteral("description"), textJson(passwordRules.description));
    o.insert(QStringLiteral("passwordRules"), rules);
    QJsonArray quirks;
    for (const TlsQuirkEntry &q : tlsQuirks)
        quirks.append(QJsonObject{{QStringLiteral("host"), q.host},
                                  {QStringLiteral("quirk"), toString(q.quirk)},
                                  {QStringLiteral("note"), textJson(q.note)}});
    o.insert(QStringLiteral("tlsQuirks"), quirks);
    if (statusPage)
        o.insert(QStringLiteral("statusPage"), pageJson(*statusPage));
    if (supportPage)
        o.insert(QStringLiteral("supportPage"), pageJson(*supportPage));
    if (oauth2) {
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
        o.insert(QStringLiteral("oauth2"), e);
    }
    o.insert(QStringLiteral("uncertain"), QJsonArray::fromStringList(uncertain));
    QJsonObject refs;
    for (auto it = references.begin(); it != references.end(); ++it) {
        QJsonObject ref{{QStringLiteral("title"), it->title},
                        {QStringLiteral("checked"), it->checked.toString(Qt::ISODate)}};
        if (!it->url.isEmpty())
            ref.insert(QStringLiteral("url"), it->url);
        refs.insert(it.key(), ref);
    }
    o.insert(QStringLiteral("references"), refs);
    QJsonObject src;
    for (auto it = sources.begin(); it != sources.end(); ++it)
        src.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("sources"), src);
    return o;
}

}  // namespace ipw
