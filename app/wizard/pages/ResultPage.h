#pragma once

#include "pages/DraftPage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ipw {

class Disclosure;
class PasswordClipboard;
class ResultFailureView;
class ResultSuccessView;
class SetupWizard;
class Verdict;

/// Page 7: what the check found. Picks one of two views: ResultFailureView (why, the provider's next step, the
/// lockout warning, certificates) or ResultSuccessView (save, settings for the other device, the password on
/// request). Both: the headline, "Details" (the redacted transcript) and "Copy report for support" (never the
/// password).
class ResultPage : public DraftPage {
    Q_OBJECT
public:
    explicit ResultPage(SetupWizard *wizard);
    ~ResultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    /// The end of the flow: every way on (another password, reissue, check again) is a button on the page.
    int nextId() const override { return -1; }

    PasswordClipboard &passwordClipboard();

protected:
    void retranslate() override;
    void render() override;

private:
    void copyReport();

    SetupWizard *m_wizard;
    bool m_success = false;

    Verdict *m_verdict = nullptr;
    QLabel *m_meaning = nullptr;   ///< one sentence: what the verdict means
    QLabel *m_nextStep = nullptr;  ///< the lead sentence of the generic step and of the provider's step
    Disclosure *m_more = nullptr;  ///< the rest of the explanation and of both steps
    QLabel *m_why = nullptr;
    QLabel *m_moreSteps = nullptr;
    ResultFailureView *m_failure = nullptr;
    ResultSuccessView *m_successView = nullptr;
    Disclosure *m_details = nullptr;
    QLabel *m_transcriptTitle = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QPushButton *m_copyReport = nullptr;
    QLabel *m_copyReportStatus = nullptr;
};

}  // namespace ipw
