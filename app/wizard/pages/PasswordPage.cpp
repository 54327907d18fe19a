#include "pages/PasswordPage.h"

#include "CapsLock.h"
#include "PasswordClipboard.h"
#include "PasswordStrengthPanel.h"
#include "RevealedPasswordCopy.h"
#include "SetupWizard.h"
#include "common/NextStepText.h"
#include "pages/Disclosure.h"
#include "pages/Notice.h"
#include "providers/OAuthClients.h"
#include "setup/OAuthSetup.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {

PasswordPage::PasswordPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"passwordPage"_s);

    // Gmail: browser sign-in or an app password. Two plain options with one sentence each.
    m_choice = new QGroupBox;
    m_choice->setObjectName(u"signInChoice"_s);
    m_useBrowser = new QRadioButton(m_choice);
    m_useBrowser->setObjectName(u"useBrowserSignInRadio"_s);
    m_useBrowserHelp = new QLabel(m_choice);
    m_useBrowserHelp->setObjectName(u"useBrowserSignInHelp"_s);
    m_useBrowserHelp->setWordWrap(true);
    m_useBrowserHelp->setTextFormat(Qt::PlainText);  // names the provider from its file
    m_useBrowserHelp->setIndent(24);
    m_usePassword = new QRadioButton(m_choice);
    m_usePassword->setObjectName(u"usePasswordRadio"_s);
    m_usePasswordHelp = new QLabel(m_choice);
    m_usePasswordHelp->setObjectName(u"usePasswordHelp"_s);
    m_usePasswordHelp->setWordWrap(true);
    m_usePasswordHelp->setIndent(24);
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_useBrowser);
    methods->addButton(m_usePassword);
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->addWidget(m_useBrowser);
    choiceLayout->addWidget(m_useBrowserHelp);
    choiceLayout->addWidget(m_usePassword);
    choiceLayout->addWidget(m_usePasswordHelp);
    connect(m_useBrowser, &QRadioButton::toggled, this, &PasswordPage::updateMethod);

    m_which = new QLabel;
    m_which->setObjectName(u"passwordKindLabel"_s);
    m_which->setWordWrap(true);
    m_which->setTextFormat(Qt::RichText);
    m_rules = new QLabel;
    m_rules->setObjectName(u"passwordRulesLabel"_s);
    m_rules->setTextFormat(Qt::PlainText);  // the provider file's words
    m_rules->setWordWrap(true);
    // What the password looks like (length, characters): one click away, so the page says which password in a
    // few sentences (issue 18).
    m_prerequisites = new QLabel;
    m_prerequisites->setObjectName(u"passwordPrerequisitesLabel"_s);
    m_prerequisites->setTextFormat(Qt::RichText);  // a list of the provider file's words, escaped
    m_prerequisites->setWordWrap(true);
    m_rulesMore = new Disclosure(u"passwordRulesMoreButton"_s);
    m_rulesMore->contentLayout()->addWidget(m_prerequisites);
    m_rulesMore->contentLayout()->addWidget(m_rules);
    m_oauthOnly = new Notice(Notice::Kind::Warning, u"oauthOnlyNotice"_s);

    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                    Qt::ImhNoAutoUppercase | Qt::ImhPreferLatin);
    m_password->installEventFilter(this);
    m_clipboard = new PasswordClipboard(this);
    m_clipboard->setObjectName(u"passwordFieldClipboard"_s);
    new RevealedPasswordCopy(m_password, m_clipboard);
    m_passwordLabel = new QLabel;
    m_passwordLabel->setBuddy(m_password);
    m_show = new QCheckBox;
    m_show->setObjectName(u"showPasswordCheck"_s);

    m_fullWidth = new Notice(Notice::Kind::Warning, u"fullWidthWarning"_s, nullptr, u"convertFullWidthButton"_s);
    m_spaces = new Notice(Notice::Kind::Warning, u"spacesWarning"_s, nullptr, u"trimSpacesButton"_s);
    m_appPasswordSpaces =
        new Notice(Notice::Kind::Info, u"appPasswordSpacesWarning"_s, nullptr, u"removeAppPasswordSpacesButton"_s);
    m_capsLock = new Notice(Notice::Kind::Warning, u"capsLockWarning"_s);
    m_fourDigitPin = new Notice(Notice::Kind::Warning, u"fourDigitPinWarning"_s);

    m_reissueLabel = new QLabel;
    m_reissueLabel->setWordWrap(true);
    m_reissueLabel->setObjectName(u"reissueLabel"_s);
    m_reissueLabel->setTextFormat(Qt::PlainText);  // names the password from the provider file
    m_reissue = new QPushButton;
    m_reissue->setObjectName(u"forgotPasswordButton"_s);
    m_reissueLabel->setBuddy(m_reissue);

    auto *field = new QHBoxLayout;
    field->addWidget(m_password, 1);
    field->addWidget(m_show);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_passwordLabel, field);

    auto *layout = bodyLayout();
    layout->addWidget(m_choice);
    layout->addWidget(m_which);
    layout->addWidget(m_rulesMore);
    layout->addWidget(m_oauthOnly);
    layout->addSpacing(8);
    layout->addLayout(form);
    for (Notice *notice : {m_fullWidth, m_spaces, m_appPasswordSpaces, m_capsLock, m_fourDigitPin}) {
        layout->addWidget(notice);
        notice->hide();
    }
    layout->addWidget(m_strength = new PasswordStrengthPanel(this));  // user-chosen passwords only (render())
    layout->addSpacing(16);
    layout->addWidget(m_reissueLabel);
    layout->addWidget(m_reissue, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_password, &QLineEdit::textChanged, this, &PasswordPage::checkInput);
    connect(m_password, &QLineEdit::textChanged, m_strength, &PasswordStrengthPanel::rate);
    connect(m_show, &QCheckBox::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_fullWidth->button(), &QPushButton::clicked, this,
            [this] { m_password->setText(toHalfWidth(m_password->text())); });
    connect(m_spaces->button(), &QPushButton::clicked, this,
            [this] { m_password->setText(toHalfWidth(m_password->text()).trimmed()); });
    connect(m_appPasswordSpaces->button(), &QPushButton::clicked, this,
            [this] { m_password->setText(withoutAppPasswordSpaces(toHalfWidth(m_password->text()), shape())); });
    connect(m_reissue, &QPushButton::clicked, this, &PasswordPage::goToReissue);
    setTabOrder(m_password, m_show);
    setTabOrder(m_show, m_reissue);
    retranslate();
    render();
}

void PasswordPage::initializePage()
{
    // Keep what is in the field (coming back from the Reissue page); take the draft's after a saved account.
    if (!draft().password.isEmpty())
        m_password->setText(draft().password);
    m_show->setChecked(false);
    m_oauthConfigured = false;
    if (offersChoice()) {
        m_oauthConfigured = oauthSetupFor(*provider(), OAuthClients::load(), draft().address.trimmed()).configured;
        // Browser sign-in first where this build can do it (no app password to create); the user's earlier choice
        // wins.
        const bool browser = draft().browserSignIn || (m_oauthConfigured && draft().password.isEmpty());
        (browser ? m_useBrowser : m_usePassword)->setChecked(true);
    }
    m_choice->setVisible(offersChoice());
    updateMethod();
    // QWizard gives the focus to the page's first focusable child once initializePage() has run, even to a hidden
    // one (the sign-in choice): the field the user types into takes it back when the page is shown.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            focusInput();
    });
}

void PasswordPage::focusInput()
{
    if (!oauthOnly() && !browserChosen())
        m_password->setFocus();
    else if (browserChosen())
        m_useBrowser->setFocus();
    else
        m_reissue->setFocus();
}

void PasswordPage::updateMethod()
{
    const bool passwordAccepted = !oauthOnly() && !browserChosen();
    // Nothing to type for a provider that takes no password at all (Outlook.com), or when the user chose the
    // browser: no field that suggests otherwise.
    m_password->setVisible(passwordAccepted);
    m_passwordLabel->setVisible(passwordAccepted);
    m_show->setVisible(passwordAccepted);
    m_reissueLabel->setVisible(!browserChosen());
    m_reissue->setVisible(!browserChosen());
    render();
    checkInput();
    focusInput();
}

bool PasswordPage::offersChoice() const
{
    const Provider *p = provider();
    return p && p->auth.contains(AuthMethod::OAuth2) && p->oauth2 && !oauthOnly();
}

bool PasswordPage::browserChosen() const
{
    return offersChoice() && m_useBrowser->isChecked();
}

bool PasswordPage::oauthOnly() const
{
    const Provider *p = provider();
    return p && !p->auth.isEmpty() &&
           std::all_of(p->auth.cbegin(), p->auth.cend(), [](AuthMethod m) { return m == AuthMethod::OAuth2; });
}

PasswordShape PasswordPage::shape() const
{
    // The provider file states the shape (passwordRules.shape); it applies to its app password only.
    const Provider *p = provider();
    if (!p || !p->auth.contains(AuthMethod::AppPassword))
        return PasswordShape::Any;
    return p->passwordRules.shape;
}

void PasswordPage::checkInput()
{
    QList<PasswordInputIssue> issues = checkPasswordInput(m_password->text(), shape());
    if (browserChosen())
        issues.clear();
    m_fullWidth->setVisible(issues.contains(PasswordInputIssue::FullWidthCharacters));
    m_spaces->setVisible(issues.contains(PasswordInputIssue::LeadingOrTrailingSpace) &&
                         !issues.contains(PasswordInputIssue::GroupedAppPassword));
    m_appPasswordSpaces->setVisible(issues.contains(PasswordInputIssue::GroupedAppPassword));
    // The provider's own rules say how long its password is: a 4-digit number there is a PIN typed by mistake.
    const Provider *p = provider();
    const bool pin = !browserChosen() && p && looksLikeFourDigitPin(m_password->text(), p->passwordRules);
    if (pin)
        m_fourDigitPin->setText(describeFourDigitPin(p->passwordName));
    m_fourDigitPin->setVisible(pin);
    Q_EMIT completeChanged();
}

bool PasswordPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_password) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::KeyRelease:
            updateCapsLock();
            break;
        case QEvent::KeyPress:
            // The lock state changes after the Caps Lock press has been handled: ask once the event loop has run.
            QTimer::singleShot(0, this, &PasswordPage::updateCapsLock);
            break;
        case QEvent::FocusOut:
            m_capsLock->hide();
            break;
        default:
            break;
        }
    }
    return DraftPage::eventFilter(watched, event);
}

void PasswordPage::clearField()
{
    // setText() (unlike clear(), which is an undoable edit) also empties the undo/redo history.
    m_show->setChecked(false);
    m_password->setText(QString());
    m_strength->clear();
}

void PasswordPage::updateCapsLock()
{
    // Unknown (Wayland, offscreen) shows nothing: no guessing from the letters typed.
    m_capsLock->setVisible(m_password->hasFocus() && capsLockState() == CapsLockState::On);
}

void PasswordPage::goToReissue()
{
    m_toReissue = true;
    wizard()->next();
    m_toReissue = false;
}

bool PasswordPage::isComplete() const
{
    // Outlook.com normally skips this page (AccountPage::nextId); if it is reached anyway, Next leads to the
    // browser sign-in.
    if (browserChosen() || oauthOnly())
        return true;
    return !oauthOnly() && !m_password->text().isEmpty();
}

bool PasswordPage::validatePage()
{
    if (m_toReissue)
        return true;
    AccountDraft &d = draft();
    d.browserSignIn = browserChosen() || oauthOnly();
    if (d.browserSignIn) {
        d.password.clear();  // the sign-in page gets tokens; no password goes anywhere
    } else {
        d.password = m_password->text();
        d.oauth.reset();
        d.oauthTokens = {};
    }
    return true;
}

int PasswordPage::nextId() const
{
    if (m_toReissue)
        return SetupWizard::Reissue;
    return browserChosen() || oauthOnly() ? SetupWizard::SignIn : SetupWizard::Test;
}

void PasswordPage::retranslate()
{
    m_choice->setTitle(tr("How do you want to sign in?"));
    m_usePasswordHelp->setText(tr("Type a password that you create in your account's security settings."));
    m_passwordLabel->setText(tr("&Password:"));
    m_show->setText(tr("&Show"));
    m_show->setAccessibleName(tr("Show the password"));
    m_show->setAccessibleDescription(tr("Show the typed password instead of dots."));
    m_fullWidth->setText(tr("The password contains full-width (全角) characters. Passwords are almost always typed in "
                            "half-width (半角): the input method may have been on."));
    m_fullWidth->button()->setText(tr("Convert to &half-width"));
    m_spaces->setText(tr("The password starts or ends with a space. This usually comes from copying it."));
    m_spaces->button()->setText(tr("&Remove the spaces"));
    m_appPasswordSpaces->button()->setText(tr("&Remove the spaces"));
    m_capsLock->setText(tr("Caps Lock is on. Passwords are case-sensitive."));
}

void PasswordPage::render()
{
    const Provider *p = wizard() ? provider() : nullptr;
    const QString code = languageCode();
    const QString providerName = p ? p->name.forLanguage(code).toHtmlEscaped() : QString();
    const QString passwordName = p ? p->passwordName.forLanguage(code) : QString();
    const QString htmlName = passwordName.toHtmlEscaped();

    setTitle(tr("Password"));
    setSubTitle(passwordName.isEmpty() ? tr("Enter the password of your mail account.")
                                       : tr("Which password: %1").arg(passwordName));
    if (offersChoice()) {
        // Gmail: the page is about choosing first; "which password" would mislead when the browser is chosen.
        setTitle(tr("Sign-in method"));
        setSubTitle(tr("%1 accepts browser sign-in and the %2.").arg(p->name.forLanguage(code), passwordName));
    }

    QString which;
    QStringList prerequisites;
    if (!p || p->manualServers) {
        which = tr("Enter the password your provider gave you for mail. Some providers issue a separate password for "
                   "mail apps; their letters or member pages say so.");
    } else if (p->auth.contains(AuthMethod::ProviderPassword)) {
        which = tr("%1 issues a separate password for mail apps: the <b>%2</b>. It is not the password you use to "
                   "log in to the provider's website.")
                    .arg(providerName, htmlName);
    } else if (p->auth.contains(AuthMethod::AppPassword)) {
        which = tr("%1 does not accept your normal account password in mail apps: it needs an <b>%2</b>, a separate "
                   "password you create in your account's security settings.")
                    .arg(providerName, htmlName);
        // What an app password needs (Gmail: 2-Step Verification, …) goes under More with the rules.
        prerequisites = p->authPrerequisites.value(AuthMethod::AppPassword).forLanguage(code);
    } else if (!oauthOnly()) {
        which = tr("Enter the <b>%1</b> of your %2 account.").arg(htmlName, providerName);
    }
    m_which->setText(which);
    m_which->setVisible(!which.isEmpty());

    const QString rules = p ? p->passwordRules.description.forLanguage(code) : QString();
    m_rules->setText(rules);
    m_rules->setVisible(!rules.isEmpty());
    m_prerequisites->setText(prerequisites.isEmpty() ? QString() : htmlList(prerequisites, false));
    m_prerequisites->setVisible(!prerequisites.isEmpty());
    m_rulesMore->setText(prerequisites.isEmpty() ? tr("What this password looks like")
                                                 : tr("What you need for it, and what it looks like"));
    m_rulesMore->setVisible((!rules.isEmpty() || !prerequisites.isEmpty()) && !oauthOnly() && !browserChosen());
    if (p && !oauthOnly() && !browserChosen())
        m_strength->setContext(PasswordPolicy::fromRules(p->passwordRules), draft().address.trimmed(),
                               draft().loginName.trimmed());
    else
        m_strength->setContext({}, {}, {});
    m_which->setVisible(!which.isEmpty() && !browserChosen());
    // The choice's own line under "Use a password" says what the sentence above it says in full.
    m_usePasswordHelp->setVisible(which.isEmpty() || browserChosen());

    m_useBrowser->setText(m_oauthConfigured ? tr("Sign in with your bro&wser (recommended)")
                                            : tr("Sign in with your bro&wser"));
    m_useBrowserHelp->setText(m_oauthConfigured
                                  ? tr("%1's own sign-in page opens in your browser. No app password needed.")
                                        .arg(p ? p->name.forLanguage(code) : QString())
                                  : tr("Not set up in this build of the wizard: the next page says how to set it "
                                       "up."));
    m_usePassword->setText(passwordName.isEmpty() ? tr("&Use a password")
                                                  : tr("&Use a password: %1").arg(passwordName));

    const bool onlyOAuth = oauthOnly();
    m_oauthOnly->setVisible(onlyOAuth);
    if (onlyOAuth) {
        // How mail apps name the provider's sign-in comes from its file (oauth2.signInName), like the result page's.
        const QString signInName = p->oauth2 ? p->oauth2->signInName.forLanguage(code).toHtmlEscaped() : QString();
        m_oauthOnly->setText(
            signInName.isEmpty()
                ? tr("<b>%1 no longer accepts passwords in mail apps</b> (since 16 September 2024): neither the "
                     "account password nor an app password works for IMAP and SMTP, so checking or resetting a "
                     "password will not fix the connection. What works is signing in through the browser (OAuth2) in "
                     "a mail app that offers it, and this wizard signs in that way too: click Next.")
                      .arg(providerName)
                : tr("<b>%1 no longer accepts passwords in mail apps</b> (since 16 September 2024): neither the "
                     "account password nor an app password works for IMAP and SMTP, so checking or resetting a "
                     "password will not fix the connection. What works is signing in through the browser with "
                     "\"%2\" (OAuth2) in a mail app that offers it, and this wizard signs in that way too: click "
                     "Next.")
                      .arg(providerName, signInName));
    }

    m_password->setAccessibleName(passwordName.isEmpty() ? tr("Password") : tr("Password (%1)").arg(passwordName));
    m_password->setPlaceholderText(passwordName);

    m_appPasswordSpaces->setText(tr("This looks like a %1 copied with the spaces it is shown with. The spaces are not "
                                    "part of it.")
                                     .arg(htmlName));
    if (onlyOAuth) {
        m_reissueLabel->setText(tr("What you can do instead:"));
        m_reissue->setText(tr("&What to do for %1").arg(p->name.forLanguage(code)));
    } else {
        m_reissueLabel->setText(passwordName.isEmpty() ? tr("Don't know the password?")
                                                       : tr("Don't know your %1?").arg(passwordName));
        m_reissue->setText(tr("&I don't know it / I need a new one"));
        m_reissue->setAccessibleDescription(tr("Steps to look up or reissue the password at your provider."));
    }
}

}  // namespace ipw
