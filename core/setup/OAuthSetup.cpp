#include "setup/OAuthSetup.h"

namespace ipw {

namespace {

QStringList hostsOf(const Provider &provider)
{
    QStringList hosts;
    for (const ServerSettings &server : provider.allServers()) {
        if (!server.host.isEmpty())
            hosts.append(server.host);
    }
    return hosts;
}

}  // namespace

OAuthSetup oauthSetupFor(const Provider &provider, const OAuthClients &clients, const QString &address,
                         const KnownIssuers &known)
{
    OAuthSetup setup;
    if (!provider.oauth2 || !provider.auth.contains(AuthMethod::OAuth2))
        return setup;
    const OAuth2Endpoints &endpoints = *provider.oauth2;
    setup.offered = true;
    // A provider file without an issuer still needs a key for its client registration: the authorization host.
    setup.issuer = endpoints.issuer.isEmpty() ? QUrl(endpoints.authUrl).host() : endpoints.issuer;
    const auto client = clients.forIssuer(setup.issuer);
    if (!client)
        return setup;

    OAuthSettings s;
    s.authorizeUrl = QUrl(endpoints.authUrl);
    s.tokenUrl = QUrl(endpoints.tokenUrl);
    s.clientId = client->clientId;
    s.clientSecret = client->clientSecret;
    s.scopes = endpoints.scopes;
    s.redirectHost = redirectHostFromString(endpoints.redirectHost);
    s.loginHint = address.trimmed();
    s.extraAuthorizeParameters = endpoints.authParams;
    setup.binding = known.check(s, hostsOf(provider), clients);
    if (setup.binding != OAuthBinding::Allowed)
        return setup;
    setup.configured = true;
    setup.settings = s;
    return setup;
}

RedirectHost redirectHostFromString(QStringView host)
{
    return host == u"localhost" ? RedirectHost::Localhost : RedirectHost::Ipv4Loopback;
}

QString toString(RedirectHost host)
{
    return host == RedirectHost::Localhost ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1");
}

SavedOAuth savedOAuthFor(const OAuthSettings &settings, const QString &issuer)
{
    return SavedOAuth{issuer.isEmpty() ? settings.authorizeUrl.host() : issuer,
                      settings.authorizeUrl.toString(),
                      settings.tokenUrl.toString(),
                      settings.clientId,
                      settings.scopes,
                      toString(settings.redirectHost)};
}

OAuthSettings oauthSettingsForSaved(const SavedOAuth &saved, const OAuthClients &clients, const KnownIssuers &known)
{
    OAuthSettings s;
    s.authorizeUrl = QUrl(saved.authorizeUrl);
    s.tokenUrl = QUrl(saved.tokenUrl);
    QString issuer = saved.issuer;
    const Provider *provider = known.providerFor(saved.issuer);
    if (!provider) {  // a file whose issuer was changed but which kept this installation's client for a known one
        provider = known.providerForClient(saved.clientId, clients);
        if (provider)
            issuer = issuerOf(*provider->oauth2);
    }
    if (provider) {
        s.authorizeUrl = QUrl(provider->oauth2->authUrl);
        s.tokenUrl = QUrl(provider->oauth2->tokenUrl);
    }
    s.clientId = saved.clientId;
    s.scopes = saved.scopes;
    s.redirectHost = redirectHostFromString(saved.redirectHost);
    if (const auto client = clients.forIssuer(issuer); client && client->clientId == saved.clientId)
        s.clientSecret = client->clientSecret;
    return s;
}

QStringList mailHostsOf(const CheckSettings &settings)
{
    QStringList hosts;
    if (settings.imap)
        hosts.append(settings.imap->host);
    if (settings.smtp)
        hosts.append(settings.smtp->host);
    return hosts;
}

}  // namespace ipw
