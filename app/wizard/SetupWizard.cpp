#include "SetupWizard.h"

#include "AboutDialog.h"
#include "HelpWindow.h"
#include "StepStrip.h"
#include "WizardSession.h"
#include "common/Language.h"
#include "pages/AccountPage.h"
#include "pages/AnotherDevicePage.h"
#include "pages/DiscoveryPage.h"
#include "pages/PasswordPage.h"
#include "pages/ProviderPage.h"
#include "pages/ReissuePage.h"
#include "pages/ResultPage.h"
#include "pages/SavedAccountsPage.h"
#include "pages/SendToPhonePage.h"
#include "pages/SignInPage.h"
#include "pages/StartPage.h"
#include "pages/TestPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ipw {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<WizardSession>(WizardSession::optionsFromEnvironment()))
{
    setObjectName(u"setupWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    // Titles and subtitles carry provider names and password names from provider files (any user's folder):
    // plain text, never markup (issue 13, item 18).
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(Start, new StartPage(this));
    auto *testPage = new TestPage(this);
    setPage(Test, testPage);
    setPage(Result, new ResultPage(this));
    setPage(SavedAccounts, new SavedAccountsPage(this));
    setPage(Provider, new ProviderPage(this));
    setPage(Account, new AccountPage(this));
    auto *passwordPage = new PasswordPage(this);
    setPage(Password, passwordPage);
    // When a check ends, the password leaves the field and its undo history (docs/keychain.md).
    connect(testPage, &TestPage::checkEnded, passwordPage, &PasswordPage::clearField);
    setPage(Reissue, new ReissuePage(this));
    setPage(SignIn, new SignInPage(this));
    setPage(AnotherDevice, new AnotherDevicePage(this));
    setPage(SendToPhone, new SendToPhonePage(this));
    setPage(Discover, new DiscoveryPage(this));
    setStartId(Start);
    // Where the user is on the way (issue 18): beside every page.
    auto *steps = new StepStrip(this);
    setSideWidget(steps);
    connect(this, &QWizard::currentIdChanged, steps, &StepStrip::showPage);
    // Pages scroll when they must, so the minimum fits an 800x600 screen at 100 % and 1280x900 at 150 % (the
    // layout test checks every page at 800x600).
    setMinimumSize(600, 440);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(820, available.width() - 40), std::min(660, available.height() - 60));
    }

    // About on the far left, away from the buttons that move through the flow.
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)->setObjectName(u"aboutButton"_s);
    // The other language, named in its own script, one click away on every page (the flow keeps what was typed).
    setOption(QWizard::HaveCustomButton2, true);
    button(QWizard::CustomButton2)->setObjectName(u"languageButton"_s);
    // Help on every page, opening the topic that fits it (helpTopicFor).
    setOption(QWizard::HaveHelpButton, true);
    button(QWizard::HelpButton)->setObjectName(u"helpButton"_s);
    connect(this, &QWizard::helpRequested, this, &SetupWizard::showHelp);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::HelpButton, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
        else if (which == QWizard::CustomButton2)
            switchLanguage();
    });
    retranslate();
}

SetupWizard::~SetupWizard()
{
    m_draft.password.fill(QLatin1Char('\0'));  // do not leave the password in freed memory longer than needed
    m_draft.password.clear();
    for (QString *token : {&m_draft.oauthTokens.accessToken, &m_draft.oauthTokens.refreshToken}) {
        token->fill(QLatin1Char('\0'));
        token->clear();
    }
}

void SetupWizard::goToPage(PageId page)
{
    QList<int> history = visitedIds();
    if (page != Test && history.contains(page)) {
        while (currentId() != page)
            back();
        return;
    }
    // Unwind Test (and Result after it): QWizard enters a page only once per history.
    const bool afterResult = page == AnotherDevice || page == SendToPhone;
    if (const qsizetype test = history.indexOf(Test); test > 0 && !afterResult) {
        while (currentId() != history.at(test - 1))
            back();
    }
    m_forcedNextId = page;
    next();
    m_forcedNextId = -1;  // when validatePage() refused, next() did not ask
}

int SetupWizard::nextId() const
{
    // Read once, by QWizard::next(): QWizard asks again while entering the page (Next or Finish?), and that answer
    // must be the new page's own.
    if (m_forcedNextId >= 0)
        return std::exchange(m_forcedNextId, -1);
    return QWizard::nextId();
}

const ProviderDatabase &SetupWizard::providers() const
{
    return m_session->providers();
}

const std::optional<ProviderFileError> &SetupWizard::providersError() const
{
    return m_session->providersError();
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("IMAP Password Wizard"));
    setButtonText(QWizard::CustomButton1, tr("&About"));
    // QWizard translates its own buttons only when it changes page; a live switch must not leave "次へ" in an English
    // window. Qt's own catalog (context "QWizard", installed by Language::apply) has these texts; kept in variables
    // so that lupdate does not copy Qt's strings into ours.
    static const std::pair<QWizard::WizardButton, const char *> qtButtons[] = {
        {QWizard::BackButton, "< &Back"},   {QWizard::NextButton, "&Next >"},  {QWizard::CommitButton, "Commit"},
        {QWizard::FinishButton, "&Finish"}, {QWizard::CancelButton, "Cancel"}, {QWizard::HelpButton, "&Help"}};
    for (const auto &[which, source] : qtButtons)
        setButtonText(which, QCoreApplication::translate("QWizard", source));
    const bool japanese = Language::current() == UiLanguage::Japanese;
    setButtonText(QWizard::CustomButton2, japanese ? u"English"_s : u"日本語"_s);
    button(QWizard::CustomButton2)->setAccessibleName(japanese ? u"Switch to English"_s : u"日本語に切り替える"_s);
    // What each button does, for screen readers (the names alone do not say that Back keeps what was typed).
    button(QWizard::BackButton)->setAccessibleDescription(tr("Go back to the previous step; what you typed is kept."));
    button(QWizard::NextButton)->setAccessibleDescription(tr("Go on to the next step."));
    button(QWizard::CommitButton)->setAccessibleDescription(tr("Go on to the next step."));
    button(QWizard::FinishButton)->setAccessibleDescription(tr("Close the wizard."));
    button(QWizard::CancelButton)->setAccessibleDescription(tr("Close the wizard; nothing more is sent or saved."));
    button(QWizard::HelpButton)->setAccessibleDescription(tr("Open the help for this step."));
    button(QWizard::CustomButton1)->setAccessibleDescription(tr("Show this app's version and license."));
    button(QWizard::CustomButton2)
        ->setAccessibleDescription(tr("Switch the wizard's language; what you typed is kept."));
}

void SetupWizard::switchLanguage()
{
    Language::apply(Language::current() == UiLanguage::Japanese ? UiLanguage::English : UiLanguage::Japanese);
}

HelpTopic SetupWizard::helpTopicFor(int pageId)
{
    switch (pageId) {
    case Start:
        return HelpTopic::Faq;
    case Provider:
    case Discover:
    case Account:
    case SignIn:
        return HelpTopic::Glossary;
    case Password:
    case Test:
    case Result:
        return HelpTopic::Checklist;
    case Reissue:
        return HelpTopic::Faq;
    case SavedAccounts:
        return HelpTopic::Security;
    case AnotherDevice:
    case SendToPhone:
        return HelpTopic::IphoneProfile;
    }
    return HelpTopic::Faq;
}

void SetupWizard::showHelp()
{
    HelpWindow::showFor(this, helpTopicFor(currentId()));
}

void SetupWizard::showAbout()
{
    // Window-modal and non-blocking (open(), not exec()): tests find it as a child named "aboutDialog".
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

}  // namespace ipw
