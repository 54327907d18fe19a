#pragma once
// Saved accounts: the non-secret part in the accounts file (AccountsFile), the password in the OS keychain
// (CredentialStore) under service "imap-password-wizard", key "account:<canonical address>" (SavedAccount::
// canonicalAddress: NFC, lower case, the domain as its IDNA A-label).
//
//     ipw::QtKeychainCredentialStore keychain;
//     ipw::AccountStore store(keychain);                          // or AccountStore(keychain, path) in tests
//     auto *job = store.save(verifiedLogin, this);                // see VerifiedLogin.h
//     connect(job, &ipw::AccountJob::finished, this, [](ipw::AccountJob *job) {
//         if (job->error() == ipw::AccountsError::Keychain) { … *job->keychainError() … }
//         job->deleteLater();
//     });
//     job->start();
//
// Order of writes, so that a failure never loses what was there:
// - save / updatePassword: read the file (a damaged file stops everything) → write the password → write the file.
//   A failed keychain write leaves the previous password and the file as they were.
// - forget: read the file → remove the password → write the file without the account.

#include "accounts/AccountsError.h"
#include "accounts/AccountsFile.h"
#include "accounts/VerifiedLogin.h"
#include "keychain/CredentialStore.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ipw {

class AccountJob;

class AccountStore {
public:
    static inline const QString kKeychainService = QStringLiteral("imap-password-wizard");

    /// <GenericDataLocation>/imap-password-wizard/accounts.json: shared by the wizard and the CLI (their
    /// application names differ, so AppDataLocation would give each its own file).
    static QString defaultFilePath();
    /// Key "account:" + SavedAccount::normalizedAddress() (the canonical form, docs/keychain.md).
    static CredentialId credentialIdFor(const QString &address);
    /// The key before issue 13 ("account:" + trimmed, lower case): readPassword() moves an entry found there.
    static CredentialId legacyCredentialIdFor(const QString &address);

    explicit AccountStore(CredentialStore &keychain, QString filePath = defaultFilePath());

    QString filePath() const { return m_filePath; }

    /// The saved accounts (synchronous: a local file). A damaged file is an error, never an empty list.
    AccountsFile::Loaded list() const;

    /// Saves a new account or replaces a saved one (settings and password).
    AccountJob *save(const VerifiedLogin &login, QObject *parent = nullptr);
    /// The user reissued the password: the account must be saved already (UnknownAccount otherwise).
    AccountJob *updatePassword(const VerifiedLogin &login, QObject *parent = nullptr);
    /// The account and its password, for checking again with the stored settings. Never log the password.
    AccountJob *readPassword(const QString &address, QObject *parent = nullptr);
    /// OAuth: the token endpoint rotated the refresh token, so the saved one is dead. Replaces the keychain secret
    /// of a saved OAuth account at once (the one write that does not wait for a verified check); the file is not
    /// touched. UnknownAccount when not saved, NotVerified when the account is not an OAuth one or the token is empty.
    AccountJob *replaceRefreshToken(const QString &address, const QString &refreshToken, QObject *parent = nullptr);
    /// Removes both parts.
    AccountJob *forget(const QString &address, QObject *parent = nullptr);

private:
    CredentialStore &m_keychain;
    QString m_filePath;
};

/// One AccountStore operation. start() returns to the event loop first; exactly one finished() follows.
class AccountJob : public QObject {
    Q_OBJECT
public:
    enum class Operation { Save, UpdatePassword, ReadPassword, Forget, ReplaceRefreshToken };
    ~AccountJob() override;

    void start();

    Operation operation() const { return m_operation; }
    std::optional<AccountsError> error() const { return m_error; }
    /// Set when error() is AccountsError::Keychain.
    std::optional<KeychainError> keychainError() const { return m_keychainError; }
    /// Untranslated details (backend text, file path, parse error); never contains the password.
    QString errorDetails() const { return m_details; }
    /// The account concerned (as saved, or as found for ReadPassword / Forget).
    const SavedAccount &account() const { return m_account; }
    /// ReadPassword only: the password, or for an OAuth account (account().oauth set) the refresh token.
    QString password() const { return m_password; }

Q_SIGNALS:
    void finished(ipw::AccountJob *job);

private:
    friend class AccountStore;
    AccountJob(Operation operation, CredentialStore &keychain, QString filePath, QObject *parent);

    void run();
    void writeSecret();
    void removeSecret();
    void readSecret();
    void readLegacySecret();
    void writeRotatedToken();
    void writeFile(const QList<SavedAccount> &accounts);
    void fail(AccountsError error, const QString &details);
    void failKeychain(CredentialJob *job);
    void succeed();

    Operation m_operation;
    CredentialStore &m_keychain;
    QString m_filePath;
    QString m_address;                     // ReadPassword / Forget
    std::optional<VerifiedLogin> m_login;  // Save / UpdatePassword
    QList<SavedAccount> m_accounts;        // the file as read at the start
    bool m_existed = false;
    bool m_finished = false;
    std::optional<AccountsError> m_error;
    std::optional<KeychainError> m_keychainError;
    QString m_details;
    SavedAccount m_account;
    QString m_password;
};

}  // namespace ipw
