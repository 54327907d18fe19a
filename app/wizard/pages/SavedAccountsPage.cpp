#include "pages/SavedAccountsPage.h"

#include "SetupWizard.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/DiagnosisText.h"
#include "common/KeychainText.h"
#include "pages/SignInPage.h"
#include "providers/OAuthClients.h"
#include "setup/AccountProfile.h"
#include "setup/OAuthSetup.h"
#include "setup/SavedAccountCheck.h"
#include "types/HostName.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {

SavedAccountsPage::SavedAccountsPage(SetupWizard *wizard)
    : DraftPage(wizard)
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
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"savedAccountOrigin"_s);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testAgain = new QPushButton(this);
    m_testAgain->setObjectName(u"testAgainButton"_s);
    m_update = new QPushButton(this);
    m_update->setObjectName(u"updatePasswordButton"_s);
    m_anotherDevice = new QPushButton(this);
    m_anotherDevice->setObjectName(u"savedAnotherDeviceButton"_s);
    connect(m_anotherDevice, &QPushButton::clicked, this, &SavedAccountsPage::setUpAnotherDevice);
    m_forget = new QPushButton(this);
    m_forget->setObjectName(u"forgetButton"_s);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        renderSelected();
    });
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
    buttons->addWidget(m_anotherDevice);
    buttons->addStretch();
    buttons->addWidget(m_forget);

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_origin);
    layout->addLayout(buttons);
    layout->addWidget(m_confirm);
    layout->addWidget(m_statusLabel);
    retranslate();
    render();
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
    render();
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

const SavedAccount *SavedAccountsPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

QString SavedAccountsPage::originText(const SavedAccount &account) const
{
    if (!account.discovery)
        return {};
    const SavedDiscovery &found = *account.discovery;
    // The date as the accounts file has it (UTC) in this computer's time zone; ISO 8601, which reads the same in
    // every language.
    const QString day = found.foundAt.toLocalTime().date().toString(Qt::ISODate);
    const QString domain = addressDomain(account.address);
    QString from;
    switch (found.source) {
    case DiscoverySource::Database:
    case DiscoverySource::ProviderFile:
        from = tr("Found in the wizard's list of providers on %1").arg(day);
        break;
    case DiscoverySource::Autoconfig:
        from = tr("Found from %1's own configuration on %2").arg(domain, day);
        break;
    case DiscoverySource::Ispdb:
        from = tr("Found in Thunderbird's database of providers (ISPDB) on %1").arg(day);
        break;
    case DiscoverySource::Srv:
        from = tr("Found from DNS (SRV) on %1").arg(day);
        break;
    case DiscoverySource::Mx:
        from = tr("Found from DNS (MX: the mail is hosted by a known provider) on %1").arg(day);
        break;
    case DiscoverySource::HttpAutoconfig:
        from = tr("Found from %1's own configuration, sent unencrypted (http), on %2").arg(domain, day);
        break;
    }
    if (!found.detail.isEmpty())
        from = tr("%1 (%2).").arg(from, found.detail);
    else
        from = tr("%1.").arg(from);
    return from + u' ' + tr("\"Test again\" uses these saved settings; it does not look them up again.");
}

void SavedAccountsPage::renderSelected()
{
    const SavedAccount *current = selected();
    const QString origin = current ? originText(*current) : QString();
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
}

void SavedAccountsPage::fillDraft(const AccountProfile &profile)
{
    AccountDraft &draft = m_wizard->draft();
    draft.address = profile.address;
    draft.providerId = profile.providerId;
    draft.loginName = profile.loginName;
    draft.smtpLoginName = profile.smtpLoginName;
    draft.imap = ServerSettings{profile.imap, {}};
    draft.checkSmtp = profile.smtp.has_value();
    draft.smtp = profile.smtp ? ServerSettings{*profile.smtp, {}} : ServerSettings{};
    draft.allowPlaintext = profile.allowPlaintext;
    draft.pinnedCertificates = profile.pinnedCertificates;
    draft.discovered = DiscoveryRecord::fromSaved(profile);  // kept when the account is saved again
    draft.serversConfirmed = true;
    draft.lastCheckVerified = false;
    draft.browserSignIn = profile.auth == AccountProfile::Auth::OAuth2;
    draft.oauth = profile.oauth;
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

void SavedAccountsPage::testAgain()
{
    const SavedAccount *account = selected();
    if (!account || m_job || m_testAgainJob)
        return;
    if (AccountProfile::fromSaved(*account).needsPlaintext()) {
        askPlaintextConsent(*account);
        return;
    }
    startTestAgain(*account, false);
}

void SavedAccountsPage::askPlaintextConsent(const SavedAccount &account)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send the password unencrypted?"),
                                tr("%1 is saved with a server that does not use encryption. To test it, the wizard "
                                   "would send your password unencrypted: anyone on the network could read it. "
                                   "Test anyway?")
                                    .arg(account.address),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"plaintextConsentDialog"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *send = box->addButton(tr("Send &unencrypted"), QMessageBox::AcceptRole);
    send->setObjectName(u"plaintextConsentSend"_s);
    QPushButton *cancel = box->addButton(tr("Do &not test"), QMessageBox::RejectRole);
    cancel->setObjectName(u"plaintextConsentCancel"_s);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString address = account.address;
    connect(box, &QMessageBox::finished, this, [this, box, send, address] {
        const bool agreed = box->clickedButton() == send;
        const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                     [&](const SavedAccount &a) { return a.address == address; });
        if (!agreed || it == m_accounts.cend()) {
            m_status = tr("%1 was not tested: nothing was sent.").arg(address);
            render();
            return;
        }
        startTestAgain(*it, true);
    });
    box->open();
}

void SavedAccountsPage::startTestAgain(const SavedAccount &savedAccount, bool allowPlaintext)
{
    if (m_job || m_testAgainJob)
        return;
    const SavedAccount *account = &savedAccount;
    WizardSession &session = m_wizard->session();
    const AccountProfile profile = AccountProfile::fromSaved(*account);
    std::optional<OAuthSettings> refresh;
    if (account->oauth)
        refresh = oauthSettingsForSaved(*account->oauth, OAuthClients::load());
    // The check itself runs on the Test page, with its progress display: the job stops once the secret is ready
    // (read, and for a browser sign-in refreshed, a rotated refresh token stored at once).
    CheckSettings settings = profile.checkSettings(session.providers(), session.options().extraCaCertificates);
    settings.allowPlaintext = allowPlaintext;  // the user's yes in this run, never the file's
    auto *job = new SavedAccountCheck(session.accounts(), *account, settings, refresh, this);
    job->setStopBeforeCheck(true);
    m_testAgainJob = job;
    connect(job, &SavedAccountCheck::stageChanged, this, &SavedAccountsPage::showStage);
    connect(job, &SavedAccountCheck::finished, this, &SavedAccountsPage::finishTestAgain);
    setBusy(true);
    showStage();
    job->start();
}

void SavedAccountsPage::showStage()
{
    if (!m_testAgainJob)
        return;
    m_status = m_testAgainJob->stage() == SavedAccountCheck::Stage::RefreshSignIn
                   ? tr("Renewing the sign-in for %1…").arg(m_testAgainJob->account().address)
                   : tr("Reading the password from the keychain…");
    render();
}

void SavedAccountsPage::finishTestAgain()
{
    SavedAccountCheck *job = m_testAgainJob;
    m_testAgainJob = nullptr;
    if (!job)
        return;
    job->deleteLater();
    setBusy(false);
    const QString address = job->account().address;
    const auto storageProblem = [&](const StorageProblem &problem) {
        return KeychainText::accountsProblem(
            problem.error, problem.keychainError,
            problem.error == AccountsError::UnknownAccount ? address : m_wizard->session().accounts().filePath(),
            problem.details);
    };
    if (const auto &problem = job->readProblem()) {
        m_status = storageProblem(*problem);
        render();
        return;
    }
    if (const std::optional<OAuthFailure> &failure = job->refreshFailure()) {
        const DiagnosisCode code = failure->diagnosis(true);
        m_status = code == DiagnosisCode::OauthRefreshRejected
                       ? tr("The saved sign-in for %1 no longer works: it was withdrawn or has expired (for "
                            "example after a password change, or when access was removed in the account's "
                            "security settings). Click \"Sign in again\" to sign in with the browser.")
                             .arg(address)
                       : tr("The sign-in for %1 could not be renewed: %2 %3")
                             .arg(address, describe(code).headline, describe(code).nextStep());
        render();
        return;
    }
    if (const auto &problem = job->rotationProblem()) {
        m_status = tr("%1 issued a new sign-in, but it could not be stored: %2 Click \"Sign in again\" once this "
                      "is fixed.")
                       .arg(address, storageProblem(*problem));
        render();
        return;
    }
    if (m_wizard->currentPage() != this)
        return;  // the user went elsewhere meanwhile: a rotated token is stored, nothing else happens
    fillDraft(AccountProfile::fromSaved(job->account()));
    AccountDraft &draft = m_wizard->draft();
    draft.allowPlaintext = job->settings().allowPlaintext;
    draft.goal = AccountDraft::Goal::ManageSaved;
    if (draft.browserSignIn)
        draft.oauthTokens = job->tokens();
    else
        draft.password = job->secret();
    m_wizard->goToPage(SetupWizard::Test);
}

void SavedAccountsPage::updatePassword()
{
    const SavedAccount *account = selected();
    if (!account || m_job)
        return;
    fillDraft(AccountProfile::fromSaved(*account));
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

void SavedAccountsPage::setUpAnotherDevice()
{
    const SavedAccount *account = selected();
    if (!account || m_job || m_testAgainJob)
        return;
    // The saved settings only: the keychain is not read, no file gets the password.
    fillDraft(AccountProfile::fromSaved(*account));
    m_wizard->draft().goal = AccountDraft::Goal::ManageSaved;
    m_wizard->goToPage(SetupWizard::AnotherDevice);
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
        render();
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
        m_anotherDevice->setEnabled(false);
        m_forget->setEnabled(false);
    } else {
        updateButtons();
    }
}

void SavedAccountsPage::updateButtons()
{
    const bool any = selected() != nullptr && !m_job && !m_testAgainJob;
    m_testAgain->setEnabled(any);
    m_update->setEnabled(any);
    m_anotherDevice->setEnabled(any);
    const SavedAccount *current = selected();
    m_update->setText(current && signsInWithBrowser(*current) ? tr("&Sign in again") : tr("&Update the password"));
    m_forget->setEnabled(any);
}

void SavedAccountsPage::retranslate()
{
    setTitle(tr("Saved accounts"));
    setSubTitle(tr("Accounts whose password this wizard checked and saved in the keychain of this computer."));
    m_listLabel->setText(tr("A&ccounts:"));
    m_list->setAccessibleName(tr("Saved accounts"));
    m_testAgain->setText(tr("&Test again"));
    m_anotherDevice->setText(tr("Set up a&nother device…"));
    m_forget->setText(tr("F&orget…"));
    m_confirmYes->setText(tr("Forget it"));
    m_confirmNo->setText(tr("Keep it"));
    m_list->setAccessibleDescription(tr("The accounts saved on this computer; pick one for the buttons below."));
    m_testAgain->setAccessibleDescription(tr("Check the saved password with the server once; nothing is changed."));
    m_anotherDevice->setAccessibleDescription(tr("Show how to set up this account on a phone or another computer."));
    m_forget->setAccessibleDescription(
        tr("Remove this account from this computer and its password from the keychain, after asking."));
    m_confirmYes->setAccessibleDescription(tr("Remove the account now."));
    m_update->setAccessibleDescription(tr("Enter a new password for this account (or sign in again) and check it."));
    m_confirmNo->setAccessibleDescription(tr("Keep the account as it is."));
}

void SavedAccountsPage::render()
{
    const int row = m_list->currentRow();
    m_list->clear();
    const QLocale locale;
    const QString lang = languageCode();
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
    const SavedAccount *current = selected();
    m_update->setText(current && signsInWithBrowser(*current) ? tr("&Sign in again") : tr("&Update the password"));
    m_statusLabel->setText(m_status);
    renderSelected();
}

}  // namespace ipw
