#include "DraftSettings.h"

#include "providers/ProviderDatabase.h"

namespace ipw {

AccountProfile profileOf(const AccountDraft &draft)
{
    AccountProfile profile;
    profile.address = draft.address.trimmed();
    profile.providerId = draft.providerId == u"other" ? QString() : draft.providerId;
    profile.loginName = draft.loginName;
    profile.imap = draft.imap;
    if (draft.checkSmtp && draft.smtp.hasHost())
        profile.smtp = ServerAddress(draft.smtp);
    profile.auth = draft.browserSignIn ? AccountProfile::Auth::OAuth2 : AccountProfile::Auth::Password;
    profile.oauth = draft.oauth;
    profile.pinnedCertificates = draft.pinnedCertificates;
    profile.allowPlaintext = draft.allowPlaintext;
    return profile;
}

CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates)
{
    return profileOf(draft).checkSettings(providers, extraCaCertificates);
}

}  // namespace ipw
