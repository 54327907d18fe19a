#include "pages/SaveFlow.h"

#include "AccountDraft.h"
#include "DraftSettings.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/KeychainText.h"
#include "setup/LoginVerification.h"

namespace ipw {

SaveFlow::SaveFlow(WizardSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

SaveFlow::~SaveFlow() = default;

void SaveFlow::reset()
{
    if (m_job)
        m_job->disconnect(this);
    m_job = nullptr;
    m_state = State::NotSaved;
    m_error.clear();
    Q_EMIT changed();
}

void SaveFlow::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    Q_EMIT changed();
}

void SaveFlow::save(const AccountDraft &draft)
{
    if (m_job || m_state == State::Saved)
        return;
    // An OAuth account keeps its refresh token, never the access token (short-lived) and no password.
    const QString secret = draft.browserSignIn ? draft.oauthTokens.refreshToken : draft.password;
    if (draft.browserSignIn && (secret.isEmpty() || !draft.oauth)) {
        fail(tr("The provider gave no lasting sign-in (no refresh token), so there is nothing to keep: you will sign "
                "in with the browser again next time."));
        return;
    }
    // Only right after a verified check, with exactly the settings and secret it used.
    const std::optional<VerifiedLogin> login =
        m_session.lastSettings && m_session.lastResult
            ? LoginVerification::fromCheck(profileOf(draft, m_session.providers()), *m_session.lastSettings,
                                           *m_session.lastResult, secret)
            : std::nullopt;
    if (!login) {
        fail(tr("The settings changed after the check, so they are not saved: check again first."));
        return;
    }
    AccountJob *job = m_session.accounts().save(*login, this);
    m_job = job;
    connect(job, &AccountJob::finished, this, &SaveFlow::onSaved);
    m_state = State::Saving;
    m_error.clear();
    job->start();
    Q_EMIT changed();
}

void SaveFlow::onSaved(AccountJob *job)
{
    job->deleteLater();
    m_job = nullptr;
    if (!job->error()) {
        m_state = State::Saved;
        Q_EMIT changed();
        return;
    }
    fail(KeychainText::accountsProblem(*job->error(), job->keychainError(),
                                       *job->error() == AccountsError::UnknownAccount ? job->account().address
                                                                                      : m_session.accounts().filePath(),
                                       job->errorDetails()));
}

}  // namespace ipw
