#pragma once

#include "AccountDraft.h"
#include "setup/AccountProfile.h"

#include <QList>
#include <QSslCertificate>

namespace ipw {

class ProviderDatabase;

/// The account profile the draft stands for: IMAP always, SMTP when the user wants it checked, browser sign-in or
/// password, the certificates the user trusted, plaintext only where the user allowed it. Servers typed at the
/// manual entry (Provider::manualServers) belong to no provider: the profile's providerId is empty. Where discovery
/// found the servers goes with them while they are still the ones found.
AccountProfile profileOf(const AccountDraft &draft, const ProviderDatabase &providers);

/// The settings for a connection check of the draft (AccountProfile::checkSettings: each host with the TLS quirks
/// the provider database records for it). The password is not part of them: it goes to ConnectionCheck separately.
///
///     ConnectionCheck check(checkSettingsFor(draft, providers, extraCas), Secret::fromString(draft.password));
CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates = {});

}  // namespace ipw
