#pragma once

#include "pages/DraftPage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace ipw {

/// First page: what this app does, the language (follows the system; switchable live), and what the user wants:
/// set up an account, update the password of a saved account, or manage the saved accounts.
class StartPage : public DraftPage {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    /// Provider for a new account; the saved-accounts page for the other two goals (it lets the user pick the
    /// account, then continues with the password for UpdatePassword).
    int nextId() const override;

protected:
    void retranslate() override;
    void render() override;

private:
    int selectedGoal() const;

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_goalLabel = nullptr;
    QButtonGroup *m_goals = nullptr;
    QRadioButton *m_newAccount = nullptr;
    QRadioButton *m_updatePassword = nullptr;
    QRadioButton *m_manageSaved = nullptr;
};

}  // namespace ipw
