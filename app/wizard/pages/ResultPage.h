#pragma once

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace ipw {

class AccountJob;
class CertificatePanel;
class DeviceSettingsSheet;
class PasswordClipboard;
class SetupWizard;
struct Provider;

/// Page 7: what the check found.
/// - Failure: a plain headline, why, and the next step for this provider and diagnosis (reissue steps, status page,
///   support page, where to turn IMAP on; Outlook.com: OAuth); the server's own words and [ALERT]s verbatim;
///   rejected passwords so far and, from the second one on, the lockout warning whose box must be ticked before
///   another password can be tried; certificate problems with "trust for this server only"; the redacted
///   transcript behind "Details". Nothing is retried without a click.
/// - Success: folders and INBOX messages, "Save to keychain" and its outcome, the settings sheet for the device
///   whose mail stopped, the password shown or copied only on request (cleared from the clipboard after 45 s).
/// - Both: "Copy report for support" (never the password).
class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(SetupWizard *wizard);
    ~ResultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    /// The end of the flow: every way on (another password, reissue, check again) is a button on the page.
    int nextId() const override { return -1; }

    PasswordClipboard &passwordClipboard() { return *m_clipboard; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFailureView();
    void buildSuccessView();
    void buildCommon();
    void showFailure();
    void showSuccess();
    void retranslate();
    void retranslateFailure();
    void retranslateSuccess();
    void updateButtons();
    void trustAndCheckAgain();
    void save();
    void onSaved(AccountJob *job);
    void copyReport();
    QString providerNextStep() const;
    const Provider *provider() const;

    SetupWizard *m_wizard;
    bool m_success = false;

    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_nextStep = nullptr;

    // failure
    QWidget *m_failure = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_serverWordsLabel = nullptr;
    QLabel *m_serverWords = nullptr;
    QLabel *m_attempts = nullptr;
    QFrame *m_lockout = nullptr;
    QLabel *m_lockoutText = nullptr;
    QCheckBox *m_lockoutConfirm = nullptr;
    QPushButton *m_reissue = nullptr;
    QPushButton *m_statusPage = nullptr;
    QPushButton *m_supportPage = nullptr;
    QPushButton *m_imapSettings = nullptr;
    QPushButton *m_tryAnother = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QVBoxLayout *m_certificates = nullptr;
    QList<CertificatePanel *> m_certificatePanels;

    // success
    QWidget *m_successView = nullptr;
    QLabel *m_mailboxes = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
    QPointer<AccountJob> m_saveJob;
    enum class SaveState { NotSaved, Saving, Saved, Failed } m_saveState = SaveState::NotSaved;
    QString m_saveError;
    QLabel *m_sheetTitle = nullptr;
    DeviceSettingsSheet *m_sheet = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_showPassword = nullptr;
    QPushButton *m_copyPassword = nullptr;
    QLabel *m_clipboardNote = nullptr;
    PasswordClipboard *m_clipboard = nullptr;

    // both
    QToolButton *m_details = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QPushButton *m_copyReport = nullptr;
    QLabel *m_copyReportStatus = nullptr;
};

}  // namespace ipw
