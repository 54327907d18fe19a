#pragma once
// The CredentialStore on top of qtkeychain: macOS Keychain, Windows Credential Manager, and on Linux the Secret
// Service through libsecret (gnome-keyring, KeePassXC, KWallet ≥ 5.97) or KWallet. Insecure fallback is off.
//
//     ipw::QtKeychainCredentialStore store;
//     auto *job = store.read({u"imap-password-wizard"_s, u"account:alice@example.com"_s});
//     QObject::connect(job, &ipw::CredentialJob::finished, [](ipw::CredentialJob *job) { … job->deleteLater(); });
//     job->start();

#include "keychain/CredentialStore.h"
#include "keychain/SecretServiceProbe.h"

#include <qt6keychain/keychain.h>

namespace ipw {

class QtKeychainCredentialStore final : public CredentialStore {
public:
    CredentialJob *write(const CredentialId &id, const QString &secret, QObject *parent = nullptr) override;
    CredentialJob *read(const CredentialId &id, QObject *parent = nullptr) override;
    CredentialJob *remove(const CredentialId &id, QObject *parent = nullptr) override;

    /// Pure: the typed error for qtkeychain's code, given what the session bus said afterwards
    /// (SecretServiceState::Unknown where there is no D-Bus Secret Service, e.g. macOS and Windows).
    static KeychainError classify(CredentialJob::Operation operation, QKeychain::Error code, SecretServiceState state);
};

}  // namespace ipw
