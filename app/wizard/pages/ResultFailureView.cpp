#include "pages/ResultFailureView.h"

#include "CertificatePanel.h"
#include "HelpLinks.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "common/NextStepText.h"
#include "pages/ResultWidgets.h"
#include "pages/SignInPage.h"
#include "setup/CheckOutcome.h"
#include "setup/NextStep.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace ipw {

ResultFailureView::ResultFailureView(SetupWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
{
    setObjectName(u"resultFailureView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // What the user needs to decide stays visible; the rest goes under the page's "Details" (details()).
    m_details = new QWidget(this);
    m_details->setObjectName(u"failureDetails"_s);
    m_summary = resultLabel(m_details, u"protocolSummary"_s, Qt::PlainText);
    m_serverWordsLabel = resultLabel(m_details, u"serverWordsTitle"_s);
    m_serverWords = resultLabel(m_details, u"serverWords"_s, Qt::PlainText);  // verbatim: never rich text
    m_serverWords->setFrameShape(QFrame::StyledPanel);
    m_serverWords->setMargin(6);
    m_attempts = resultLabel(m_details, u"attemptsLabel"_s, Qt::PlainText);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_summary);
    details->addWidget(m_serverWordsLabel);
    details->addWidget(m_serverWords);
    details->addWidget(m_attempts);

    // Only before a third attempt (LockoutGuard::askAfterRejections), as one sentence and the box to tick.
    m_lockout = new QFrame(this);
    m_lockout->setObjectName(u"lockoutWarning"_s);
    m_lockout->setFrameShape(QFrame::StyledPanel);
    m_lockoutText = resultLabel(m_lockout, u"lockoutText"_s);
    m_lockoutConfirm = new QCheckBox(m_lockout);
    m_lockoutConfirm->setObjectName(u"lockoutConfirmCheck"_s);
    auto *warningIcon = new QLabel(m_lockout);
    warningIcon->setObjectName(u"lockoutIcon"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    m_lockoutIcon = warningIcon;
    auto *lockoutText = new QVBoxLayout;
    lockoutText->addWidget(m_lockoutText);
    lockoutText->addWidget(m_lockoutConfirm);
    auto *lockoutLayout = new QHBoxLayout(m_lockout);
    lockoutLayout->addWidget(warningIcon);
    lockoutLayout->addLayout(lockoutText, 1);
    // Ticking the box is the confirmation the Test page asks for: it does not ask a second time.
    connect(m_lockoutConfirm, &QCheckBox::toggled, this, [this](bool on) {
        LockoutGuard &lockout = m_wizard->session().lockout();
        if (on)
            lockout.confirm();
        else
            lockout.withdrawConfirmation();
        updateButtons();
    });

    m_reissue = resultButton(this, u"reissueButton"_s);
    m_statusPage = resultButton(this, u"statusPageButton"_s);
    m_supportPage = resultButton(this, u"supportPageButton"_s);
    m_imapSettings = resultButton(this, u"imapSettingsButton"_s);
    m_webAlert = resultButton(this, u"webAlertButton"_s);
    m_tryAnother = resultButton(this, u"tryAnotherPasswordButton"_s);
    m_checkAgain = resultButton(this, u"checkAgainButton"_s);
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
    connect(m_webAlert, &QPushButton::clicked, this, [this] {
        if (const QUrl url = webAlertUrl(); url.isValid())
            m_wizard->session().openUrl(url);
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
    connect(m_checkAgain, &QPushButton::clicked, this, &ResultFailureView::trustAndCheckAgain);

    // One primary action on a row of its own (the default button: Enter), the other ways on below it.
    m_primaryRow = new QHBoxLayout;
    m_secondaryRow = new QHBoxLayout;
    m_actionButtons = {m_reissue, m_statusPage, m_supportPage, m_imapSettings, m_webAlert, m_tryAnother, m_checkAgain};
    for (QPushButton *button : std::as_const(m_actionButtons))
        m_secondaryRow->addWidget(button);
    m_primaryRow->addStretch();
    m_secondaryRow->addStretch();

    m_certificates = new QVBoxLayout;
    layout->addWidget(m_lockout);
    layout->addLayout(m_certificates);
    layout->addLayout(m_primaryRow);
    layout->addLayout(m_secondaryRow);
    layout->addWidget(m_helpLinks = new HelpLinks(this));  // the result's glossary terms and the checklist
}

ResultFailureView::~ResultFailureView() = default;

const Provider *ResultFailureView::provider() const
{
    return m_wizard->session().providers().byId(m_wizard->draft().providerId);
}

bool ResultFailureView::lockoutShown() const
{
    return !m_lockout->isHidden();  // hidden or not by updateButtons(), also while the page itself is not shown
}

void ResultFailureView::initialize()
{
    m_lockoutConfirm->setChecked(false);  // a confirmation given on the last result is withdrawn
    cleanup();
    const WizardSession &session = m_wizard->session();
    if (!session.lastResult || !session.lastSettings)
        return;
    for (const auto &[protocol, r, endpoint] :
         {std::tuple{Protocol::Imap, session.lastResult->imap, session.lastSettings->imap},
          std::tuple{Protocol::Smtp, session.lastResult->smtp, session.lastSettings->smtp}}) {
        if (!r || !endpoint || !isCertificateProblem(r->diagnosis))
            continue;
        auto *panel = new CertificatePanel(protocol, *endpoint, *r, this);
        connect(panel, &CertificatePanel::trustChanged, this, &ResultFailureView::updateButtons);
        m_certificates->addWidget(panel);
        m_certificatePanels << panel;
    }
}

void ResultFailureView::cleanup()
{
    qDeleteAll(m_certificatePanels);
    m_certificatePanels.clear();
}

void ResultFailureView::trustAndCheckAgain()
{
    AccountDraft &draft = m_wizard->draft();
    for (const CertificatePanel *panel : std::as_const(m_certificatePanels)) {
        if (panel->isTrustChosen())
            draft.pinnedCertificates.add(panel->endpointKey(), panel->fingerprint());
    }
    m_wizard->goToPage(SetupWizard::Test);
}

QUrl ResultFailureView::webAlertUrl() const
{
    const std::optional<CheckResult> &result = m_wizard->session().lastResult;
    if (!result || !result->imap || result->imap->webAlertUrl.isEmpty())
        return {};
    const QUrl url(result->imap->webAlertUrl, QUrl::StrictMode);
    return url.scheme() == u"https" ? url : QUrl();  // core keeps https only; this is the last look before a browser
}

DiagnosisText ResultFailureView::text() const
{
    const std::optional<CheckResult> &result = m_wizard->session().lastResult;
    const ProtocolResult *decisive = result ? decisiveResult(*result) : nullptr;
    const DiagnosisCode code = decisive ? decisive->diagnosis : DiagnosisCode::NotAttempted;
    // What differs by provider comes from its file (core/setup/NextStep.h), in the words the CLI uses too.
    DiagnosisText text = describe(code, decisive ? describeNextStep(nextStepFor(provider(), code)) : Sentences());
    if (decisive && decisive->clockLooksWrong)
        text.explanation.more = joinSentences(text.explanation.more, clockWarning());
    return text;
}

void ResultFailureView::retranslate()
{
    m_serverWordsLabel->setText(tr("<b>The server's own words</b> (as it sent them):"));
    m_lockoutText->setText(tr("<b>Careful:</b> one more wrong password may lock the account for a while, so "
                              "reissuing the password is the safer way."));
    m_lockoutIcon->setAccessibleName(tr("Warning"));
    m_lockoutConfirm->setText(tr("I understand the risk and want to try one more password"));
    m_reissue->setText(tr("&Reissue the password"));
    m_statusPage->setText(tr("Open the &status page"));
    m_supportPage->setText(tr("Open the s&upport page"));
    m_imapSettings->setText(tr("Open the &IMAP settings page"));
    m_lockoutIcon->setAccessibleDescription(tr("One more wrong password may lock the account."));
    m_lockoutConfirm->setAccessibleDescription(tr("Needed before the wizard checks another password."));
    m_reissue->setAccessibleDescription(tr("Steps to look up or reissue the password at your provider."));
    m_tryAnother->setAccessibleDescription(tr("Go back and type another password."));
    m_checkAgain->setAccessibleDescription(tr("Run the same check once more."));
    for (QPushButton *page : {m_statusPage, m_supportPage, m_imapSettings})
        page->setAccessibleDescription(tr("Opens the provider's page in your browser."));
}

void ResultFailureView::render()
{
    const WizardSession &session = m_wizard->session();
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
    m_serverWords->setText(words.join(u'\n'));
    m_serverWordsLabel->setVisible(!words.isEmpty());
    m_serverWords->setVisible(!words.isEmpty());

    const int attempts = session.lockout().rejectedAttempts();
    m_attempts->setText(attempts == 1
                            ? tr("1 password was rejected in this session. Many providers lock an account after a "
                                 "few wrong passwords: check it carefully before trying again.")
                            : tr("Passwords rejected in this session: %1.").arg(attempts));
    m_tryAnother->setText(m_wizard->draft().browserSignIn ? tr("Sig&n in again") : tr("Back to the &password"));
    updateButtons();
}

void ResultFailureView::updateButtons()
{
    const WizardSession &session = m_wizard->session();
    if (!session.lastResult)
        return;
    const CheckResult &result = *session.lastResult;
    const ProtocolResult *decisive = decisiveResult(result);
    const DiagnosisCode code = decisive ? decisive->diagnosis : DiagnosisCode::Ok;
    const Provider *p = provider();
    const bool rejected = loginWasRejected(result);
    const bool oauth = m_wizard->draft().browserSignIn;
    const LockoutGuard &lockout = session.lockout();
    // The risk the guard asks about: the next password could lock the account (also once the user confirmed).
    const bool lockoutRisk = rejected && lockout.rejectedAttempts() >= LockoutGuard::askAfterRejections;

    m_helpLinks->setResult(code, p, oauth);
    m_reissue->setVisible(!oauth && (rejected || isPasswordProblem(code)));
    m_statusPage->setVisible(isServerProblem(code) && p && p->statusPage && !p->statusPage->url.isEmpty());
    const bool accountProblem = code == DiagnosisCode::AccountLocked || code == DiagnosisCode::TooManyAttempts ||
                                code == DiagnosisCode::ContactAdmin || code == DiagnosisCode::NotAuthorized;
    m_supportPage->setVisible(accountProblem && p && p->supportPage && !p->supportPage->url.isEmpty());
    m_imapSettings->setVisible(code == DiagnosisCode::ImapDisabled && p && !p->imapEnable.url.isEmpty());
    const QUrl webAlert = webAlertUrl();
    m_webAlert->setVisible(webAlert.isValid());
    m_webAlert->setText(tr("Open the &confirmation page on %1").arg(webAlert.host()));
    // Where the click leads, before it is made: the page is the server's suggestion, not ours.
    m_webAlert->setToolTip(webAlert.toDisplayString());
    m_webAlert->setAccessibleDescription(webAlert.toDisplayString());
    m_attempts->setVisible(!oauth && lockout.rejectedAttempts() > 0);
    m_lockout->setVisible(!oauth && lockoutRisk);
    m_tryAnother->setEnabled(oauth || !lockoutRisk || lockout.mayCheck());
    // A rejected password is never simply sent again: only a new one (through the password page) is. Nor is a
    // rejected token: the way on is a new sign-in.
    const bool tokenRefused =
        oauth && decisive && (decisive->stage == CheckStage::Auth || code == DiagnosisCode::OauthTokenRejected);
    m_checkAgain->setVisible(oauth ? !tokenRefused : !rejected);
    bool trusting = false;
    for (const CertificatePanel *panel : std::as_const(m_certificatePanels))
        trusting = trusting || panel->isTrustChosen();
    m_checkAgain->setText(trusting ? tr("Trust and check a&gain") : tr("Check a&gain"));
    placePrimary(primaryAction(code, lockoutRisk));
}

QPushButton *ResultFailureView::primaryAction(DiagnosisCode code, bool lockoutRisk) const
{
    if (lockoutRisk && m_reissue->isVisibleTo(this))
        return m_reissue;
    // The provider's own step (core/setup/NextStep.h) says which button does it; nothing here knows providers.
    QPushButton *byStep = nullptr;
    switch (nextStepFor(provider(), code).kind) {
    case ProviderNextStep::Kind::ReissuePassword:
        byStep = m_reissue;
        break;
    case ProviderNextStep::Kind::CheckStatusPage:
        byStep = m_statusPage;
        break;
    case ProviderNextStep::Kind::ContactSupport:
        byStep = m_supportPage;
        break;
    case ProviderNextStep::Kind::EnableImap:
        byStep = m_imapSettings;
        break;
    case ProviderNextStep::Kind::BrowserSignInOnly:
    case ProviderNextStep::Kind::None:
        break;
    }
    if (byStep && byStep->isVisibleTo(this))
        return byStep;
    if (m_webAlert->isVisibleTo(this))
        return m_webAlert;
    if (!m_certificatePanels.isEmpty() && m_checkAgain->isVisibleTo(this))
        return m_checkAgain;
    if (m_tryAnother->isEnabled() && loginWasRejected(*m_wizard->session().lastResult))
        return m_tryAnother;
    if (m_checkAgain->isVisibleTo(this))
        return m_checkAgain;
    return m_tryAnother->isEnabled() ? m_tryAnother : nullptr;
}

void ResultFailureView::placePrimary(QPushButton *primary)
{
    m_primary = primary;
    // Primary first (alone on its row), then the others in their fixed order; Tab follows the same order.
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        m_primaryRow->removeWidget(button);
        m_secondaryRow->removeWidget(button);
    }
    int at = 0;
    if (primary)
        m_primaryRow->insertWidget(0, primary);
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        if (button != primary)
            m_secondaryRow->insertWidget(at++, button);
    }
    QWidget *previous = primary;
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        if (button == primary)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    applyDefault();
}

void ResultFailureView::applyDefault()
{
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setDefault(button == m_primary);
}

}  // namespace ipw
