#pragma once

#include "pages/DraftPage.h"
#include "providers/PasswordInput.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QLineEdit;
class QPushButton;

namespace ipw {

class Disclosure;
class Notice;
class PasswordClipboard;
class PasswordStrengthPanel;

/// Fourth page: the password, called by the provider's own name (「IMAP専用パスワード」, "app password"). Checks it as
/// it is typed (providers/PasswordInput.h): full-width characters (one click converts), pasted spaces (one click
/// trims), Google's grouped app password (one click drops the spaces), Caps Lock where the platform tells; Next stays
/// disabled while it is empty. "I don't know it / I need a new one" leads to the Reissue page. For a provider
/// that accepts only browser sign-in (Outlook.com), it says so instead of asking for a password (the flow normally
/// routes such providers to the SignIn page instead). Where both work (Gmail: app password or OAuth2), a choice at
/// the top leads either to the password field or, through Next, to the SignIn page.
class PasswordPage : public DraftPage {
    Q_OBJECT
public:
    explicit PasswordPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    /// Empties the field and drops its undo history (which holds every character typed), e.g. once a check ended.
    /// The draft keeps the password for saving it; coming back to this page fills the field from there.
    void clearField();

protected:
    void retranslate() override;
    void render() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool oauthOnly() const;
    /// The provider takes a password and browser sign-in (Gmail): the user chooses.
    bool offersChoice() const;
    bool browserChosen() const;
    void updateMethod();
    /// The focus to what the user does next: the field, the browser choice, or the reissue button.
    void focusInput();
    PasswordShape shape() const;
    void checkInput();
    void updateCapsLock();
    void goToReissue();

    bool m_toReissue = false;
    QGroupBox *m_choice = nullptr;
    QRadioButton *m_useBrowser = nullptr;
    QLabel *m_useBrowserHelp = nullptr;
    QRadioButton *m_usePassword = nullptr;
    QLabel *m_usePasswordHelp = nullptr;
    bool m_oauthConfigured = false;
    QLabel *m_which = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_prerequisites = nullptr;  ///< what an app password needs (the provider file), under the rules' More
    Disclosure *m_rulesMore = nullptr;
    Notice *m_oauthOnly = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_show = nullptr;
    PasswordClipboard *m_clipboard = nullptr;  // Ctrl+C / Cut from the revealed field
    Notice *m_fullWidth = nullptr;
    Notice *m_spaces = nullptr;
    Notice *m_appPasswordSpaces = nullptr;
    Notice *m_capsLock = nullptr;
    Notice *m_fourDigitPin = nullptr;  // a PIN (docomo's ネットワーク暗証番号) typed for the password
    QLabel *m_reissueLabel = nullptr;
    QPushButton *m_reissue = nullptr;
    PasswordStrengthPanel *m_strength = nullptr;
};

}  // namespace ipw
