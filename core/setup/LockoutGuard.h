#pragma once
// Login attempts are precious: a provider locks an account after a few wrong passwords. The guard counts the
// passwords the server rejected for one login name at one server, and asks before the third attempt.

#include "net/CheckResult.h"
#include "net/CheckSettings.h"

#include <QString>

namespace ipw {

/// Lives for one wizard run or one CLI run. The front end calls setAccount() before each check, asks
/// mayCheck(), and reports every finished check with recordResult(). A rejected browser sign-in (a token) is not
/// counted: a token cannot be guessed wrong, and it is never retried either.
///
///     guard.setAccount(login, imapHost);
///     if (guard.needsConfirmation()) { ask the user; on "yes": guard.confirm(); }
///     if (guard.mayCheck()) start the check…
///     guard.recordResult(result, Credential::Password);
class LockoutGuard {
public:
    /// Attempts that have been rejected before the user is asked to confirm the next one.
    static constexpr int askAfterRejections = 2;

    /// Whose attempts are counted: login name and IMAP host, compared case-insensitively. A different account
    /// starts again from zero (and forgets a confirmation).
    void setAccount(const QString &loginName, const QString &imapHost);
    /// Rejected passwords for the current account in this run.
    int rejectedAttempts() const { return m_rejected; }
    /// The next attempt could lock the account: the user must confirm it first (confirm()).
    bool needsConfirmation() const;
    bool mayCheck() const { return !needsConfirmation(); }
    /// The user chose to try once more despite the risk: valid for the next attempt only.
    void confirm();
    /// The user took the confirmation back (unticked the box) before the attempt.
    void withdrawConfirmation() { m_confirmedAt = -1; }
    /// Counts the check's login if the server refused it (loginWasRejected); token sign-ins are not counted.
    void recordResult(const CheckResult &result, Credential credential);

private:
    QString m_key;
    int m_rejected = 0;
    int m_confirmedAt = -1;  ///< the rejection count at which the user confirmed; any other value: not confirmed
};

}  // namespace ipw
