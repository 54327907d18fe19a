#include "setup/AccountProfile.h"

#include "providers/ProviderDatabase.h"

#include <algorithm>

namespace ipw {
namespace {

ServerAddress trimmed(ServerAddress server)
{
    server.host = server.host.trimmed();
    return server;
}

}  // namespace

ServerEndpoint endpointFor(const ServerAddress &server, const ProviderDatabase &providers)
{
    ServerEndpoint endpoint{trimmed(server), {}};
    for (const TlsQuirk quirk : providers.quirksForHost(endpoint.host)) {
        switch (quirk) {
        case TlsQuirk::LegacyRenegotiation:
            endpoint.quirks.allowLegacyRenegotiation = true;
            break;
        }
    }
    return endpoint;
}

CheckSettings AccountProfile::checkSettings(const ProviderDatabase &providers,
                                            const QList<QSslCertificate> &extraCaCertificates) const
{
    CheckSettings settings;
    settings.imap = endpointFor(imap, providers);
    if (smtp && smtp->hasHost())
        settings.smtp = endpointFor(*smtp, providers);
    settings.loginName = loginName;
    if (smtpLoginName && *smtpLoginName != loginName)
        settings.smtpLoginName = smtpLoginName;
    settings.extraCaCertificates = extraCaCertificates;
    settings.pinnedCertificates = pinnedCertificates;
    settings.allowPlaintext = allowPlaintext;
    settings.credential = auth == Auth::OAuth2 ? Credential::OAuthAccessToken : Credential::Password;
    // The provider's auth fact, not its host names: a provider that lists browser sign-in only (Outlook.com)
    // refuses every password, so a refusal there means "sign in with the browser", not "wrong password".
    if (const Provider *provider = providerId.isEmpty() ? nullptr : providers.byId(providerId))
        settings.passwordsRetired =
            !provider->auth.isEmpty() && std::all_of(provider->auth.cbegin(), provider->auth.cend(),
                                                     [](AuthMethod m) { return m == AuthMethod::OAuth2; });
    return settings;
}

SavedAccount AccountProfile::toSaved() const
{
    SavedAccount account;
    account.address = address.trimmed();
    account.providerId = providerId;
    account.loginName = loginName;
    if (smtpLoginName && *smtpLoginName != loginName)
        account.smtpLogin = smtpLoginName;
    account.imap = trimmed(imap);
    if (smtp && smtp->hasHost())
        account.smtp = trimmed(*smtp);
    account.pinnedCertificates = pinnedCertificates;
    if (auth == Auth::OAuth2)
        account.oauth = oauth;
    account.discovery = discovery;
    return account;
}

bool AccountProfile::needsPlaintext() const
{
    return imap.security == Security::None || (smtp && smtp->hasHost() && smtp->security == Security::None);
}

AccountProfile AccountProfile::fromSaved(const SavedAccount &account)
{
    AccountProfile profile;
    profile.address = account.address;
    profile.providerId = account.providerId;
    profile.loginName = account.loginName;
    profile.smtpLoginName = account.smtpLogin;
    profile.imap = account.imap;
    profile.smtp = account.smtp;
    profile.auth = account.oauth ? Auth::OAuth2 : Auth::Password;
    profile.oauth = account.oauth;
    profile.pinnedCertificates = account.pinnedCertificates;
    profile.discovery = account.discovery;
    // Never from the file: accounts.json is writable by any process of the user, so a saved "none" server gets
    // the password in clear only after the user agreed in this run (the wizard asks, the CLI needs
    // --allow-plaintext). needsPlaintext() says whether to ask.
    profile.allowPlaintext = false;
    return profile;
}

}  // namespace ipw
