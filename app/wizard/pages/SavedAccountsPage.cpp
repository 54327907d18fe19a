#include "pages/SavedAccountsPage.h"

#include "SetupWizard.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/DiagnosisText.h"
#include "common/KeychainText.h"
#include "common/Language.h"
#include "oauth/OAuthRefresh.h"
#include "pages/SignInPage.h"
#include "providers/OAuthClients.h"
#include "setup/OAuthSetup.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {

SavedAccountsPage::SavedAccountsPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"savedAccountsPage"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"savedAccountsList"_s);
    m_listLabel = new QLabel(this);
    m_listLabel->setBuddy(m_list);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"savedAccountsEmpty"_s);
    m_empty->setWordWrap(true);
    m_testAgain = new QPushButton(this);
    m_testAgain->setObjectName(u"testAgainButton"_s);
    m_update = new QPushButton(this);
    m_update->setObjectName(u"updatePasswordButton"_s);
    m_forget = new QPushButton(this);
    m_forget->setObjectName(u"forgetButton"_s);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedAccountsPage::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &SavedAccountsPage::testAgain);
    connect(m_testAgain, &QPushButton::clicked, this, &SavedAccountsPage::testAgain);
    connect(m_update, &QPushButton::clicked, this, &SavedAccountsPage::updatePassword);
    connect(m_forget, &QPushButton::clicked, this, &SavedAccountsPage::askForget);

    // Forgetting asks first, in the page rather than in a modal dialog (keyboard and screen readers follow it).
    m_confirm = new QFrame(this);
    m_confirm->setObjectName(u"forgetConfirmation"_s);
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setObjectName(u"forgetConfirmText"_s);
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmYes = new QPushButton(m_confirm);
    m_confirmYes->setObjectName(u"forgetConfirmButton"_s);
    m_confirmNo = new QPushButton(m_confirm);
    m_confirmNo->setObjectName(u"forgetCancelButton"_s);
    connect(m_confirmYes, &QPushButton::clicked, this, &SavedAccountsPage::forget);
    connect(m_confirmNo, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_forget->setFocus();
    });
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->addWidget(m_confirmText);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_confirmNo);
    confirmButtons->addWidget(m_confirmYes);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"savedAccountsStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testAgain);
    buttons->addWidget(m_update);
    buttons->addStretch();
    buttons->addWidget(m_forget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_confirm);
    layout->addWidget(m_statusLabel);
    retranslate();
}

void SavedAccountsPage::initializePage()
{
    m_status.clear();
    reload();
}

void SavedAccountsPage::reload()
{
    AccountStore &store = m_wizard->session().accounts();
    const AccountsFile::Loaded loaded = store.list();
    m_accounts = loaded.accounts;
    m_loadError = loaded.error
                      ? KeychainText::accountsProblem(*loaded.error, std::nullopt, store.filePath(), loaded.details)
                      : QString();
    m_confirm->hide();
    retranslate();
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

const SavedAccount *SavedAccountsPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

void SavedAccountsPage::fillDraft(const SavedAccount &account)
{
    AccountDraft &draft = m_wizard->draft();
    draft.address = account.address;
    draft.providerId = account.providerId;
    draft.loginName = account.loginName;
    draft.imap = ServerSettings{account.imap, {}};
    draft.checkSmtp = account.smtp.has_value();
    draft.smtp = account.smtp ? ServerSettings{*account.smtp, {}} : ServerSettings{};
    // The user allowed plaintext when this account was saved with security "none".
    draft.allowPlaintext =
        draft.imap.security == Security::None || (draft.checkSmtp && draft.smtp.security == Security::None);
    draft.pinnedCertificates = account.pinnedCertificates;
    draft.serversConfirmed = true;
    draft.lastCheckVerified = false;
    draft.browserSignIn = account.oauth.has_value();
    draft.oauth = account.oauth;
    draft.oauthTokens = {};
    draft.password.clear();
}

bool SavedAccountsPage::signsInWithBrowser(const SavedAccount &account) const
{
    if (account.oauth)
        return true;
    const Provider *p = m_wizard->session().providers().byId(account.providerId);
    return p && !p->auth.isEmpty() &&
           std::all_of(p->auth.cbegin(), p->auth.cend(), [](AuthMethod m) { return m == AuthMethod::OAuth2; });
}

QString SavedAccountsPage::accountsProblem(AccountJob *job, const QString &address) const
{
    return KeychainText::accountsProblem(
        *job->error(), job->keychainError(),
        *job->error() == AccountsError::UnknownAccount ? address : m_wizard->session().accounts().filePath(),
        job->errorDetails());
}

void SavedAccountsPage::refreshAndTest(const SavedAccount &account, const QString &refreshToken)
{
    const OAuthSettings settings = oauthSettingsForSaved(*account.oauth, OAuthClients::load());
    m_refreshing = account;
    m_refreshDone = false;
    m_rotationError.clear();
    auto *refresh = new OAuthRefresh(settings, refreshToken, this);
    m_refresh = refresh;
    // Rotation: the old refresh token died the moment the new one was issued. Store it now, before and whatever
    // the check says.
    connect(refresh, &OAuthRefresh::refreshTokenRotated, this,
            [this](const QString &fresh) { storeRotatedToken(m_refreshing.address, fresh); });
    connect(refresh, &OAuthRefresh::finished, this, [this] {
        m_refreshDone = true;
        finishRefresh();
    });
    m_status = tr("Renewing the sign-in for %1…").arg(account.address);
    retranslate();
    refresh->start();
}

void SavedAccountsPage::storeRotatedToken(const QString &address, const QString &token)
{
    AccountJob *job = m_wizard->session().accounts().replaceRefreshToken(address, token, this);
    m_rotationJob = job;
    connect(job, &AccountJob::finished, this, [this, address](AccountJob *job) {
        job->deleteLater();
        m_rotationJob = nullptr;
        if (job->error())
            m_rotationError = accountsProblem(job, address);
        finishRefresh();
    });
    job->start();
}

void SavedAccountsPage::finishRefresh()
{
    // Both the refresh and the storing of a rotated token must be over.
    if (!m_refreshDone || m_rotationJob || !m_refresh)
        return;
    OAuthRefresh *refresh = m_refresh;
    m_refresh = nullptr;
    refresh->deleteLater();
    setBusy(false);
    const QString address = m_refreshing.address;
    if (const std::optional<OAuthFailure> failure = refresh->failure()) {
        const DiagnosisCode code = failure->diagnosis(true);
        m_status = code == DiagnosisCode::OauthRefreshRejected
                       ? tr("The saved sign-in for %1 no longer works: it was withdrawn or has expired (for "
                            "example after a password change, or when access was removed in the account's "
                            "security settings). Click \"Sign in again\" to sign in with the browser.")
                             .arg(address)
                       : tr("The sign-in for %1 could not be renewed: %2 %3")
                             .arg(address, describe(code).headline, describe(code).nextStep);
        retranslate();
        return;
    }
    if (!m_rotationError.isEmpty()) {
        m_status = tr("%1 issued a new sign-in, but it could not be stored: %2 Click \"Sign in again\" once this "
                      "is fixed.")
                       .arg(address, m_rotationError);
        retranslate();
        return;
    }
    if (m_wizard->currentPage() != this)
        return;  // the user went elsewhere meanwhile: the rotated token is stored, nothing else happens
    fillDraft(m_refreshing);
    AccountDraft &draft = m_wizard->draft();
    draft.goal = AccountDraft::Goal::ManageSaved;
    draft.oauthTokens = refresh->tokens();
    m_wizard->goToPage(SetupWizard::Test);
}

void SavedAccountsPage::testAgain()
{
    const SavedAccount *account = selected();
    if (!account || m_job || m_refresh)
        return;
    AccountJob *job = m_wizard->session().accounts().readPassword(account->address, this);
    m_job = job;
    connect(job, &AccountJob::finished, this, [this](AccountJob *job) {
        job->deleteLater();
        m_job = nullptr;
        setBusy(false);
        if (job->error()) {
            m_status = accountsProblem(job, job->account().address);
            retranslate();
            return;
        }
        if (job->account().oauth) {
            setBusy(true);
            refreshAndTest(job->account(), job->password());
            return;
        }
        fillDraft(job->account());
        m_wizard->draft().goal = AccountDraft::Goal::ManageSaved;
        m_wizard->draft().password = job->password();
        m_wizard->goToPage(SetupWizard::Test);
    });
    setBusy(true);
    m_status = tr("Reading the password from the keychain…");
    retranslate();
    job->start();
}

void SavedAccountsPage::updatePassword()
{
    const SavedAccount *account = selected();
    if (!account || m_job)
        return;
    fillDraft(*account);
    AccountDraft &draft = m_wizard->draft();
    draft.goal = AccountDraft::Goal::UpdatePassword;
    draft.password.clear();
    // A provider that takes nothing but browser sign-in (an Outlook.com account saved with a password before
    // 2024-09-16) cannot get a new password: it signs in with the browser from now on.
    if (signsInWithBrowser(*account))
        draft.browserSignIn = true;
    // "Sign in again" for an account that signs in with the browser: the sign-in page, which waits for a click.
    m_wizard->goToPage(draft.browserSignIn ? SetupWizard::SignIn : SetupWizard::Password);
    if (auto *signIn = qobject_cast<SignInPage *>(m_wizard->currentPage()))
        signIn->startOver();
}

void SavedAccountsPage::askForget()
{
    const SavedAccount *account = selected();
    if (!account || m_job)
        return;
    m_confirmText->setText(tr("Forget %1? Its settings are removed from this computer and its password from the "
                              "keychain. Your mail account itself is not changed.")
                               .arg(account->address));
    m_confirm->show();
    m_confirmNo->setFocus();
}

void SavedAccountsPage::forget()
{
    const SavedAccount *account = selected();
    m_confirm->hide();
    if (!account || m_job)
        return;
    const QString address = account->address;
    AccountJob *job = m_wizard->session().accounts().forget(address, this);
    m_job = job;
    connect(job, &AccountJob::finished, this, [this, address](AccountJob *job) {
        job->deleteLater();
        m_job = nullptr;
        setBusy(false);
        const QString status = job->error()
                                   ? KeychainText::accountsProblem(*job->error(), job->keychainError(),
                                                                   *job->error() == AccountsError::UnknownAccount
                                                                       ? address
                                                                       : m_wizard->session().accounts().filePath(),
                                                                   job->errorDetails())
                                   : tr("%1 was forgotten.").arg(address);
        reload();
        m_status = status;
        retranslate();
    });
    setBusy(true);
    job->start();
}

void SavedAccountsPage::setBusy(bool busy)
{
    m_list->setEnabled(!busy);
    if (busy) {
        m_testAgain->setEnabled(false);
        m_update->setEnabled(false);
        m_forget->setEnabled(false);
    } else {
        updateButtons();
    }
}

void SavedAccountsPage::updateButtons()
{
    const bool any = selected() != nullptr && !m_job && !m_refresh;
    m_testAgain->setEnabled(any);
    m_update->setEnabled(any);
    const SavedAccount *current = selected();
    m_update->setText(current && signsInWithBrowser(*current) ? tr("&Sign in again") : tr("&Update the password"));
    m_forget->setEnabled(any);
}

void SavedAccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SavedAccountsPage::retranslate()
{
    setTitle(tr("Saved accounts"));
    setSubTitle(tr("Accounts whose password this wizard checked and saved in the keychain of this computer."));
    m_listLabel->setText(tr("&Accounts:"));
    m_list->setAccessibleName(tr("Saved accounts"));
    const int row = m_list->currentRow();
    m_list->clear();
    const QLocale locale;
    const QString lang = Language::code(Language::current());
    for (const SavedAccount &account : std::as_const(m_accounts)) {
        const Provider *provider = m_wizard->session().providers().byId(account.providerId);
        const QString where = provider ? provider->name.forLanguage(lang) : account.imap.host;
        const QString when = account.lastVerified.isValid()
                                 ? locale.toString(account.lastVerified.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
        m_list->addItem(tr("%1 — %2 — last checked %3").arg(account.address, where, when));
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_empty->setText(!m_loadError.isEmpty() ? m_loadError
                                            : tr("No saved accounts yet. Set up an account and save it after a "
                                                 "successful check."));
    m_empty->setVisible(m_accounts.isEmpty());
    m_testAgain->setText(tr("&Test again"));
    const SavedAccount *current = selected();
    m_update->setText(current && signsInWithBrowser(*current) ? tr("&Sign in again") : tr("&Update the password"));
    m_forget->setText(tr("&Forget…"));
    m_confirmYes->setText(tr("Forget it"));
    m_confirmNo->setText(tr("Keep it"));
    m_statusLabel->setText(m_status);
}

}  // namespace ipw
