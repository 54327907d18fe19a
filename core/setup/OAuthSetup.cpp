#include "setup/OAuthSetup.h"

namespace ipw {

OAuthSetup oauthSetupFor(const Provider &provider, const OAuthClients &clients, const QString &address)
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
    setup.configured = true;

    OAuthSettings s;
    s.authorizeUrl = QUrl(endpoints.authUrl);
    s.tokenUrl = QUrl(endpoints.tokenUrl);
    s.clientId = client->clientId;
    s.clientSecret = client->clientSecret;
    s.scopes = endpoints.scopes;
    s.redirectHost = redirectHostFromString(endpoints.redirectHost);
    s.loginHint = address.trimmed();
    s.extraAuthorizeParameters = endpoints.authParams;
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

OAuthSettings oauthSettingsForSaved(const SavedOAuth &saved, const OAuthClients &clients)
{
    OAuthSettings s;
    s.authorizeUrl = QUrl(saved.authorizeUrl);
    s.tokenUrl = QUrl(saved.tokenUrl);
    s.clientId = saved.clientId;
    s.scopes = saved.scopes;
    s.redirectHost = redirectHostFromString(saved.redirectHost);
    if (const auto client = clients.forIssuer(saved.issuer); client && client->clientId == saved.clientId)
        s.clientSecret = client->clientSecret;
    return s;
}

}  // namespace ipw
