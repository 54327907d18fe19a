#pragma once
// The credential store: a secret (a password) kept in the OS keychain under a service name and a key.
//
//     auto *job = store.write({u"imap-password-wizard"_s, u"account:alice@example.com"_s}, password, this);
//     connect(job, &ipw::CredentialJob::finished, this, [](ipw::CredentialJob *job) {
//         if (job->error()) { /* *job->error() is a KeychainError; job->errorDetails() the backend's text */ }
//         job->deleteLater();
//     });
//     job->start();
//
// Implementations: QtKeychainCredentialStore (macOS Keychain, Windows Credential Manager, Secret Service or
// KWallet on Linux). There is no plaintext fallback, by design: without a keychain the job fails with NoBackend.

#include "keychain/KeychainError.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ipw {

struct CredentialId {
    QString service;  ///< e.g. "imap-password-wizard"
    QString key;      ///< e.g. "account:alice@example.com" (the scheme is the caller's: see docs/keychain.md)
    friend bool operator==(const CredentialId &, const CredentialId &) = default;
};

/// One keychain operation. start() returns to the event loop first; exactly one finished() follows.
class CredentialJob : public QObject {
    Q_OBJECT
public:
    enum class Operation { Write, Read, Remove };

    Operation operation() const { return m_operation; }
    const CredentialId &id() const { return m_id; }

    virtual void start() = 0;

    bool isFinished() const { return m_finished; }
    /// std::nullopt when the operation succeeded (Remove of an absent entry succeeds).
    std::optional<KeychainError> error() const { return m_error; }
    /// The backend's own text (untranslated, for details and logs); never contains the secret.
    QString errorDetails() const { return m_errorDetails; }
    /// Read: the secret found. Empty otherwise. Callers must not log it.
    QString secret() const { return m_secret; }

Q_SIGNALS:
    void finished(ipw::CredentialJob *job);

protected:
    CredentialJob(Operation operation, CredentialId id, QObject *parent);
    void finishWithSecret(const QString &secret);
    void finishWithSuccess();
    void finishWithError(KeychainError error, const QString &details);

private:
    void finish();

    Operation m_operation;
    CredentialId m_id;
    bool m_finished = false;
    std::optional<KeychainError> m_error;
    QString m_errorDetails;
    QString m_secret;
};

class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    /// Creates (or replaces) the secret. A failed write leaves an existing entry as it was.
    virtual CredentialJob *write(const CredentialId &id, const QString &secret, QObject *parent = nullptr) = 0;
    virtual CredentialJob *read(const CredentialId &id, QObject *parent = nullptr) = 0;
    virtual CredentialJob *remove(const CredentialId &id, QObject *parent = nullptr) = 0;
};

}  // namespace ipw
