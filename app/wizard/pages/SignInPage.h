#pragma once

#include "common/Sentences.h"
#include "oauth/OAuthError.h"
#include "pages/DraftPage.h"
#include "setup/OAuthSetup.h"

#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace ipw {

class Disclosure;
class Notice;
class OAuthSignIn;

/// "Sign in with your browser" (OAuth 2.0, core/oauth's OAuthSignIn): for Outlook.com instead of the password
/// page, for Gmail when the user chose it there. One click starts the sign-in and opens the browser (through
/// WizardSession::openUrl, i.e. QDesktopServices); the page then shows that it waits for the browser, with "Open
/// the page again" and "Copy the link" for a browser that did not open, and "Cancel" (the job is cancelled and
/// deleted, its loopback listener closed, nothing kept). Denied consent, a closed browser (timeout) and other
/// failures are explained with the next step. After success the draft holds the tokens (memory only) and the flow
/// moves on to the Test page by itself. A build without a client ID for the provider says so and how to set one up;
/// Next stays disabled. Sign-in never starts without a click.
class SignInPage : public DraftPage {
    Q_OBJECT
public:
    /// The page's state; the page's "signInState" property holds its name for tests ("idle", "not-configured",
    /// "not-offered", "waiting", "exchanging", "signed-in", "failed").
    enum class State { Idle, NotConfigured, NotOffered, Waiting, Exchanging, SignedIn, Failed };

    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    State state() const { return m_state; }
    /// The last sign-in's failure (typed), std::nullopt unless state() is Failed.
    const std::optional<OAuthFailure> &failure() const { return m_failure; }
    bool isSigningIn() const { return !m_job.isNull(); }
    /// The authorization URL of the running sign-in (empty when none runs).
    QUrl authorizationUrl() const { return m_url; }

    /// How long a sign-in waits for the browser (default: OAuthSettings::signInTimeout, 5 minutes). Tests shorten it.
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }

    /// Starts a sign-in (the button's action).
    void startSignIn();
    /// Stops a running sign-in: the job is cancelled and deleted, nothing is kept; the page is ready to start again.
    void cancelSignIn();
    /// Forgets the tokens of an earlier sign-in and sets the page up again for the draft (the result page's and the
    /// saved-accounts page's "Sign in again", which reach this page back through the history): back to the start
    /// button, nothing started.
    void startOver();

protected:
    void retranslate() override;
    void render() override;

private:
    void setState(State state);
    void stopJob();
    void onUrlReady(const QUrl &url);
    void onFinished();
    void copyLink();
    /// This page's own step for the failure (in words about its buttons), empty for none.
    Sentences failureNextStep() const;
    QString providerName() const;

    OAuthSetup m_setup;
    State m_state = State::Idle;
    std::optional<OAuthFailure> m_failure;
    QPointer<OAuthSignIn> m_job;
    QUrl m_url;
    bool m_linkCopied = false;
    std::optional<std::chrono::milliseconds> m_signInTimeout;

    QLabel *m_intro = nullptr;
    QPushButton *m_start = nullptr;
    QWidget *m_waiting = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_waitingText = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_copyLink = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_cancel = nullptr;
    Notice *m_done = nullptr;
    Notice *m_failed = nullptr;
    Disclosure *m_failureMore = nullptr;  ///< the rest of the why and of the steps, the provider's words
    QLabel *m_failureRest = nullptr;
    QLabel *m_failureDetails = nullptr;
    Notice *m_notConfigured = nullptr;
    Disclosure *m_setupMore = nullptr;
    QLabel *m_setupHowTo = nullptr;
    QLabel *m_settingsPathLabel = nullptr;
    QLineEdit *m_settingsPath = nullptr;
    QLabel *m_settingsExample = nullptr;
};

}  // namespace ipw
