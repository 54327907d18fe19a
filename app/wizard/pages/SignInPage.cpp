#include "pages/SignInPage.h"

#include "SetupWizard.h"
#include "WizardSession.h"
#include "common/DiagnosisText.h"
#include "oauth/OAuthSignIn.h"
#include "pages/Disclosure.h"
#include "pages/Notice.h"
#include "providers/OAuthClients.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QString stateName(SignInPage::State state)
{
    switch (state) {
    case SignInPage::State::Idle:
        return u"idle"_s;
    case SignInPage::State::NotConfigured:
        return u"not-configured"_s;
    case SignInPage::State::NotOffered:
        return u"not-offered"_s;
    case SignInPage::State::Waiting:
        return u"waiting"_s;
    case SignInPage::State::Exchanging:
        return u"exchanging"_s;
    case SignInPage::State::SignedIn:
        return u"signed-in"_s;
    case SignInPage::State::Failed:
        return u"failed"_s;
    }
    return {};
}

}  // namespace

SignInPage::SignInPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"signInPage"_s);

    m_intro = new QLabel;
    m_intro->setObjectName(u"signInIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);

    m_start = new QPushButton;
    m_start->setObjectName(u"signInButton"_s);
    QFont bigger = m_start->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_start->setFont(bigger);
    m_start->setMinimumHeight(m_start->sizeHint().height() + 8);

    // Waiting for the browser: what is happening, and a way on for a user whose browser did not open.
    m_waiting = new QWidget;
    m_waiting->setObjectName(u"signInWaiting"_s);
    m_busy = new QProgressBar(m_waiting);
    m_busy->setObjectName(u"signInBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_waitingText = new QLabel(m_waiting);
    m_waitingText->setObjectName(u"signInWaitingText"_s);
    m_waitingText->setWordWrap(true);
    m_waitingText->setTextFormat(Qt::RichText);
    m_reopen = new QPushButton(m_waiting);
    m_reopen->setObjectName(u"reopenBrowserButton"_s);
    m_copyLink = new QPushButton(m_waiting);
    m_copyLink->setObjectName(u"copySignInLinkButton"_s);
    m_link = new QLineEdit(m_waiting);
    m_link->setObjectName(u"signInLinkField"_s);
    m_link->setReadOnly(true);
    m_cancel = new QPushButton(m_waiting);
    m_cancel->setObjectName(u"cancelSignInButton"_s);
    auto *waitingButtons = new QHBoxLayout;
    waitingButtons->addWidget(m_reopen);
    waitingButtons->addWidget(m_copyLink);
    waitingButtons->addStretch();
    waitingButtons->addWidget(m_cancel);
    auto *waitingLayout = new QVBoxLayout(m_waiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_busy);
    waitingLayout->addWidget(m_waitingText);
    waitingLayout->addLayout(waitingButtons);
    waitingLayout->addWidget(m_link);

    m_done = new Notice(Notice::Kind::Info, u"signInSucceeded"_s);
    m_failed = new Notice(Notice::Kind::Error, u"signInFailure"_s);
    m_failureDetails = new QLabel;
    m_failureDetails->setObjectName(u"signInFailureDetails"_s);
    m_failureDetails->setWordWrap(true);
    m_failureDetails->setTextFormat(Qt::PlainText);  // the provider's own words: never rich text
    m_failureDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The failure leads with its headline, one sentence of meaning and one of what to do; the rest under "More".
    m_failureMore = new Disclosure(u"signInFailureMoreButton"_s);
    m_failureRest = new QLabel;
    m_failureRest->setObjectName(u"signInFailureRest"_s);
    m_failureRest->setWordWrap(true);
    m_failureRest->setTextFormat(Qt::PlainText);
    m_failureMore->contentLayout()->addWidget(m_failureRest);
    m_failureMore->contentLayout()->addWidget(m_failureDetails);

    // No client ID in this build: say so, and where the setting goes.
    m_notConfigured = new Notice(Notice::Kind::Warning, u"oauthNotConfigured"_s);
    m_settingsPathLabel = new QLabel;
    m_settingsPathLabel->setObjectName(u"oauthSettingsPathLabel"_s);
    m_settingsPathLabel->setWordWrap(true);
    m_settingsPath = new QLineEdit;
    m_settingsPath->setObjectName(u"oauthSettingsPath"_s);
    m_settingsPath->setReadOnly(true);
    m_settingsPathLabel->setBuddy(m_settingsPath);
    m_settingsExample = new QLabel;
    m_settingsExample->setObjectName(u"oauthSettingsExample"_s);
    m_settingsExample->setTextFormat(Qt::PlainText);
    m_settingsExample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsExample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_settingsExample->setFrameShape(QFrame::StyledPanel);
    m_settingsExample->setMargin(6);

    // Why, and how a build gets a client ID: one click away (issue 18: about three sentences before "More").
    m_setupMore = new Disclosure(u"oauthSetupMoreButton"_s);
    m_setupHowTo = new QLabel;
    m_setupHowTo->setObjectName(u"oauthSetupHowTo"_s);
    m_setupHowTo->setWordWrap(true);
    m_setupHowTo->setTextFormat(Qt::RichText);
    m_setupMore->contentLayout()->addWidget(m_setupHowTo);
    m_setupMore->contentLayout()->addWidget(m_settingsPathLabel);
    m_setupMore->contentLayout()->addWidget(m_settingsPath);
    m_setupMore->contentLayout()->addWidget(m_settingsExample);

    auto *layout = bodyLayout();
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_waiting);
    layout->addWidget(m_done);
    layout->addWidget(m_failed);
    layout->addWidget(m_failureMore);
    layout->addWidget(m_notConfigured);
    layout->addWidget(m_setupMore);
    layout->addStretch();

    connect(m_start, &QPushButton::clicked, this, &SignInPage::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancelSignIn);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_job && m_url.isValid())
            setupWizard()->session().openUrl(m_url);
    });
    connect(m_copyLink, &QPushButton::clicked, this, &SignInPage::copyLink);
    // Closing the window (Cancel, Escape) while waiting stops the sign-in and its listener too.
    if (auto *owner = qobject_cast<QWizard *>(parent))
        connect(owner, &QDialog::rejected, this, &SignInPage::stopJob);
    retranslate();
    setState(State::Idle);
}

SignInPage::~SignInPage()
{
    stopJob();
}

void SignInPage::initializePage()
{
    // Entered forwards: a new sign-in. Tokens of an earlier one (another account, a check that failed) go.
    stopJob();
    AccountDraft &d = draft();
    d.oauthTokens = {};
    d.password.clear();
    m_failure.reset();
    const Provider *p = provider();
    if (!p) {
        m_setup = {};
        setState(State::NotOffered);
        return;
    }
    m_setup = oauthSetupFor(*p, OAuthClients::load(), d.address.trimmed());
    // The servers as the account page left them (the user may have typed others): a known issuer's token goes
    // to that provider's own mail hosts only (core/setup/KnownIssuers.h).
    QStringList hosts{d.imap.host};
    if (d.checkSmtp)
        hosts.append(d.smtp.host);
    if (m_setup.settings &&
        KnownIssuers::builtIn().mailHostsAllowed(*m_setup.settings, hosts) != OAuthBinding::Allowed) {
        m_setup.binding = OAuthBinding::ForeignMailHosts;
        m_setup.configured = false;
        m_setup.settings.reset();
    }
    if (m_setup.issuer.isEmpty() && p->oauth2)
        m_setup.issuer = p->oauth2->issuer;
    if (!m_setup.offered)
        setState(State::NotOffered);
    else if (!m_setup.configured || !m_setup.settings)
        setState(State::NotConfigured);
    else
        setState(State::Idle);
    m_start->setFocus();
}

void SignInPage::cleanupPage()
{
    // Back: nothing of a running sign-in may keep listening.
    stopJob();
    if (m_state == State::Waiting || m_state == State::Exchanging)
        setState(State::Idle);
}

bool SignInPage::isComplete() const
{
    return m_state == State::SignedIn;
}

int SignInPage::nextId() const
{
    return SetupWizard::Test;
}

void SignInPage::setState(State state)
{
    m_state = state;
    setProperty("signInState", stateName(state));
    setProperty("diagnosis", m_failure ? toString(m_failure->diagnosis(false)) : QString());
    const bool running = state == State::Waiting || state == State::Exchanging;
    const bool configured = state != State::NotConfigured && state != State::NotOffered;
    m_start->setVisible(configured && !running && state != State::SignedIn);
    m_waiting->setVisible(running);
    m_reopen->setEnabled(state == State::Waiting);
    m_copyLink->setEnabled(state == State::Waiting);
    m_link->setVisible(state == State::Waiting && m_linkCopied);
    m_done->setVisible(state == State::SignedIn);
    m_failed->setVisible(state == State::Failed);
    m_failureMore->setVisible(state == State::Failed);
    m_failureMore->setOpen(false);
    m_failureDetails->setVisible(!m_failureDetails->text().isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_notConfigured), static_cast<QWidget *>(m_setupMore)})
        w->setVisible(state == State::NotConfigured);
    render();
    Q_EMIT completeChanged();
}

void SignInPage::startSignIn()
{
    if (m_job || !m_setup.settings || (m_state != State::Idle && m_state != State::Failed))
        return;
    m_failure.reset();
    m_url.clear();
    m_linkCopied = false;
    m_link->clear();
    m_failureDetails->clear();
    draft().oauthTokens = {};
    OAuthSettings settings = *m_setup.settings;
    if (m_signInTimeout)
        settings.signInTimeout = *m_signInTimeout;
    m_job = new OAuthSignIn(settings, this);
    connect(m_job, &OAuthSignIn::authorizationUrlReady, this, &SignInPage::onUrlReady);
    connect(m_job, &OAuthSignIn::exchangingCode, this, [this] { setState(State::Exchanging); });
    connect(m_job, &OAuthSignIn::finished, this, &SignInPage::onFinished);
    setState(State::Waiting);
    m_job->start();
    m_cancel->setFocus();
}

void SignInPage::onUrlReady(const QUrl &url)
{
    m_url = url;
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);  // the start of the link ("https://…") is what the user recognizes
    setupWizard()->session().openUrl(url);
    render();
}

void SignInPage::onFinished()
{
    OAuthSignIn *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->disconnect(this);
    job->deleteLater();
    m_url.clear();
    if (const std::optional<OAuthFailure> failure = job->failure()) {
        m_failure = failure;
        QStringList details;
        if (!failure->oauthError.isEmpty())
            details << failure->oauthError;
        if (!failure->description.isEmpty())
            details << failure->description;
        m_failureDetails->setText(details.isEmpty() ? QString()
                                                    : tr("The provider's own words: %1").arg(details.join(u" — "_s)));
        if (failure->error == OAuthError::Cancelled)
            m_failure.reset();
        setState(m_failure ? State::Failed : State::Idle);
        m_start->setFocus();
        return;
    }
    AccountDraft &d = draft();
    d.browserSignIn = true;
    d.password.clear();
    d.oauthTokens = job->tokens();
    d.oauth = savedOAuthFor(*m_setup.settings, m_setup.issuer);
    setState(State::SignedIn);
    // The check follows by itself, as the result follows the check: the user already acted in the browser.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this && m_state == State::SignedIn)
            wizard()->next();
    });
}

void SignInPage::stopJob()
{
    if (!m_job)
        return;
    OAuthSignIn *job = m_job;
    m_job = nullptr;
    job->disconnect(this);  // its finished(), emitted inside cancel(), is not an outcome to show
    job->cancel();
    delete job;  // with it goes the loopback listener: nothing keeps waiting for the browser
    m_url.clear();
}

void SignInPage::cancelSignIn()
{
    stopJob();
    m_failure.reset();
    m_linkCopied = false;
    m_link->clear();
    draft().oauthTokens = {};
    setState(State::Idle);
    m_start->setFocus();
}

void SignInPage::startOver()
{
    // Reached back through the history (QWizard does not initialize a page again then): start afresh for the
    // draft as it is now, which may be another saved account.
    initializePage();
}

void SignInPage::copyLink()
{
    if (!m_job || !m_url.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
    m_linkCopied = true;
    setState(m_state);
}

QString SignInPage::providerName() const
{
    const Provider *p = wizard() ? provider() : nullptr;
    return p ? p->name.forLanguage(languageCode()) : QString();
}

Sentences SignInPage::failureNextStep() const
{
    if (!m_failure)
        return {};
    switch (m_failure->error) {
    case OAuthError::ConsentDenied:
        return {tr("If you clicked \"Cancel\" or \"No\" by mistake, click \"Sign in again\" and allow access this "
                   "time."),
                tr("The wizard needs that permission to sign in to your mail the way a mail app does; it changes "
                   "nothing in your mailbox. If your organization manages the account, its administrator may have "
                   "to allow it.")};
    case OAuthError::Timeout:
        return {tr("If the browser window was closed, or you did not finish signing in there in time, click "
                   "\"Sign in again\"."),
                tr("If no browser window opened, use \"Copy the link\" and paste it into your browser's address "
                   "bar.")};
    case OAuthError::ListenFailed:
        return {tr("The wizard could not receive the browser's answer on this computer (127.0.0.1)."),
                tr("A security program may block it: allow IMAP Password Wizard, then sign in again.")};
    case OAuthError::StateMismatch:
    case OAuthError::MissingCode:
        return {tr("The browser's answer did not belong to this sign-in."),
                tr("Close old sign-in pages in the browser, then click \"Sign in again\".")};
    case OAuthError::TokenEndpointUnreachable:
        return {tr("Check that this computer is online, then click \"Sign in again\"."), {}};
    default:
        return {};
    }
}

void SignInPage::retranslate()
{
    setTitle(tr("Sign in with your browser"));
    m_start->setAccessibleName(tr("Sign in with your browser"));
    m_reopen->setText(tr("&Open the page again"));
    m_copyLink->setText(tr("Copy the &link"));
    m_link->setAccessibleName(tr("The sign-in link"));
    m_cancel->setText(tr("&Cancel sign-in"));
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));
    m_done->setText(tr("<b>Signed in.</b> Next, the wizard checks incoming and outgoing mail with this sign-in."));
    m_failureMore->setText(tr("&More: why, and what else to do"));
    m_failureMore->button()->setAccessibleDescription(
        tr("The rest of the explanation and of the advice, and what the provider said."));
    m_settingsPathLabel->setText(tr("Settings file:"));
    m_settingsPath->setAccessibleName(tr("Settings file"));
    m_settingsPath->setAccessibleDescription(tr("The file where this build looks for its sign-in settings."));
}

void SignInPage::render()
{
    const QString name = providerName();
    const QString htmlName = name.toHtmlEscaped();
    const QString address = wizard() ? draft().address.trimmed().toHtmlEscaped() : QString();
    const Provider *p = wizard() ? provider() : nullptr;
    const bool onlyOAuth = p && !p->auth.isEmpty() && std::all_of(p->auth.cbegin(), p->auth.cend(), [](AuthMethod m) {
                               return m == AuthMethod::OAuth2;
                           });

    if (m_state == State::NotConfigured || m_state == State::NotOffered)
        setSubTitle(tr("Not available in this build of the wizard."));
    else
        setSubTitle(name.isEmpty() ? tr("Your mail provider's own sign-in page opens in your browser.")
                                   : tr("%1's own sign-in page opens in your browser.").arg(name));

    // Before the sign-in only: once it runs, fails or is done, what the page says then takes the intro's place
    // (about three sentences at a time).
    const bool ready = m_state == State::Idle;
    QString intro;
    if (onlyOAuth && (ready || m_state == State::NotConfigured || m_state == State::NotOffered))
        intro = tr("<b>%1 no longer accepts passwords in mail apps</b> (since 16 September 2024): they sign in "
                   "through its own page in the browser instead (OAuth2).")
                    .arg(htmlName);
    if (!intro.isEmpty() && ready)
        intro += u"<br><br>"_s;
    if (ready)
        intro += tr("Click the button below: %1's sign-in page opens in your browser, where you sign in as <b>%2</b> "
                    "and allow access to your mail. The wizard never sees your password.")
                     .arg(htmlName, address);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());

    m_start->setText(m_state == State::Failed ? tr("Sign in a&gain") : tr("&Sign in with your browser"));
    if (m_state == State::Exchanging) {
        m_waitingText->setText(tr("<b>You signed in.</b> Getting access from %1…").arg(htmlName));
    } else {
        QString waiting = tr("<b>Waiting for the browser…</b> Sign in there as <b>%1</b> and allow access to your "
                             "mail; this window continues by itself.")
                              .arg(address);
        waiting += u"<br>"_s + (m_linkCopied
                                    ? tr("The link is copied: paste it into your browser's address bar.")
                                    : tr("If no browser window opened, click \"Open the page again\", or copy the link "
                                         "and paste it into your browser's address bar."));
        m_waitingText->setText(waiting);
    }

    if (m_failure) {
        // The page's own step, in words about its buttons, leads; the generic step and the rest of the why are
        // under "More", with the provider's own words.
        const DiagnosisText text = describe(m_failure->diagnosis(false), failureNextStep());
        const QString lead = text.providerStep.isEmpty() ? text.genericStep.lead : text.providerStep.lead;
        m_failed->setText(u"<b>%1</b><br>%2<br>%3"_s.arg(text.headline.toHtmlEscaped(),
                                                         text.explanation.lead.toHtmlEscaped(),
                                                         tr("What to do: %1").arg(lead).toHtmlEscaped()));
        QStringList rest;
        for (const QString &more : {text.explanation.more, text.providerStep.more})
            if (!more.isEmpty())
                rest << more;
        if (!text.providerStep.isEmpty())
            rest << text.genericStep.joined();
        else if (!text.genericStep.more.isEmpty())
            rest << text.genericStep.more;
        m_failureRest->setText(rest.join(u"\n\n"_s));
        m_failureRest->setVisible(!rest.isEmpty());
    }

    const QString issuer = m_setup.issuer.isEmpty() ? u"<issuer>"_s : m_setup.issuer;
    // One sentence on the page; the why and the how under "More".
    QString notConfigured;
    if (p && p->auth.contains(AuthMethod::AppPassword))
        notConfigured = tr("<b>Browser sign-in is not set up in this build of the wizard:</b> go back and choose the "
                           "app password instead.");
    else if (onlyOAuth)
        notConfigured = tr("<b>Browser sign-in is not set up in this build of the wizard,</b> so it cannot check "
                           "this account yet.");
    else
        notConfigured = tr("<b>Browser sign-in is not set up in this build of the wizard.</b>");
    m_setupMore->setText(tr("Why, and how to set it up"));
    m_setupHowTo->setText(tr("It needs a client ID that %1 issues to this application. This copy of the wizard has "
                             "none, so it cannot sign in this way (and it never borrows another application's ID).")
                              .arg(htmlName) +
                          u"<br><br>"_s +
                          tr("To set it up: register the application with the provider (the steps are in "
                             "docs/oauth.md of the wizard's source), put its client ID into the settings file "
                             "below, and start the wizard again."));
    m_notConfigured->setText(notConfigured);
    m_settingsPath->setText(OAuthClients::settingsFilePath());
    m_settingsExample->setText(u"[%1]\nclientId=…"_s.arg(issuer));
    if (m_setup.binding != OAuthBinding::Allowed) {
        // A provider file that names a known issuer (Google, Microsoft) with other servers or sign-in addresses:
        // this wizard's client for that issuer, and the tokens it yields, stay with that provider's own servers.
        m_notConfigured->setText(
            tr("<b>Browser sign-in is not available with this provider file.</b> It uses %1's sign-in, but names "
               "other mail servers or sign-in addresses than %1's own. This wizard signs in with %1 only for %1's "
               "own servers, so that your sign-in cannot reach anyone else.")
                .arg(m_setup.issuer.toHtmlEscaped()));
        m_setupHowTo->setText(
            tr("If the file is yours and meant this way, give it a client ID of its own: register the application "
               "with the provider (docs/oauth.md), use an issuer name of its own in the file, and put the client ID "
               "into the settings file below."));
    }
    if (m_state == State::NotOffered) {
        m_notConfigured->setVisible(true);
        m_notConfigured->setText(tr("This provider does not offer browser sign-in. Go back and enter its password."));
    }
}

}  // namespace ipw
