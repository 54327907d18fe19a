#pragma once
// Between the tester's settings and a saved account (the non-secret part kept in the accounts file).

#include "accounts/SavedAccount.h"
#include "net/CheckSettings.h"
#include "providers/ProviderDatabase.h"

namespace ipw::cli {

/// The settings to check a saved account again: its servers (with the TLS quirks the provider database records
/// for their hosts), login name and pinned certificates.
CheckSettings settingsFromSaved(const SavedAccount &account, const ProviderDatabase &providers);

/// What a verified check leaves in the accounts file for `address` (no secret: the password goes to the keychain).
SavedAccount savedFromSettings(const CheckSettings &settings, const QString &address, const QString &providerId);

}  // namespace ipw::cli
