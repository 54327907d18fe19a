#pragma once

#include "accounts/SavedAccount.h"
#include "pages/DraftPage.h"

#include <QPointer>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace ipw {

class AccountJob;
class SavedAccountCheck;
class SetupWizard;
struct AccountProfile;

/// Page 8: the saved accounts (AccountStore). Test again (with the stored password, through Test and Result),
/// update the password (the password page, with the draft filled from the saved settings), forget (after an
/// inline confirmation; the keychain entry and the file entry both go).
/// "Test again" reads the secret through SavedAccountCheck (stopping before the check, which runs on the Test page):
/// for an account that signs in with the browser (SavedAccount::oauth) it trades the stored refresh token for an
/// access token, and a rotated refresh token replaces the stored one at once (the old one is dead). A rejected
/// refresh says to sign in again, which is what "Sign in again" (instead of "Update the password") does; it never
/// starts by itself. Under the list: where the selected account's servers were found, for one that discovery found
/// (SavedAccount::discovery); "Test again" uses the saved servers and never searches again.
class SavedAccountsPage : public DraftPage {
    Q_OBJECT
public:
    explicit SavedAccountsPage(SetupWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }
    /// Re-reads the accounts file.
    void reload();

protected:
    void retranslate() override;
    void render() override;

private:
    const SavedAccount *selected() const;
    /// "Found from DNS (SRV) on 2026-12-03 (…)" for the selected account; empty when discovery did not find it.
    QString originText(const SavedAccount &account) const;
    void renderSelected();
    void fillDraft(const AccountProfile &profile);
    void testAgain();
    /// A saved server without TLS: ask (a window-modal message box, "plaintextConsentDialog") before the password
    /// goes out in clear; the saved file is no consent.
    void askPlaintextConsent(const SavedAccount &account);
    void startTestAgain(const SavedAccount &account, bool allowPlaintext);
    void showStage();
    void finishTestAgain();
    /// Saved with OAuth, or at a provider that takes nothing else now (Outlook.com): "Sign in again", not a
    /// new password.
    bool signsInWithBrowser(const SavedAccount &account) const;
    void updatePassword();
    void setUpAnotherDevice();
    void askForget();
    void forget();
    void setBusy(bool busy);
    void updateButtons();

    SetupWizard *m_wizard;
    QList<SavedAccount> m_accounts;
    QString m_loadError;
    QString m_status;
    QPointer<AccountJob> m_job;
    QPointer<SavedAccountCheck> m_testAgainJob;

    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_origin = nullptr;
    QPushButton *m_testAgain = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_anotherDevice = nullptr;
    QPushButton *m_forget = nullptr;
    QFrame *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmYes = nullptr;
    QPushButton *m_confirmNo = nullptr;
    QLabel *m_statusLabel = nullptr;
};

}  // namespace ipw
