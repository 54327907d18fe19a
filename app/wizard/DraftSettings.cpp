#include "DraftSettings.h"

#include "providers/ProviderDatabase.h"

namespace ipw {

CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates)
{
    CheckSettings settings;
    ServerSettings imap = draft.imap;
    imap.host = imap.host.trimmed();
    settings.imap = endpointFor(imap, providers);
    if (draft.checkSmtp && draft.smtp.hasHost()) {
        ServerSettings smtp = draft.smtp;
        smtp.host = smtp.host.trimmed();
        settings.smtp = endpointFor(smtp, providers);
    }
    settings.loginName = draft.loginName;
    settings.extraCaCertificates = extraCaCertificates;
    settings.pinnedCertificates = draft.pinnedCertificates;
    settings.allowPlaintext = draft.allowPlaintext;
    return settings;
}

}  // namespace ipw
