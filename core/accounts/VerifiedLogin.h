#pragma once
// The only thing AccountStore::save() accepts: settings + secret that a check has just logged in with. There is no
// way to hand the store a bare SavedAccount and a password, and no way to make a VerifiedLogin in this layer: the
// one producer is core/setup's LoginVerification::fromCheck(), which takes the verified CheckResult.
//
//     // core/setup, right after the connection check succeeded with exactly these settings and password:
//     std::optional<VerifiedLogin> login = LoginVerification::fromCheck(profile, checkedSettings, result, password);
//     if (login) store.save(*login);

#include "accounts/SavedAccount.h"

#include <QDateTime>
#include <QString>

namespace ipw {

class VerifiedLogin {
public:
    const SavedAccount &account() const { return m_account; }
    /// The password, or for a browser sign-in the refresh token: the account's keychain secret.
    const QString &password() const { return m_password; }
    /// The store refuses (AccountsError::NotVerified) a login without a time, a secret or a valid account.
    bool isComplete() const { return m_account.isValid() && m_account.lastVerified.isValid() && !m_password.isEmpty(); }

private:
    friend struct LoginVerification;  // core/setup/LoginVerification.h
    VerifiedLogin(SavedAccount account, QString secret, const QDateTime &verifiedAt)
        : m_account(std::move(account))
        , m_password(std::move(secret))
    {
        m_account.lastVerified = verifiedAt.toUTC();
    }

    SavedAccount m_account;
    QString m_password;
};

}  // namespace ipw
