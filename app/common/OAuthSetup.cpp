#include "common/OAuthSetup.h"

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
    s.redirectHost = endpoints.redirectHost == u"localhost" ? RedirectHost::Localhost : RedirectHost::Ipv4Loopback;
    s.loginHint = address.trimmed();
    s.extraAuthorizeParameters = endpoints.authParams;
    setup.settings = s;
    return setup;
}

}  // namespace ipw
