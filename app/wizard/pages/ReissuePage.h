#pragma once

#include "pages/DraftPage.h"

class QLabel;
class QPushButton;

namespace ipw {

class Disclosure;

class Notice;

/// Fifth page (a branch from the Password page, or from a failed check): how to check or get a new password at
/// the provider: the preconditions first (docomo: Wi-Fi off, the network PIN), the provider's steps in order, where
/// to switch IMAP on if needed, and a button that opens the provider's page in the browser. Next goes back to the
/// Password page.
class ReissuePage : public DraftPage {
    Q_OBJECT
public:
    explicit ReissuePage(QWidget *parent = nullptr);

    void initializePage() override;
    /// Never moves forward: "Next" returns to the Password page (it is already in the wizard's history).
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslate() override;
    void render() override;

private:
    void returnToPassword();
    void open(const QString &url);

    QLabel *m_preconditionsTitle = nullptr;
    Notice *m_preconditions = nullptr;
    QLabel *m_stepsTitle = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_reissueTitle = nullptr;
    QLabel *m_reissueSteps = nullptr;
    Notice *m_uncertainSteps = nullptr;
    QPushButton *m_openPortal = nullptr;
    QLabel *m_noPortal = nullptr;
    Notice *m_imapEnable = nullptr;
    QLabel *m_rules = nullptr;
    QPushButton *m_openSupport = nullptr;
    Disclosure *m_more = nullptr;
    QPushButton *m_backToPassword = nullptr;
};

}  // namespace ipw
