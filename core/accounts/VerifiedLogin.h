#pragma once
// The only thing AccountStore::save() and updatePassword() accept: settings + password that a check has just
// logged in with. There is no way to hand the store a bare SavedAccount and a password.
//
//     // in the app, right after the connection check succeeded with exactly these settings and password:
//     auto login = ipw::VerifiedLogin::afterSuccessfulCheck(account, password, QDateTime::currentDateTimeUtc());
//     auto *job = store.save(login);
//
// The token takes the caller's word: core/accounts sits below core/net and never sees a CheckResult. Made from
// net's successful result in a layer above both, an unverified save could not even be written.

#include "accounts/SavedAccount.h"

#include <QDateTime>
#include <QString>

namespace ipw {

class VerifiedLogin {
public:
    /// Call only after the check logged in with `account`'s settings and `password`. `verifiedAt` becomes the
    /// account's lastVerified. The store refuses (AccountsError::NotVerified) a token without a time, a
    /// password or a valid account.
    static VerifiedLogin afterSuccessfulCheck(SavedAccount account, QString password, QDateTime verifiedAt)
    {
        VerifiedLogin login;
        login.m_account = std::move(account);
        login.m_account.lastVerified = verifiedAt.toUTC();
        login.m_password = std::move(password);
        return login;
    }

    const SavedAccount &account() const { return m_account; }
    const QString &password() const { return m_password; }
    bool isComplete() const { return m_account.isValid() && m_account.lastVerified.isValid() && !m_password.isEmpty(); }

private:
    VerifiedLogin() = default;
    SavedAccount m_account;
    QString m_password;
};

}  // namespace ipw
