#include "DraftSettings.h"

#include "providers/ProviderDatabase.h"

namespace ipw {

AccountProfile profileOf(const AccountDraft &draft, const ProviderDatabase &providers)
{
    AccountProfile profile;
    profile.address = draft.address.trimmed();
    const Provider *provider = providers.byId(draft.providerId);
    profile.providerId = provider && provider->manualServers ? QString() : draft.providerId;
    profile.loginName = draft.loginName;
    if (draft.smtpLoginName && *draft.smtpLoginName != draft.loginName)
        profile.smtpLoginName = draft.smtpLoginName;
    profile.imap = draft.imap;
    if (draft.checkSmtp && draft.smtp.hasHost())
        profile.smtp = ServerAddress(draft.smtp);
    profile.auth = draft.browserSignIn ? AccountProfile::Auth::OAuth2 : AccountProfile::Auth::Password;
    profile.oauth = draft.oauth;
    profile.pinnedCertificates = draft.pinnedCertificates;
    profile.allowPlaintext = draft.allowPlaintext;
    profile.discovery = draft.discovered ? draft.discovered->originFor(profile) : std::nullopt;
    return profile;
}

CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates)
{
    return profileOf(draft, providers).checkSettings(providers, extraCaCertificates);
}

}  // namespace ipw
