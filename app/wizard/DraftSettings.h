#pragma once

#include "AccountDraft.h"
#include "net/CheckSettings.h"

#include <QList>
#include <QSslCertificate>

namespace ipw {

class ProviderDatabase;

/// The provider files' security enum and the tester's are spelled alike; these convert one into the other.
Security toSecurity(ServerSecurity security);
ServerSecurity toServerSecurity(Security security);

/// One server of the draft as the tester wants it. The TLS quirks come from the provider database for this very
/// host (ProviderDatabase::quirksForHost), also when the host was typed by hand: nowhere else is TLS relaxed.
ServerEndpoint endpointFor(const ServerSettings &server, const ProviderDatabase &providers);

/// The settings for a connection check of the draft: IMAP always, SMTP when the user wants it checked, the
/// certificates the user trusted (draft.pinnedCertificates), plaintext only where the user allowed it. The password
/// is not part of them: it goes to ConnectionCheck separately.
///
///     ConnectionCheck check(checkSettingsFor(draft, providers, extraCas), draft.password);
CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates = {});

}  // namespace ipw
