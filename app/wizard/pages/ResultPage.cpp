#include "pages/ResultPage.h"

#include "CertificatePanel.h"
#include "DeviceSettingsSheet.h"
#include "DraftSettings.h"
#include "PasswordClipboard.h"
#include "SetupWizard.h"
#include "SupportReport.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/DiagnosisText.h"
#include "common/KeychainText.h"
#include "common/Language.h"
#include "pages/SignInPage.h"
#include "setup/CheckOutcome.h"
#include "setup/LoginVerification.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &name, Qt::TextFormat format = Qt::AutoText)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}

}  // namespace

ResultPage::ResultPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clipboard(new PasswordClipboard(this))
{
    setObjectName(u"resultPage"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_headline = wrappedLabel(content, u"resultHeadline"_s, Qt::PlainText);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_explanation = wrappedLabel(content, u"resultExplanation"_s, Qt::PlainText);
    m_nextStep = wrappedLabel(content, u"resultNextStep"_s, Qt::PlainText);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_nextStep);

    m_failure = new QWidget(content);
    buildFailureView();
    m_successView = new QWidget(content);
    buildSuccessView();
    layout->addWidget(m_failure);
    layout->addWidget(m_successView);
    buildCommon();
    layout->addWidget(m_details);
    layout->addWidget(m_transcript);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_copyReport);
    reportRow->addWidget(m_copyReportStatus, 1);
    layout->addLayout(reportRow);
    layout->addStretch();

    // A long diagnosis, the device sheet and the transcript do not fit a small window at 150 %: scroll, never clip.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"resultScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

ResultPage::~ResultPage() = default;

void ResultPage::buildFailureView()
{
    auto *layout = new QVBoxLayout(m_failure);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = wrappedLabel(m_failure, u"protocolSummary"_s, Qt::PlainText);
    m_serverWordsLabel = wrappedLabel(m_failure, u"serverWordsTitle"_s);
    m_serverWords = wrappedLabel(m_failure, u"serverWords"_s, Qt::PlainText);  // verbatim: never rich text
    m_serverWords->setFrameShape(QFrame::StyledPanel);
    m_serverWords->setMargin(6);
    m_attempts = wrappedLabel(m_failure, u"attemptsLabel"_s, Qt::PlainText);

    m_lockout = new QFrame(m_failure);
    m_lockout->setObjectName(u"lockoutWarning"_s);
    m_lockout->setFrameShape(QFrame::StyledPanel);
    m_lockoutText = wrappedLabel(m_lockout, u"lockoutText"_s);
    m_lockoutConfirm = new QCheckBox(m_lockout);
    m_lockoutConfirm->setObjectName(u"lockoutConfirmCheck"_s);
    auto *warningIcon = new QLabel(m_lockout);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *lockoutText = new QVBoxLayout;
    lockoutText->addWidget(m_lockoutText);
    lockoutText->addWidget(m_lockoutConfirm);
    auto *lockoutLayout = new QHBoxLayout(m_lockout);
    lockoutLayout->addWidget(warningIcon);
    lockoutLayout->addLayout(lockoutText, 1);
    connect(m_lockoutConfirm, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->session().lockoutConfirmedAt = on ? m_wizard->draft().rejectedAttempts : -1;
        updateButtons();
    });

    m_reissue = button(m_failure, u"reissueButton"_s);
    m_statusPage = button(m_failure, u"statusPageButton"_s);
    m_supportPage = button(m_failure, u"supportPageButton"_s);
    m_imapSettings = button(m_failure, u"imapSettingsButton"_s);
    m_tryAnother = button(m_failure, u"tryAnotherPasswordButton"_s);
    m_checkAgain = button(m_failure, u"checkAgainButton"_s);
    connect(m_reissue, &QPushButton::clicked, this, [this] {
        m_wizard->goToPage(SetupWizard::Password);
        m_wizard->goToPage(SetupWizard::Reissue);
    });
    const auto openPage = [this](auto member) {
        return [this, member] {
            if (const Provider *p = provider(); p && (p->*member))
                m_wizard->session().openUrl(QUrl((p->*member)->url));
        };
    };
    connect(m_statusPage, &QPushButton::clicked, this, openPage(&Provider::statusPage));
    connect(m_supportPage, &QPushButton::clicked, this, openPage(&Provider::supportPage));
    connect(m_imapSettings, &QPushButton::clicked, this, [this] {
        if (const Provider *p = provider())
            m_wizard->session().openUrl(QUrl(p->imapEnable.url));
    });
    connect(m_tryAnother, &QPushButton::clicked, this, [this] {
        if (!m_wizard->draft().browserSignIn) {
            m_wizard->goToPage(SetupWizard::Password);
            return;
        }
        // A new sign-in, started only by the user's click on the sign-in page; the old tokens go.
        m_wizard->goToPage(SetupWizard::SignIn);
        if (auto *signIn = qobject_cast<SignInPage *>(m_wizard->currentPage()))
            signIn->startOver();
    });
    connect(m_checkAgain, &QPushButton::clicked, this, &ResultPage::trustAndCheckAgain);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reissue);
    actions->addWidget(m_statusPage);
    actions->addWidget(m_supportPage);
    actions->addWidget(m_imapSettings);
    actions->addStretch();
    auto *retry = new QHBoxLayout;
    retry->addStretch();
    retry->addWidget(m_checkAgain);
    retry->addWidget(m_tryAnother);

    m_certificates = new QVBoxLayout;
    layout->addLayout(actions);
    layout->addWidget(m_attempts);
    layout->addWidget(m_lockout);
    layout->addLayout(m_certificates);
    layout->addLayout(retry);
    layout->addWidget(m_summary);
    layout->addWidget(m_serverWordsLabel);
    layout->addWidget(m_serverWords);
}

void ResultPage::buildSuccessView()
{
    auto *layout = new QVBoxLayout(m_successView);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mailboxes = wrappedLabel(m_successView, u"mailboxSummary"_s, Qt::PlainText);
    m_save = button(m_successView, u"saveButton"_s);
    m_saveStatus = wrappedLabel(m_successView, u"saveStatus"_s, Qt::PlainText);
    connect(m_save, &QPushButton::clicked, this, &ResultPage::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveStatus, 1);

    m_sheetTitle = wrappedLabel(m_successView, u"sheetTitle"_s);
    m_sheet = new DeviceSettingsSheet(m_successView);

    m_password = new QLineEdit(m_successView);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setReadOnly(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(m_successView);
    m_passwordLabel->setBuddy(m_password);
    m_showPassword = button(m_successView, u"showPasswordButton"_s);
    m_showPassword->setCheckable(true);
    m_copyPassword = button(m_successView, u"copyPasswordButton"_s);
    m_clipboardNote = wrappedLabel(m_successView, u"clipboardNote"_s, Qt::PlainText);
    // The field stays empty until the user asks: the password is not even in the widget before that.
    connect(m_showPassword, &QPushButton::toggled, this, [this](bool show) {
        m_password->setText(show ? m_wizard->draft().password : QString());
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        retranslateSuccess();
    });
    connect(m_copyPassword, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_wizard->draft().password);
        retranslateSuccess();
    });
    connect(m_clipboard, &PasswordClipboard::cleared, this, [this] { retranslateSuccess(); });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    passwordRow->addWidget(m_copyPassword);

    layout->addWidget(m_mailboxes);
    layout->addLayout(saveRow);
    layout->addSpacing(8);
    layout->addWidget(m_sheetTitle);
    layout->addWidget(m_sheet);
    layout->addLayout(passwordRow);
    layout->addWidget(m_clipboardNote);
}

void ResultPage::buildCommon()
{
    m_details = new QToolButton;
    m_details->setObjectName(u"detailsButton"_s);
    m_details->setCheckable(true);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setArrowType(Qt::RightArrow);
    m_transcript = new QPlainTextEdit;
    m_transcript->setObjectName(u"transcriptView"_s);
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumHeight(160);
    m_transcript->hide();
    connect(m_details, &QToolButton::toggled, this, [this](bool on) {
        m_transcript->setVisible(on);
        m_details->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_copyReport = new QPushButton;
    m_copyReport->setObjectName(u"copyReportButton"_s);
    m_copyReportStatus = wrappedLabel(nullptr, u"copyReportStatus"_s, Qt::PlainText);
    connect(m_copyReport, &QPushButton::clicked, this, &ResultPage::copyReport);
}

const Provider *ResultPage::provider() const
{
    return m_wizard->session().providers().byId(m_wizard->draft().providerId);
}

void ResultPage::initializePage()
{
    const WizardSession &session = m_wizard->session();
    m_success = session.lastResult && session.lastResult->verified();
    m_saveState = SaveState::NotSaved;
    m_saveError.clear();
    m_copyReportStatus->clear();
    m_showPassword->setChecked(false);
    m_password->clear();
    m_details->setChecked(false);
    m_lockoutConfirm->setChecked(false);
    qDeleteAll(m_certificatePanels);
    m_certificatePanels.clear();

    QStringList transcript;
    if (session.lastResult) {
        for (const auto &[id, r] :
             {std::pair{u"IMAP"_s, session.lastResult->imap}, std::pair{u"SMTP"_s, session.lastResult->smtp}}) {
            if (!r)
                continue;
            transcript << u"--- %1 ---"_s.arg(id) << r->transcript << QString();
        }
    }
    m_transcript->setPlainText(transcript.join(u'\n'));

    if (m_success)
        showSuccess();
    else
        showFailure();
    retranslate();
}

void ResultPage::showFailure()
{
    m_failure->show();
    m_successView->hide();
    const WizardSession &session = m_wizard->session();
    if (!session.lastResult || !session.lastSettings)
        return;
    for (const auto &[protocol, r, endpoint] :
         {std::tuple{Protocol::Imap, session.lastResult->imap, session.lastSettings->imap},
          std::tuple{Protocol::Smtp, session.lastResult->smtp, session.lastSettings->smtp}}) {
        if (!r || !endpoint || !isCertificateProblem(r->diagnosis))
            continue;
        auto *panel = new CertificatePanel(protocol, *endpoint, *r, m_failure);
        connect(panel, &CertificatePanel::trustChanged, this, &ResultPage::updateButtons);
        m_certificates->addWidget(panel);
        m_certificatePanels << panel;
    }
}

void ResultPage::showSuccess()
{
    m_failure->hide();
    m_successView->show();
    m_sheet->setAccount(m_wizard->draft());
}

void ResultPage::cleanupPage()
{
    m_showPassword->setChecked(false);
    m_password->clear();
    qDeleteAll(m_certificatePanels);
    m_certificatePanels.clear();
}

void ResultPage::trustAndCheckAgain()
{
    AccountDraft &draft = m_wizard->draft();
    for (const CertificatePanel *panel : std::as_const(m_certificatePanels)) {
        if (panel->isTrustChosen())
            draft.pinnedCertificates.add(panel->endpointKey(), panel->fingerprint());
    }
    m_wizard->goToPage(SetupWizard::Test);
}

void ResultPage::save()
{
    if (!m_success || m_saveJob)
        return;
    const AccountDraft &draft = m_wizard->draft();
    // An OAuth account keeps its refresh token, never the access token (short-lived) and no password.
    const QString secret = draft.browserSignIn ? draft.oauthTokens.refreshToken : draft.password;
    if (draft.browserSignIn && (secret.isEmpty() || !draft.oauth)) {
        m_saveState = SaveState::Failed;
        m_saveError = tr("The provider gave no lasting sign-in (no refresh token), so there is nothing to keep: "
                         "you will sign in with the browser again next time.");
        retranslateSuccess();
        return;
    }
    // Only right after a verified check, with exactly the settings and secret it used.
    const WizardSession &session = m_wizard->session();
    const std::optional<VerifiedLogin> login =
        session.lastSettings && session.lastResult
            ? LoginVerification::fromCheck(profileOf(draft), *session.lastSettings, *session.lastResult, secret)
            : std::nullopt;
    if (!login) {
        m_saveState = SaveState::Failed;
        m_saveError = tr("The settings changed after the check, so they are not saved: check again first.");
        retranslateSuccess();
        return;
    }
    AccountJob *job = m_wizard->session().accounts().save(*login, this);
    m_saveJob = job;
    connect(job, &AccountJob::finished, this, &ResultPage::onSaved);
    m_saveState = SaveState::Saving;
    job->start();
    retranslateSuccess();
}

void ResultPage::onSaved(AccountJob *job)
{
    job->deleteLater();
    m_saveJob = nullptr;
    if (job->error()) {
        m_saveState = SaveState::Failed;
        m_saveError = KeychainText::accountsProblem(*job->error(), job->keychainError(),
                                                    *job->error() == AccountsError::UnknownAccount
                                                        ? job->account().address
                                                        : m_wizard->session().accounts().filePath(),
                                                    job->errorDetails());
    } else {
        m_saveState = SaveState::Saved;
    }
    retranslateSuccess();
}

void ResultPage::copyReport()
{
    const WizardSession &session = m_wizard->session();
    if (!session.lastResult || !session.lastSettings)
        return;
    QApplication::clipboard()->setText(supportReport(m_wizard->draft(), *session.lastSettings, *session.lastResult));
    m_copyReportStatus->setText(tr("Copied. The report has no password in it; paste it into your message to "
                                   "support."));
}

void ResultPage::updateButtons()
{
    const WizardSession &session = m_wizard->session();
    const AccountDraft &draft = m_wizard->draft();
    if (m_success || !session.lastResult) {
        return;
    }
    const CheckResult &result = *session.lastResult;
    const ProtocolResult *decisive = decisiveResult(result);
    const DiagnosisCode code = decisive ? decisive->diagnosis : DiagnosisCode::Ok;
    const Provider *p = provider();
    const bool rejected = loginWasRejected(result);
    const bool lockoutRisk = rejected && draft.rejectedAttempts >= 2;

    const bool oauth = draft.browserSignIn;
    m_reissue->setVisible(!oauth && (rejected || isPasswordProblem(code)));
    m_statusPage->setVisible(isServerProblem(code) && p && p->statusPage && !p->statusPage->url.isEmpty());
    const bool accountProblem = code == DiagnosisCode::AccountLocked || code == DiagnosisCode::TooManyAttempts ||
                                code == DiagnosisCode::ContactAdmin || code == DiagnosisCode::NotAuthorized;
    m_supportPage->setVisible(accountProblem && p && p->supportPage && !p->supportPage->url.isEmpty());
    m_imapSettings->setVisible(code == DiagnosisCode::ImapDisabled && p && !p->imapEnable.url.isEmpty());
    m_attempts->setVisible(!oauth && draft.rejectedAttempts > 0);
    m_lockout->setVisible(!oauth && lockoutRisk);
    m_tryAnother->setEnabled(oauth || !lockoutRisk || session.lockoutConfirmedAt == draft.rejectedAttempts);
    // A rejected password is never simply sent again: only a new one (through the password page) is. Nor is a
    // rejected token: the way on is a new sign-in.
    const bool tokenRefused =
        oauth && decisive && (decisive->stage == CheckStage::Auth || code == DiagnosisCode::OauthTokenRejected);
    m_checkAgain->setVisible(oauth ? !tokenRefused : !rejected);
    bool trusting = false;
    for (const CertificatePanel *panel : std::as_const(m_certificatePanels))
        trusting = trusting || panel->isTrustChosen();
    m_checkAgain->setText(trusting ? tr("Trust and check &again") : tr("Check &again"));
    // The most useful action is the default one (Enter).
    m_reissue->setDefault(lockoutRisk);
}

QString ResultPage::providerNextStep() const
{
    const Provider *p = provider();
    const auto &result = m_wizard->session().lastResult;
    const ProtocolResult *decisive = result ? decisiveResult(*result) : nullptr;
    if (!p || !decisive || p->id == u"other")
        return {};
    const QString lang = Language::code(Language::current());
    const QString name = p->name.forLanguage(lang);
    const QString portal =
        p->portal.name.forLanguage(lang).isEmpty() ? p->portal.url : p->portal.name.forLanguage(lang);
    switch (decisive->diagnosis) {
    case DiagnosisCode::WrongCredentials:
    case DiagnosisCode::PasswordExpired:
    case DiagnosisCode::AppPasswordRequired:
        if (!p->passwordName.isEmpty() && !portal.isEmpty())
            return tr("%1 wants its %2 here. Check it on %3, or reissue it there, then enter it again: \"Reissue "
                      "the password\" shows the steps in order.")
                .arg(name, p->passwordName.forLanguage(lang), portal);
        break;
    case DiagnosisCode::OauthRequired:
        if (p->auth.contains(AuthMethod::OAuth2) && !p->auth.contains(AuthMethod::Password) &&
            !p->auth.contains(AuthMethod::AppPassword))
            return tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                      "(OAuth2). Check the account with \"Sign in with your browser\" in this wizard; in your mail "
                      "app, remove the account and add it again with \"Sign in with Microsoft\" (Outlook, "
                      "Thunderbird, iPhone and Android mail apps offer it).")
                .arg(name);
        break;
    case DiagnosisCode::ImapDisabled:
        if (!p->imapEnable.where.isEmpty())
            return tr("Turn on IMAP access for %1: %2").arg(name, p->imapEnable.where.forLanguage(lang));
        break;
    case DiagnosisCode::AccountLocked:
    case DiagnosisCode::TooManyAttempts:
    case DiagnosisCode::ContactAdmin:
    case DiagnosisCode::NotAuthorized:
        if (p->supportPage)
            return tr("Wait before trying again, and if it stays like this contact %1 through %2.")
                .arg(name, p->supportPage->name.forLanguage(lang));
        break;
    default:
        if (isServerProblem(decisive->diagnosis) && p->statusPage)
            return tr("See whether %1 reports a problem on %2, and check again later. Your password may well be "
                      "right.")
                .arg(name, p->statusPage->name.forLanguage(lang));
        break;
    }
    return {};
}

void ResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ResultPage::retranslate()
{
    m_details->setText(tr("&Details (what was said, passwords removed)"));
    m_transcript->setAccessibleName(tr("Transcript of the check, passwords removed"));
    m_copyReport->setText(tr("Copy report for &support"));
    if (m_success)
        retranslateSuccess();
    else
        retranslateFailure();
}

void ResultPage::retranslateFailure()
{
    setTitle(tr("The check found a problem"));
    setSubTitle(tr("Nothing was saved or changed. Here is what happened and what to do next."));
    const WizardSession &session = m_wizard->session();
    const AccountDraft &draft = m_wizard->draft();
    const ProtocolResult *decisive = session.lastResult ? decisiveResult(*session.lastResult) : nullptr;
    const DiagnosisCode code = decisive ? decisive->diagnosis : DiagnosisCode::NotAttempted;
    const DiagnosisText text = describe(code, providerNextStep());
    m_headline->setText(text.headline);
    m_explanation->show();
    m_nextStep->show();
    QString why = text.explanation;
    if (decisive && decisive->clockLooksWrong)
        why += u' ' + clockWarning();
    m_explanation->setText(why);
    m_nextStep->setText(tr("What to do: %1").arg(text.nextStep));

    QStringList summary;
    QStringList words;
    if (session.lastResult) {
        for (const auto &[id, r] :
             {std::pair{u"imap"_s, session.lastResult->imap}, std::pair{u"smtp"_s, session.lastResult->smtp}}) {
            if (!r) {
                summary << tr("%1: not checked").arg(protocolName(id));
                continue;
            }
            if (r->verified)
                summary << tr("%1: ✔ works").arg(protocolName(id));
            else if (r->diagnosis == DiagnosisCode::NotAttempted || r->diagnosis == DiagnosisCode::Cancelled)
                summary << tr("%1: – %2").arg(protocolName(id), describe(r->diagnosis).headline);
            else
                summary << tr("%1: ✘ %2 (at: %3)")
                               .arg(protocolName(id), describe(r->diagnosis).headline, stageName(r->stage));
            for (const QString &alert : r->alerts)
                words << u"%1: [ALERT] %2"_s.arg(id.toUpper(), alert);
            if (!r->serverText.isEmpty())
                words << u"%1: %2"_s.arg(id.toUpper(), r->serverText);
        }
    }
    m_summary->setText(summary.join(u'\n'));
    m_serverWordsLabel->setText(tr("<b>The server's own words</b> (as it sent them):"));
    m_serverWords->setText(words.join(u'\n'));
    m_serverWordsLabel->setVisible(!words.isEmpty());
    m_serverWords->setVisible(!words.isEmpty());

    const int attempts = draft.rejectedAttempts;
    m_attempts->setText(attempts == 1
                            ? tr("1 password was rejected in this session. Many providers lock an account after a "
                                 "few wrong passwords: check it carefully before trying again.")
                            : tr("Passwords rejected in this session: %1.").arg(attempts));
    m_lockoutText->setText(
        tr("<b>Careful: another wrong password may lock the account.</b> Many providers block sign-ins for a while "
           "(sometimes until you contact them) after a few failures, and then even the right password stops "
           "working. Reissuing the password is the safer way."));
    m_lockoutConfirm->setText(tr("I understand the risk and want to try one more password"));
    m_reissue->setText(tr("&Reissue the password"));
    m_statusPage->setText(tr("Open the &status page"));
    m_supportPage->setText(tr("Open the s&upport page"));
    m_imapSettings->setText(tr("Open the &IMAP settings page"));
    m_tryAnother->setText(draft.browserSignIn ? tr("Sign in &again") : tr("Back to the &password"));
    updateButtons();
}

void ResultPage::retranslateSuccess()
{
    const WizardSession &session = m_wizard->session();
    const AccountDraft &draft = m_wizard->draft();
    const bool oauth = draft.browserSignIn;
    if (oauth) {
        setTitle(tr("The sign-in works"));
        setSubTitle(tr("The server accepted the browser sign-in. Save it, then set up the device whose mail "
                       "stopped with the same settings."));
    } else {
        setTitle(tr("The password works"));
        setSubTitle(tr("The server accepted it. Save it, then enter the same settings on the device whose mail "
                       "stopped."));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_showPassword), static_cast<QWidget *>(m_copyPassword),
                       static_cast<QWidget *>(m_clipboardNote)})
        w->setVisible(!oauth);
    m_headline->setText(describe(DiagnosisCode::Ok).headline);
    m_explanation->clear();
    m_nextStep->clear();
    m_explanation->hide();
    m_nextStep->hide();
    QStringList lines;
    if (session.lastResult && session.lastResult->imap) {
        const ProtocolResult &imap = *session.lastResult->imap;
        lines << tr("Incoming mail: signed in and opened the INBOX. Folders: %1. Messages in the INBOX: %2.")
                     .arg(imap.mailboxes)
                     .arg(imap.inboxMessages);
    }
    if (session.lastResult && session.lastResult->smtp)
        lines << (oauth ? tr("Outgoing mail: the server accepted the sign-in too (no mail was sent).")
                        : tr("Outgoing mail: the server accepted the password too (no mail was sent)."));
    else
        lines << tr("Outgoing mail was not checked.");
    if (oauth && session.lastResult && session.lastResult->imap && !session.lastResult->imap->authMechanism.isEmpty())
        lines << tr("Signed in with your browser sign-in (OAuth2, %1).").arg(session.lastResult->imap->authMechanism);
    m_mailboxes->setText(lines.join(u'\n'));

    const bool update = draft.goal == AccountDraft::Goal::UpdatePassword;
    if (oauth)
        m_save->setText(tr("&Save the sign-in to the keychain"));
    else
        m_save->setText(update ? tr("&Update the saved password") : tr("&Save to keychain"));
    m_save->setEnabled(m_saveState != SaveState::Saving && m_saveState != SaveState::Saved);
    switch (m_saveState) {
    case SaveState::NotSaved:
        m_saveStatus->setText(oauth ? tr("Not saved yet. What is kept is a sign-in token (not your password), in "
                                         "this computer's keychain only.")
                                    : tr("Not saved yet. The password goes into this computer's keychain, nowhere "
                                         "else."));
        break;
    case SaveState::Saving:
        m_saveStatus->setText(tr("Saving…"));
        break;
    case SaveState::Saved:
        m_saveStatus->setText(tr("Saved in the keychain."));
        break;
    case SaveState::Failed:
        m_saveStatus->setText(oauth ? tr("Not saved. %1").arg(m_saveError)
                                    : tr("Not saved. %1 A password saved before is unchanged.").arg(m_saveError));
        break;
    }
    m_sheetTitle->setText(tr("<b>Enter these settings on the device whose mail stopped</b>"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("The verified password"));
    m_password->setPlaceholderText(tr("hidden"));
    m_showPassword->setText(m_showPassword->isChecked() ? tr("&Hide") : tr("Sho&w"));
    m_copyPassword->setText(tr("&Copy password"));
    m_clipboardNote->setText(m_clipboard->isPending()
                                 ? tr("The password is on the clipboard; it will be removed from there in %1 "
                                      "seconds.")
                                       .arg(qMax<qint64>(1, m_clipboard->clearAfter().count() / 1000))
                                 : tr("You need the password on the other device: show it or copy it only when "
                                      "you are ready to type or paste it there."));
}

}  // namespace ipw
