#include "providers/Provider.h"

#include "providers/ProviderSchema.h"

namespace ipw {

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

std::optional<QString> Provider::smtpLoginName(QStringView address) const
{
    if (!smtpUsername)
        return std::nullopt;
    return loginNameFor(*smtpUsername, address);
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

bool Provider::hostsMailFor(QStringView mxHost) const
{
    QString host = mxHost.toString().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    for (const QString &pattern : mxPatterns) {
        if (pattern.startsWith(u"*.") ? host.endsWith(QStringView(pattern).mid(1)) : host == pattern)
            return true;
    }
    return false;
}

QJsonObject Provider::toJson() const
{
    // Every key of the schema table, so that a key the reader knows is never left out here.
    QJsonObject o;
    for (const detail::ProviderKey &k : detail::providerSchema()) {
        const QJsonValue value = k.write(*this);
        if (!value.isUndefined())
            o.insert(k.key, value);
    }
    return o;
}

}  // namespace ipw
