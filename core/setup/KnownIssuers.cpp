#include "setup/KnownIssuers.h"

#include "types/HostName.h"

#include <algorithm>

namespace ipw {
namespace {

bool sameEndpoint(const QUrl &a, const QString &b)
{
    return a.adjusted(QUrl::NormalizePathSegments) == QUrl(b).adjusted(QUrl::NormalizePathSegments);
}

bool servesHost(const Provider &provider, const QString &host)
{
    const QList<ServerSettings> servers = provider.allServers();
    return std::any_of(servers.cbegin(), servers.cend(),
                       [&](const ServerSettings &s) { return normalizedHostName(s.host) == host; });
}

}  // namespace

QString issuerOf(const OAuth2Endpoints &endpoints)
{
    return (endpoints.issuer.isEmpty() ? QUrl(endpoints.authUrl).host() : endpoints.issuer).trimmed().toLower();
}

KnownIssuers::KnownIssuers(const ProviderDatabase &builtIns)
{
    for (const Provider &p : builtIns.providers()) {
        if (p.oauth2)
            m_providers.append(p);
    }
}

const KnownIssuers &KnownIssuers::builtIn()
{
    static const KnownIssuers known(ProviderDatabase::builtIn());
    return known;
}

const Provider *KnownIssuers::providerFor(QStringView issuer) const
{
    const QString key = issuer.trimmed().toString().toLower();
    for (const Provider &p : m_providers) {
        if (issuerOf(*p.oauth2) == key)
            return &p;
    }
    return nullptr;
}

const Provider *KnownIssuers::providerForClient(const QString &clientId, const OAuthClients &clients) const
{
    if (clientId.isEmpty())
        return nullptr;
    for (const Provider &p : m_providers) {
        const auto client = clients.forIssuer(issuerOf(*p.oauth2));
        if (client && client->clientId == clientId)
            return &p;
    }
    return nullptr;
}

const Provider *KnownIssuers::providerWithEndpoints(const QUrl &authorizeUrl, const QUrl &tokenUrl) const
{
    for (const Provider &p : m_providers) {
        if (sameEndpoint(authorizeUrl, p.oauth2->authUrl) || sameEndpoint(tokenUrl, p.oauth2->tokenUrl))
            return &p;
    }
    return nullptr;
}

OAuthBinding KnownIssuers::clientAllowed(const OAuthSettings &settings, const OAuthClients &clients) const
{
    for (const Provider &p : m_providers) {
        const auto client = clients.forIssuer(issuerOf(*p.oauth2));
        if (!client)
            continue;
        const bool usesClient = settings.clientId == client->clientId ||
                                (!client->clientSecret.isEmpty() && settings.clientSecret == client->clientSecret);
        if (usesClient && !(sameEndpoint(settings.authorizeUrl, p.oauth2->authUrl) &&
                            sameEndpoint(settings.tokenUrl, p.oauth2->tokenUrl))) {
            return OAuthBinding::ForeignEndpoints;
        }
    }
    return OAuthBinding::Allowed;
}

OAuthBinding KnownIssuers::mailHostsAllowed(const OAuthSettings &settings, const QStringList &mailHosts) const
{
    const Provider *issuer = providerWithEndpoints(settings.authorizeUrl, settings.tokenUrl);
    if (!issuer)
        return OAuthBinding::Allowed;
    for (const QString &host : mailHosts) {
        if (!servesHost(*issuer, normalizedHostName(host)))
            return OAuthBinding::ForeignMailHosts;
    }
    return OAuthBinding::Allowed;
}

OAuthBinding KnownIssuers::check(const OAuthSettings &settings, const QStringList &mailHosts,
                                 const OAuthClients &clients) const
{
    const OAuthBinding client = clientAllowed(settings, clients);
    return client != OAuthBinding::Allowed ? client : mailHostsAllowed(settings, mailHosts);
}

}  // namespace ipw
