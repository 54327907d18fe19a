#pragma once

#include "accounts/SavedAccount.h"

#include <QPointer>
#include <QWizardPage>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace ipw {

class AccountJob;
class OAuthRefresh;
class SetupWizard;

/// Page 8: the saved accounts (AccountStore). Test again (with the stored password, through Test and Result),
/// update the password (the password page, with the draft filled from the saved settings), forget (after an
/// inline confirmation; the keychain entry and the file entry both go).
/// An account that signs in with the browser (SavedAccount::oauth): "Test again" first trades the stored refresh
/// token for an access token (OAuthRefresh); a rotated refresh token replaces the stored one at once
/// (AccountStore::replaceRefreshToken: the old one is dead), then the check runs. A rejected refresh says to sign in
/// again, which is what "Sign in again" (instead of "Update the password") does; it never starts by itself.
class SavedAccountsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SavedAccountsPage(SetupWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }
    /// Re-reads the accounts file.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    const SavedAccount *selected() const;
    void fillDraft(const SavedAccount &account);
    void testAgain();
    void refreshAndTest(const SavedAccount &account, const QString &refreshToken);
    void finishRefresh();
    void storeRotatedToken(const QString &address, const QString &token);
    QString accountsProblem(AccountJob *job, const QString &address) const;
    /// Saved with OAuth, or at a provider that takes nothing else now (Outlook.com): "Sign in again", not a
    /// new password.
    bool signsInWithBrowser(const SavedAccount &account) const;
    void updatePassword();
    void askForget();
    void forget();
    void setBusy(bool busy);
    void updateButtons();
    void retranslate();

    SetupWizard *m_wizard;
    QList<SavedAccount> m_accounts;
    QString m_loadError;
    QString m_status;
    QPointer<AccountJob> m_job;
    QPointer<OAuthRefresh> m_refresh;
    QPointer<AccountJob> m_rotationJob;  // storing a rotated refresh token
    bool m_refreshDone = false;
    QString m_rotationError;
    SavedAccount m_refreshing;

    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_testAgain = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_forget = nullptr;
    QFrame *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmYes = nullptr;
    QPushButton *m_confirmNo = nullptr;
    QLabel *m_statusLabel = nullptr;
};

}  // namespace ipw
