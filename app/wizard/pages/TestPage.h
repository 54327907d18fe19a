#pragma once

#include "net/CheckResult.h"
#include "pages/DraftPage.h"

#include <QPointer>

#include <array>

class QCheckBox;
class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ipw {

class ConnectionCheck;
class SetupWizard;
class Verdict;

/// Page 6: the connection check, live. IMAP and SMTP side by side, one line per step (server found, connected,
/// secure connection, signed in, INBOX opened), driven by ConnectionCheck::progress. "Stop" (or Back, or closing
/// the window) cancels the check at once and goes back to the password; the result page follows by itself when
/// the check ends. Before a third attempt after two rejected passwords the check waits for an explicit
/// confirmation (WizardSession::lockout()): it never starts a risky attempt on its own.
class TestPage : public DraftPage {
    Q_OBJECT
public:
    /// The steps shown per protocol, in order (SMTP has no mailbox step).
    enum Step { Found, Connected, Secured, SignedIn, InboxOpened, StepCount };
    /// A step's state; the label's "state" property holds the name ("pending", "active", "done", "failed",
    /// "skipped") for tests.
    enum class StepState { Pending, Active, Done, Failed, Skipped };

    explicit TestPage(SetupWizard *wizard);
    ~TestPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const;
    /// Stops the check (nothing keeps running) and returns to the page before this one (the password).
    void cancelCheck();

Q_SIGNALS:
    /// A check finished with a result: the typed password has done its job in the field. (A check the user
    /// stopped goes back to the password page with the field as it was.)
    void checkEnded();

protected:
    void retranslate() override;
    void render() override;

private:
    struct Column {
        QGroupBox *box = nullptr;
        QLabel *server = nullptr;
        std::array<QLabel *, StepCount> marks{};
        std::array<QLabel *, StepCount> texts{};
        std::array<StepState, StepCount> states{};
        int reached = -1;  ///< the furthest step entered
    };

    void buildColumn(Column &column, const QString &prefix, bool withMailbox);
    void startCheck();
    void stopCheck();
    void onProgress(Protocol protocol, CheckStage stage);
    void onFinished(const CheckResult &result);
    void showFinal(Column &column, const std::optional<ProtocolResult> &result, bool isImap);
    void setState(Column &column, int step, StepState state);
    void resetColumns();
    bool needsLockoutConfirmation() const;
    void updateLockoutGate();
    Column &column(Protocol protocol) { return protocol == Protocol::Imap ? m_imap : m_smtp; }

    SetupWizard *m_wizard;
    QPointer<ConnectionCheck> m_check;
    bool m_done = false;
    Column m_imap;
    Column m_smtp;
    Verdict *m_verdict = nullptr;
    QLabel *m_intro = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_stop = nullptr;
    QFrame *m_gate = nullptr;
    QLabel *m_gateText = nullptr;
    QCheckBox *m_gateConfirm = nullptr;
    QPushButton *m_gateStart = nullptr;
    QPushButton *m_gateReissue = nullptr;
};

}  // namespace ipw
