#pragma once

#include "AccountDraft.h"
#include "common/EndpointSettings.h"
#include "net/CheckSettings.h"

#include <QList>
#include <QSslCertificate>

namespace ipw {

class ProviderDatabase;

/// The settings for a connection check of the draft: IMAP always, SMTP when the user wants it checked, each host
/// with the TLS quirks the provider database records for it (endpointFor(), also for hosts typed by hand: nowhere
/// else is TLS relaxed), the certificates the user trusted (draft.pinnedCertificates), plaintext only where the user
/// allowed it. The password is not part of them: it goes to ConnectionCheck separately.
///
///     ConnectionCheck check(checkSettingsFor(draft, providers, extraCas), draft.password);
CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates = {});

}  // namespace ipw
