#pragma once
// Checking a saved account again, for the wizard's "Test again" and the CLI's --use-saved alike: read its secret
// from the keychain → for a browser sign-in, refresh the access token and store a rotated refresh token at once →
// check with the saved settings.

#include "accounts/AccountsError.h"
#include "accounts/SavedAccount.h"
#include "keychain/KeychainError.h"
#include "net/CheckResult.h"
#include "net/CheckSettings.h"
#include "oauth/OAuthError.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthTokens.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ipw {

class AccountJob;
class AccountStore;
class ConnectionCheck;
class OAuthRefresh;

/// A saved-accounts operation that failed: what the front ends need to say which and why.
struct StorageProblem {
    AccountsError error = AccountsError::Keychain;
    std::optional<KeychainError> keychainError;
    QString details;  ///< untranslated; never a secret
};

/// One job: start() returns to the event loop first, finished() fires exactly once.
///
///     const AccountProfile profile = AccountProfile::fromSaved(account);
///     SavedAccountCheck job(store, account, profile.checkSettings(providers), refreshSettings);
///     connect(&job, &SavedAccountCheck::finished, …);   // job.result(), or job.readProblem() / refreshFailure()
///     job.start();
///
/// With setStopBeforeCheck(true) the job ends once the secret is ready (the wizard runs the check on its own page,
/// with its progress display): secret() / tokens() then hold what to check with.
class SavedAccountCheck : public QObject {
    Q_OBJECT
public:
    enum class Stage { ReadSecret, RefreshSignIn, Check, Finished };

    /// `settings`: what to check (the account's, possibly with overrides the front end applied). `refresh`: how to
    /// refresh a browser sign-in (account.oauth set); ignored for a password account.
    SavedAccountCheck(AccountStore &store, SavedAccount account, CheckSettings settings,
                      std::optional<OAuthSettings> refresh, QObject *parent = nullptr);
    ~SavedAccountCheck() override;

    void setStopBeforeCheck(bool stop) { m_stopBeforeCheck = stop; }
    void start();
    /// Stops whatever runs; finished() follows (a stored rotated token stays stored).
    void cancel();
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Finished; }

    const SavedAccount &account() const { return m_account; }
    const CheckSettings &settings() const { return m_settings; }
    /// Reading the secret failed (unknown account, damaged file, keychain): nothing else ran.
    const std::optional<StorageProblem> &readProblem() const { return m_readProblem; }
    /// The refresh failed: no check ran. diagnosis(true) says whether to sign in again.
    const std::optional<OAuthFailure> &refreshFailure() const { return m_refreshFailure; }
    /// The provider issued a new refresh token (the old one no longer works).
    bool refreshTokenRotated() const { return m_rotated; }
    /// …and storing it failed: the check still runs, but the user must sign in again once this is fixed.
    const std::optional<StorageProblem> &rotationProblem() const { return m_rotationProblem; }
    /// The password (password accounts) or the refresh token (browser sign-in) read from the keychain.
    const QString &secret() const { return m_secret; }
    /// Browser sign-in: the tokens of the refresh (the access token is what the check uses).
    const OAuthTokens &tokens() const { return m_tokens; }
    /// The check's result, when it ran to the end.
    const std::optional<CheckResult> &result() const { return m_result; }
    /// The secret the check used: the password, or the access token.
    QString checkSecret() const;

Q_SIGNALS:
    void stageChanged(ipw::SavedAccountCheck::Stage stage);
    /// The check is about to start: connect to its progress signals here.
    void checkStarted(ipw::ConnectionCheck *check);
    void finished();

private:
    void readSecret();
    void refreshSignIn();
    void storeRotatedToken(const QString &token);
    void afterRefresh();
    void runCheck();
    void setStage(Stage stage);
    void finish();
    static StorageProblem problemOf(const AccountJob &job);

    AccountStore &m_store;
    SavedAccount m_account;
    CheckSettings m_settings;
    std::optional<OAuthSettings> m_refreshSettings;
    bool m_stopBeforeCheck = false;
    Stage m_stage = Stage::ReadSecret;
    bool m_started = false;
    bool m_refreshDone = false;
    QPointer<AccountJob> m_job;
    QPointer<AccountJob> m_rotationJob;
    QPointer<OAuthRefresh> m_refresh;
    QPointer<ConnectionCheck> m_check;
    std::optional<StorageProblem> m_readProblem;
    std::optional<OAuthFailure> m_refreshFailure;
    bool m_rotated = false;
    std::optional<StorageProblem> m_rotationProblem;
    QString m_secret;
    OAuthTokens m_tokens;
    std::optional<CheckResult> m_result;
};

}  // namespace ipw
