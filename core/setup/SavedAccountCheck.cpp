#include "setup/SavedAccountCheck.h"

#include "accounts/AccountStore.h"
#include "net/ConnectionCheck.h"
#include "oauth/OAuthRefresh.h"
#include "setup/KnownIssuers.h"
#include "setup/OAuthSetup.h"

#include <QTimer>

namespace ipw {

SavedAccountCheck::SavedAccountCheck(AccountStore &store, SavedAccount account, CheckSettings settings,
                                     std::optional<OAuthSettings> refresh, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_account(std::move(account))
    , m_settings(std::move(settings))
    , m_refreshSettings(std::move(refresh))
{
}

SavedAccountCheck::~SavedAccountCheck() = default;

StorageProblem SavedAccountCheck::problemOf(const AccountJob &job)
{
    return StorageProblem{job.error().value_or(AccountsError::Keychain), job.keychainError(), job.errorDetails()};
}

void SavedAccountCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &SavedAccountCheck::readSecret);
}

void SavedAccountCheck::cancel()
{
    if (isFinished() || !m_started)
        return;
    if (m_check) {
        m_check->cancel();  // finished() of the check ends this job
        return;
    }
    if (m_refresh)
        m_refresh->cancel();
    finish();
}

void SavedAccountCheck::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SavedAccountCheck::readSecret()
{
    if (isFinished())
        return;
    setStage(Stage::ReadSecret);
    AccountJob *job = m_store.readPassword(m_account.address, this);
    m_job = job;
    connect(job, &AccountJob::finished, this, [this](AccountJob *job) {
        job->deleteLater();
        m_job = nullptr;
        if (isFinished())
            return;
        if (job->error()) {
            m_readProblem = problemOf(*job);
            finish();
            return;
        }
        m_secret = job->password();
        if (job->account().oauth)
            refreshSignIn();
        else
            runCheck();
    });
    job->start();
}

void SavedAccountCheck::refreshSignIn()
{
    setStage(Stage::RefreshSignIn);
    if (!m_refreshSettings) {
        m_refreshFailure = OAuthFailure{OAuthError::NotConfigured, {}, {}, 0, {}};
        finish();
        return;
    }
    // The refresh token, and the access token it yields, are keys to the mailbox at that issuer: nothing is sent
    // when the saved servers are not that issuer's own (the accounts file is no trust anchor).
    if (KnownIssuers::builtIn().mailHostsAllowed(*m_refreshSettings, mailHostsOf(m_settings)) !=
        OAuthBinding::Allowed) {
        m_refreshFailure = OAuthFailure{OAuthError::ForeignMailServer, {}, {}, 0, {}};
        finish();
        return;
    }
    auto *refresh = new OAuthRefresh(*m_refreshSettings, m_secret, this);
    m_refresh = refresh;
    // Rotation: the old refresh token died the moment the new one was issued. Store it now, before and whatever
    // the check says.
    connect(refresh, &OAuthRefresh::refreshTokenRotated, this, &SavedAccountCheck::storeRotatedToken);
    connect(refresh, &OAuthRefresh::finished, this, [this] {
        m_refreshDone = true;
        afterRefresh();
    });
    refresh->start();
}

void SavedAccountCheck::storeRotatedToken(const QString &token)
{
    m_rotated = true;
    m_secret = token;
    AccountJob *job = m_store.replaceRefreshToken(m_account.address, token, this);
    m_rotationJob = job;
    connect(job, &AccountJob::finished, this, [this](AccountJob *job) {
        job->deleteLater();
        m_rotationJob = nullptr;
        if (job->error())
            m_rotationProblem = problemOf(*job);
        afterRefresh();
    });
    job->start();
}

void SavedAccountCheck::afterRefresh()
{
    // Both the refresh and the storing of a rotated token must be over.
    if (!m_refreshDone || m_rotationJob || isFinished())
        return;
    OAuthRefresh *refresh = m_refresh;
    m_refresh = nullptr;
    if (refresh) {
        refresh->deleteLater();
        if (refresh->failure()) {
            m_refreshFailure = refresh->failure();
            finish();
            return;
        }
        m_tokens = refresh->tokens();
    }
    runCheck();
}

QString SavedAccountCheck::checkSecret() const
{
    return m_account.oauth ? m_tokens.accessToken : m_secret;
}

void SavedAccountCheck::runCheck()
{
    if (m_stopBeforeCheck) {
        finish();
        return;
    }
    setStage(Stage::Check);
    m_settings.credential = m_account.oauth ? Credential::OAuthAccessToken : Credential::Password;
    auto *check = new ConnectionCheck(m_settings, Secret::fromString(checkSecret()), this);
    m_check = check;
    connect(check, &ConnectionCheck::finished, this, [this, check](const CheckResult &result) {
        check->deleteLater();
        m_check = nullptr;
        m_result = result;
        finish();
    });
    Q_EMIT checkStarted(check);
    check->start();
}

void SavedAccountCheck::finish()
{
    if (isFinished())
        return;
    setStage(Stage::Finished);
    Q_EMIT finished();
}

}  // namespace ipw
