#include "pages/TestPage.h"

#include "DraftSettings.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "common/DiagnosisText.h"
#include "net/ConnectionCheck.h"
#include "pages/Verdict.h"
#include "setup/CheckOutcome.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QString stateName(TestPage::StepState state)
{
    switch (state) {
    case TestPage::StepState::Pending:
        return u"pending"_s;
    case TestPage::StepState::Active:
        return u"active"_s;
    case TestPage::StepState::Done:
        return u"done"_s;
    case TestPage::StepState::Failed:
        return u"failed"_s;
    case TestPage::StepState::Skipped:
        return u"skipped"_s;
    }
    return {};
}

// Symbols rather than colour alone, so the state is readable in any palette and by colour-blind users.
QString stateMark(TestPage::StepState state)
{
    switch (state) {
    case TestPage::StepState::Pending:
        return u"○"_s;
    case TestPage::StepState::Active:
        return u"▶"_s;
    case TestPage::StepState::Done:
        return u"✔"_s;
    case TestPage::StepState::Failed:
        return u"✘"_s;
    case TestPage::StepState::Skipped:
        return u"–"_s;
    }
    return {};
}

const char *const kStepIds[] = {"found", "connected", "secured", "signedIn", "inboxOpened"};

}  // namespace

TestPage::TestPage(SetupWizard *wizard)
    : DraftPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"testPage"_s);
    // Back from Result would show a finished check; every new check is entered forwards (SetupWizard::goToPage).
    setCommitPage(true);

    // The status at a glance first (as on the result page), the progress columns below it.
    m_verdict = new Verdict(this, u"test"_s);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"testIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto *columns = new QHBoxLayout;
    buildColumn(m_imap, u"imap"_s, true);
    buildColumn(m_smtp, u"smtp"_s, false);
    columns->addWidget(m_imap.box, 1, Qt::AlignTop);
    columns->addWidget(m_smtp.box, 1, Qt::AlignTop);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"testBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_status = new QLabel(this);
    m_status->setObjectName(u"testStatus"_s);
    m_status->setWordWrap(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"cancelCheckButton"_s);
    connect(m_stop, &QPushButton::clicked, this, &TestPage::cancelCheck);
    // Closing the window (Cancel, Escape) during a check stops it too.
    connect(wizard, &QDialog::rejected, this, [this] {
        stopCheck();
        m_busy->hide();
    });

    // The lockout gate: shown instead of starting when two passwords were rejected already.
    m_gate = new QFrame(this);
    m_gate->setObjectName(u"lockoutGate"_s);
    m_gate->setFrameShape(QFrame::StyledPanel);
    m_gateText = new QLabel(m_gate);
    m_gateText->setObjectName(u"lockoutGateText"_s);
    m_gateText->setWordWrap(true);
    m_gateConfirm = new QCheckBox(m_gate);
    m_gateConfirm->setObjectName(u"lockoutGateConfirm"_s);
    m_gateStart = new QPushButton(m_gate);
    m_gateStart->setObjectName(u"lockoutGateStart"_s);
    m_gateStart->setEnabled(false);
    m_gateReissue = new QPushButton(m_gate);
    m_gateReissue->setObjectName(u"lockoutGateReissue"_s);
    connect(m_gateConfirm, &QCheckBox::toggled, m_gateStart, &QPushButton::setEnabled);
    connect(m_gateStart, &QPushButton::clicked, this, [this] {
        if (!m_gateConfirm->isChecked())
            return;
        m_wizard->session().lockout().confirm();
        updateLockoutGate();
        startCheck();
    });
    connect(m_gateReissue, &QPushButton::clicked, this, [this] {
        m_wizard->goToPage(SetupWizard::Password);
        m_wizard->goToPage(SetupWizard::Reissue);
    });
    auto *gateLayout = new QVBoxLayout(m_gate);
    gateLayout->addWidget(m_gateText);
    gateLayout->addWidget(m_gateConfirm);
    auto *gateButtons = new QHBoxLayout;
    gateButtons->addWidget(m_gateReissue);
    gateButtons->addStretch();
    gateButtons->addWidget(m_gateStart);
    gateLayout->addLayout(gateButtons);
    m_gate->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_stop);

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_verdict);
    layout->addWidget(m_intro);
    layout->addWidget(m_gate);
    layout->addLayout(columns);
    layout->addWidget(m_busy);
    layout->addLayout(bottom);
    layout->addStretch();
    retranslate();
    render();
}

TestPage::~TestPage()
{
    stopCheck();
}

void TestPage::stopCheck()
{
    if (!m_check)
        return;
    ConnectionCheck *check = m_check;
    m_check = nullptr;
    check->disconnect(this);  // its finished(), emitted inside cancel(), is not a result to show
    check->cancel();
    delete check;  // its IMAP and SMTP jobs and their sockets go with it: nothing keeps running
}

void TestPage::buildColumn(Column &column, const QString &prefix, bool withMailbox)
{
    column.box = new QGroupBox(this);
    column.box->setObjectName(prefix + u"Column"_s);
    column.box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);  // the steps, not empty space
    column.server = new QLabel(column.box);
    column.server->setObjectName(prefix + u"Server"_s);
    column.server->setTextFormat(Qt::PlainText);
    column.server->setWordWrap(true);
    auto *grid = new QGridLayout(column.box);
    grid->addWidget(column.server, 0, 0, 1, 2);
    for (int step = 0; step < StepCount; ++step) {
        auto *mark = new QLabel(column.box);
        auto *text = new QLabel(column.box);
        mark->setObjectName(prefix + u"Mark-"_s + QLatin1String(kStepIds[step]));
        text->setObjectName(prefix + u"Step-"_s + QLatin1String(kStepIds[step]));
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(u"✔✔"_s));
        mark->setAlignment(Qt::AlignCenter);
        text->setWordWrap(true);
        column.marks[step] = mark;
        column.texts[step] = text;
        grid->addWidget(mark, step + 1, 0);
        grid->addWidget(text, step + 1, 1);
        if (step == InboxOpened && !withMailbox) {
            // SMTP has no mailbox step; keep the row's space so that both columns line up.
            for (QLabel *label : {mark, text}) {
                QSizePolicy policy = label->sizePolicy();
                policy.setRetainSizeWhenHidden(true);
                label->setSizePolicy(policy);
                label->hide();
            }
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(StepCount + 1, 1);
}

void TestPage::setState(Column &column, int step, StepState state)
{
    column.states[step] = state;
    QLabel *mark = column.marks[step];
    QLabel *text = column.texts[step];
    mark->setText(stateMark(state));
    text->setProperty("state", stateName(state));
    mark->setProperty("state", stateName(state));
    QFont font = text->font();
    font.setBold(state == StepState::Active);
    text->setFont(font);
    switch (state) {
    case StepState::Done:
        mark->setStyleSheet(u"color: #2f9e44; font-weight: bold;"_s);
        break;
    case StepState::Failed:
        mark->setStyleSheet(u"color: #e03131; font-weight: bold;"_s);
        break;
    default:
        mark->setStyleSheet(QString());
    }
    text->setEnabled(state != StepState::Pending && state != StepState::Skipped);
}

void TestPage::resetColumns()
{
    const AccountDraft &draft = m_wizard->draft();
    const bool smtp = draft.checkSmtp && draft.smtp.hasHost();
    for (Column *column : {&m_imap, &m_smtp}) {
        column->reached = -1;
        for (int step = 0; step < StepCount; ++step)
            setState(*column, step, StepState::Pending);
    }
    if (draft.imap.security == Security::None)
        setState(m_imap, Secured, StepState::Skipped);
    if (!smtp || draft.smtp.security == Security::None)
        setState(m_smtp, Secured, StepState::Skipped);
    if (!smtp) {
        for (int step = 0; step < StepCount; ++step)
            setState(m_smtp, step, StepState::Skipped);
    }
    m_smtp.box->setEnabled(smtp);
    render();
}

void TestPage::initializePage()
{
    const AccountDraft &draft = m_wizard->draft();
    WizardSession &session = m_wizard->session();
    // Attempts are counted per login name and server: another account starts from zero.
    session.lockout().setAccount(draft.loginName, draft.imap.host);
    m_done = false;
    session.lastResult.reset();
    session.lastSettings.reset();
    resetColumns();
    updateLockoutGate();
    if (!needsLockoutConfirmation())
        startCheck();
    else
        m_busy->hide();
}

bool TestPage::needsLockoutConfirmation() const
{
    // A token is not a password that can be guessed wrong: no lockout counting, and no retry either (a rejected
    // token leads to "Sign in again" on the result page).
    if (m_wizard->draft().browserSignIn)
        return false;
    return m_wizard->session().lockout().needsConfirmation();
}

void TestPage::updateLockoutGate()
{
    const bool gate = needsLockoutConfirmation() && !m_check && !m_done;
    m_gate->setVisible(gate);
    if (gate) {
        m_gateConfirm->setChecked(false);
        m_gateStart->setEnabled(false);
    }
    render();
}

void TestPage::startCheck()
{
    if (m_check)
        return;
    const AccountDraft &draft = m_wizard->draft();
    WizardSession &session = m_wizard->session();
    CheckSettings settings = checkSettingsFor(draft, session.providers(), session.options().extraCaCertificates);
    settings.stepTimeout = session.options().stepTimeout;
    // After browser sign-in the secret is the access token: XOAUTH2 / OAUTHBEARER, never PLAIN or LOGIN.
    if (draft.browserSignIn)
        settings.credential = Credential::OAuthAccessToken;
    session.lastSettings = settings;
    m_check = new ConnectionCheck(
        settings, Secret::fromString(draft.browserSignIn ? draft.oauthTokens.accessToken : draft.password), this);
    connect(m_check, &ConnectionCheck::progress, this, &TestPage::onProgress);
    // A column is final as soon as its protocol is: "INBOX opened" need not wait for SMTP.
    connect(m_check, &ConnectionCheck::protocolFinished, this, [this](Protocol protocol, const ProtocolResult &r) {
        showFinal(protocol == Protocol::Imap ? m_imap : m_smtp, r, protocol == Protocol::Imap);
    });
    connect(m_check, &ConnectionCheck::finished, this, &TestPage::onFinished);
    m_busy->show();
    m_stop->setEnabled(true);
    m_check->start();
    render();
}

void TestPage::onProgress(Protocol protocol, CheckStage stage)
{
    Column &col = column(protocol);
    const bool implicitTls = (protocol == Protocol::Imap ? m_wizard->draft().imap.security
                                                         : m_wizard->draft().smtp.security) == Security::ImplicitTls;
    int doneThrough = -1;
    int active = -1;
    switch (stage) {
    case CheckStage::Resolve:
        active = Found;
        break;
    case CheckStage::Connect:
        doneThrough = Found;
        active = Connected;
        break;
    case CheckStage::Tls:
    case CheckStage::Starttls:
        doneThrough = Connected;
        active = Secured;
        break;
    case CheckStage::Greeting:
    case CheckStage::Capability:
        doneThrough = implicitTls ? Secured : Connected;
        break;
    case CheckStage::Auth:
        doneThrough = Secured;
        active = SignedIn;
        break;
    case CheckStage::Mailbox:
        doneThrough = SignedIn;
        active = InboxOpened;
        break;
    }
    for (int step = 0; step <= doneThrough; ++step) {
        if (col.states[step] != StepState::Skipped)
            setState(col, step, StepState::Done);
    }
    if (active >= 0 && active > col.reached && col.states[active] != StepState::Skipped) {
        setState(col, active, StepState::Active);
        col.reached = active;
    }
}

void TestPage::showFinal(Column &col, const std::optional<ProtocolResult> &result, bool isImap)
{
    if (!result)
        return;
    const int last = isImap ? InboxOpened : SignedIn;
    if (result->verified) {
        for (int step = 0; step <= last; ++step) {
            if (col.states[step] != StepState::Skipped)
                setState(col, step, StepState::Done);
        }
        return;
    }
    const bool notTried =
        result->diagnosis == DiagnosisCode::NotAttempted || result->diagnosis == DiagnosisCode::Cancelled;
    for (int step = 0; step <= last; ++step) {
        if (col.states[step] == StepState::Done || col.states[step] == StepState::Skipped)
            continue;
        setState(col, step, notTried ? StepState::Skipped : StepState::Failed);
        for (int later = step + 1; later <= last; ++later) {
            if (col.states[later] != StepState::Skipped)
                setState(col, later, StepState::Pending);
        }
        break;
    }
}

void TestPage::onFinished(const CheckResult &result)
{
    ConnectionCheck *check = m_check;
    m_check = nullptr;
    if (check)
        check->deleteLater();
    m_done = true;
    m_busy->hide();
    m_stop->setEnabled(false);
    showFinal(m_imap, result.imap, true);
    showFinal(m_smtp, result.smtp, false);

    AccountDraft &draft = m_wizard->draft();
    WizardSession &session = m_wizard->session();
    session.lockout().recordResult(result, draft.browserSignIn ? Credential::OAuthAccessToken : Credential::Password);
    draft.lastCheckVerified = result.verified();
    session.lastResult = result;
    render();
    Q_EMIT completeChanged();
    Q_EMIT checkEnded();
    // The result page follows by itself; it never starts another attempt.
    QTimer::singleShot(0, this, [this] {
        if (m_wizard->currentPage() == this && m_done)
            m_wizard->next();
    });
}

void TestPage::cancelCheck()
{
    stopCheck();
    m_busy->hide();
    m_stop->setEnabled(false);
    if (m_wizard->currentPage() == this)
        m_wizard->back();
}

void TestPage::cleanupPage()
{
    stopCheck();
    m_done = false;
    m_wizard->session().lastSettings.reset();
    m_wizard->session().lastResult.reset();
}

bool TestPage::isChecking() const
{
    return !m_check.isNull();
}

bool TestPage::isComplete() const
{
    return m_done;
}

void TestPage::retranslate()
{
    setButtonText(QWizard::CommitButton, tr("Show the result"));
    setSubTitle(tr("This signs in once, the way your mail app does. Nothing on the server is changed and no mail "
                   "is sent."));
    m_imap.box->setTitle(protocolName(u"imap"));
    m_smtp.box->setTitle(protocolName(u"smtp"));
    for (Column *col : {&m_imap, &m_smtp}) {
        col->texts[Found]->setText(tr("Server found"));
        col->texts[Connected]->setText(tr("Connected"));
        col->texts[InboxOpened]->setText(tr("INBOX opened"));
    }
    m_stop->setText(tr("&Stop the check"));
    m_stop->setAccessibleDescription(tr("Stop the check; nothing is saved."));
    m_gateText->setText(tr("<b>Two passwords were already rejected in this session.</b> Many providers lock the "
                           "account for a while after a few more wrong passwords, and then even the right password "
                           "stops working. If you are not sure this password is right, reissue it instead."));
    m_gateConfirm->setText(tr("I understand the risk: check this password once more"));
    m_gateStart->setText(tr("Check &now"));
    m_gateReissue->setText(tr("&Reissue the password instead"));
}

void TestPage::render()
{
    const AccountDraft &draft = m_wizard->draft();
    setTitle(draft.browserSignIn ? tr("Checking the sign-in with the server")
                                 : tr("Checking the password with the server"));
    const bool ownSmtpLogin = draft.checkSmtp && draft.smtpLoginName && *draft.smtpLoginName != draft.loginName;
    m_intro->setText(
        draft.browserSignIn ? tr("Login name: %1 (signed in with your browser, OAuth2)").arg(draft.loginName)
        : ownSmtpLogin      ? tr("Login name: %1 (receiving), %2 (sending)").arg(draft.loginName, *draft.smtpLoginName)
                            : tr("Login name: %1").arg(draft.loginName));
    m_imap.server->setText(draft.imap.hasHost() ? u"%1:%2"_s.arg(draft.imap.host).arg(draft.imap.port) : QString());
    m_smtp.server->setText(draft.checkSmtp && draft.smtp.hasHost()
                               ? u"%1:%2"_s.arg(draft.smtp.host).arg(draft.smtp.port)
                               : tr("Not checked this time"));
    for (Column *col : {&m_imap, &m_smtp}) {
        const bool plain = (col == &m_imap ? draft.imap.security : draft.smtp.security) == Security::None;
        col->texts[Secured]->setText(plain ? tr("No encryption (you allowed it)") : tr("Secure connection"));
        // The SASL mechanism the server accepted, once known (e.g. "Signed in (OAUTHBEARER)").
        const auto &last = m_wizard->session().lastResult;
        const std::optional<ProtocolResult> &r = !last            ? std::optional<ProtocolResult>()
                                                 : col == &m_imap ? last->imap
                                                                  : last->smtp;
        if (m_done && r && r->credentialsAccepted && !r->authMechanism.isEmpty())
            col->texts[SignedIn]->setText(tr("Signed in (%1)").arg(r->authMechanism));
        else
            col->texts[SignedIn]->setText(tr("Signed in"));
        for (int step = 0; step < StepCount; ++step)
            col->texts[step]->setAccessibleName(col->box->title() + u": "_s + col->texts[step]->text() + u" ("_s +
                                                col->texts[step]->property("state").toString() + u')');
    }
    m_stop->setAccessibleName(draft.browserSignIn ? tr("Stop the check and go back to the sign-in")
                                                  : tr("Stop the check and go back to the password"));
    if (m_check)
        m_status->setText(tr("Checking… You can stop at any moment."));
    else if (m_done)
        m_status->setText(tr("Done."));
    else
        m_status->clear();
    const auto &result = m_wizard->session().lastResult;
    if (m_check || (!m_done && !m_gate->isVisibleTo(this)))
        m_verdict->setVerdict(Verdict::Status::Working, tr("Checking…"), QString());
    else if (m_done)
        m_verdict->setVerdict(result && result->verified() ? Verdict::Status::Success : Verdict::Status::Problem,
                              tr("The check is finished"), QString());
    else
        m_verdict->setVerdict(Verdict::Status::Warning, tr("Waiting for your confirmation"), QString());
}

}  // namespace ipw
