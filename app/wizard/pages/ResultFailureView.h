#pragma once

#include "common/DiagnosisText.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ipw {

class CertificatePanel;
class HelpLinks;
class SetupWizard;
struct Provider;

/// The result page after a failed check: why, and the next step for this provider and diagnosis
/// (nextStepFor + describeNextStep: reissue steps, status page, support page, where to turn IMAP on, browser
/// sign-in); the server's own words and [ALERT]s verbatim; rejected passwords so far and, from the second one on,
/// the lockout warning whose box must be ticked before another password can be tried (WizardSession::lockout());
/// certificate problems with "trust for this server only". Nothing is retried without a click.
class ResultFailureView : public QWidget {
    Q_OBJECT
public:
    ResultFailureView(SetupWizard *wizard, QWidget *parent);
    ~ResultFailureView() override;

    /// A new failed result: certificate panels for it, the lockout box unticked.
    void initialize();
    void cleanup();
    void retranslate();
    void render();
    /// What the page's headline, explanation and "What to do" say for this result.
    DiagnosisText text() const;
    /// Whether the lockout warning shows (before a third password): it then takes the place of the sentence of
    /// meaning, so the page still leads with about three sentences.
    bool lockoutShown() const;
    /// What ResultPage puts under "Details": each protocol's stage, the server's words, the attempt count.
    QWidget *details() const { return m_details; }
    /// The one action the page leads with (the default button), or nullptr.
    QPushButton *primaryButton() const { return m_primary; }
    /// Makes the primary action the dialog's default again (QWizard makes Finish the default on each page change).
    void applyDefault();

private:
    const Provider *provider() const;
    /// The https page a server's [WEBALERT] named in this result, or an empty URL.
    QUrl webAlertUrl() const;
    void updateButtons();
    /// The provider's next step decides (nextStepFor), then the lockout risk, certificates, a new password.
    QPushButton *primaryAction(DiagnosisCode code, bool lockoutRisk) const;
    void placePrimary(QPushButton *primary);
    void trustAndCheckAgain();

    SetupWizard *m_wizard;
    QWidget *m_details = nullptr;
    QLabel *m_lockoutIcon = nullptr;
    QHBoxLayout *m_primaryRow = nullptr;
    QHBoxLayout *m_secondaryRow = nullptr;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_primary = nullptr;
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
    QPushButton *m_webAlert = nullptr;  ///< Gmail's [WEBALERT] page: opened only on the user's click
    QPushButton *m_tryAnother = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QVBoxLayout *m_certificates = nullptr;
    QList<CertificatePanel *> m_certificatePanels;
    HelpLinks *m_helpLinks = nullptr;
};

}  // namespace ipw
