// The guide's help in the wizard, offscreen through the real SetupWizard: the Help button on every page opens the
// topic that fits it; the failure view (after a real refusal by the test Dovecot) links its glossary terms and the
// checklist; the password strength meter shows only where the user chooses the password.
#include "DovecotFixture.h"
#include "FreePort.h"
#include "HelpWindow.h"
#include "SetupWizard.h"
#include "WizardFlowHarness.h"
#include "WizardSession.h"
#include "common/HelpTopic.h"
#include "common/Language.h"
#include "providers/ProviderDatabase.h"

#include "CatchQt.h"
#include <QAbstractButton>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using ipw::HelpTopic;
using ipw::HelpWindow;
using ipw::SetupWizard;

namespace {

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

struct Wizard {
    SetupWizard wizard;
    explicit Wizard(ipw::UiLanguage language = ipw::UiLanguage::English)
    {
        ipw::Language::apply(language);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    }
    ~Wizard() { ipw::Language::apply(ipw::UiLanguage::English); }

    void next()
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        INFO("on page " << wizard.currentId());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void typeInto(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(wizard, name);
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    /// Clicks Help on the current page: the help window, shown.
    HelpWindow *clickHelp()
    {
        QAbstractButton *help = wizard.button(QWizard::HelpButton);
        REQUIRE(help->objectName() == u"helpButton"_s);
        REQUIRE(help->isVisible());
        QTest::mouseClick(help, Qt::LeftButton);
        auto *window = wizard.findChild<HelpWindow *>();
        REQUIRE(window);
        REQUIRE(QTest::qWaitFor([&] { return window->isVisible(); }, 5000));
        return window;
    }
};

QString shownText(HelpWindow &window)
{
    return child<QTextBrowser>(window, u"helpText"_s)->toPlainText();
}

// The block the help text's cursor is on: where a glossary link scrolled to.
QString currentHeading(HelpWindow &window)
{
    return child<QTextBrowser>(window, u"helpText"_s)->textCursor().block().text();
}

}  // namespace

TEST_CASE("Help is reachable from every page and opens the topic that fits it", "[gui][help]")
{
    // A page's check (the Test page) may start on entering it: it goes to a closed port on loopback.
    ipw::test::ClosedPort closed;
    REQUIRE(closed.port() != 0);
    Wizard w;
    const std::pair<SetupWizard::PageId, HelpTopic> expected[] = {
        {SetupWizard::Start, HelpTopic::Faq},
        {SetupWizard::Provider, HelpTopic::Glossary},
        {SetupWizard::Account, HelpTopic::Glossary},
        {SetupWizard::Password, HelpTopic::Checklist},
        {SetupWizard::Reissue, HelpTopic::Faq},
        {SetupWizard::Test, HelpTopic::Checklist},
        {SetupWizard::Result, HelpTopic::Checklist},
        {SetupWizard::SavedAccounts, HelpTopic::Security},
        {SetupWizard::SignIn, HelpTopic::Glossary},
        {SetupWizard::AnotherDevice, HelpTopic::IphoneProfile},
        {SetupWizard::SendToPhone, HelpTopic::IphoneProfile},
        {SetupWizard::Discover, HelpTopic::Glossary},
    };
    // Every page the wizard has is in the table.
    CHECK(w.wizard.pageIds().size() == static_cast<qsizetype>(std::size(expected)));
    for (const auto &[page, topic] : expected) {
        INFO("page " << page);
        ipw::AccountDraft draft;
        draft.providerId = u"other"_s;
        draft.address = draft.loginName = u"taro@example.test"_s;
        draft.imap.host = draft.smtp.host = u"127.0.0.1"_s;
        draft.imap.port = draft.smtp.port = closed.port();
        w.wizard.draft() = draft;
        w.wizard.setStartId(page);
        w.wizard.restart();
        REQUIRE(w.wizard.currentId() == page);
        HelpWindow *window = w.clickHelp();
        CHECK(window->topic() == topic);
        // The topic's own title ("# …", its first line) starts the text shown.
        const QString title = ipw::HelpTopics::markdown(topic, ipw::UiLanguage::English).section(u'\n', 0, 0).mid(2);
        CHECK_FALSE(title.isEmpty());
        CHECK(shownText(*window).startsWith(title));
        auto *list = child<QListWidget>(*window, u"helpTopicList"_s);
        CHECK(list->currentItem()->data(Qt::UserRole).toString() == ipw::HelpTopics::id(topic));
        window->close();
        REQUIRE(QTest::qWaitFor([&] { return !w.wizard.findChild<HelpWindow *>(); }, 5000));  // deleted on close
    }
}

TEST_CASE("Help: the window switches topics and follows the language", "[gui][help]")
{
    Wizard w;
    HelpWindow *window = w.clickHelp();
    REQUIRE(window->topic() == HelpTopic::Faq);
    auto *list = child<QListWidget>(*window, u"helpTopicList"_s);
    REQUIRE(list->count() == 5);
    const int securityRow = 3;
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(securityRow)).center());
    CHECK(window->topic() == HelpTopic::Security);
    CHECK(shownText(*window).startsWith(u"Keeping your mail safe"_s));
    // A second click on Help reuses the open window, back at the page's topic.
    CHECK(w.clickHelp() == window);
    CHECK(w.wizard.findChildren<HelpWindow *>().size() == 1);
    CHECK(window->topic() == HelpTopic::Faq);
    // The language button switches the open help too.
    QTest::mouseClick(w.wizard.button(QWizard::CustomButton2), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return shownText(*window).startsWith(u"よくある質問"_s); }, 5000));
    CHECK(window->topic() == HelpTopic::Faq);
}

TEST_CASE("Help: the failure view links its glossary terms and the checklist", "[gui][help][dovecot]")
{
    auto &dovecot = ipw::test::DovecotFixture::instance();
    REQUIRE(dovecot.ok());
    ipw::test::FixtureProviders providers(dovecot.imapsPort(), dovecot.submissionsPort());
    REQUIRE(providers.isValid());
    qputenv(ipw::ProviderDatabase::environmentVariable, QFile::encodeName(providers.folder()));
    qputenv(ipw::WizardSession::extraCaVariable, QFile::encodeName(dovecot.caFile()));
    Wizard w;
    ipw::test::ensurePasswordPage(w.wizard);
    w.wizard.draft() = ipw::test::fixtureDraft(u"not-the-password-7"_s);
    REQUIRE(ipw::test::runCheck(w.wizard));
    REQUIRE(w.wizard.currentId() == SetupWizard::Result);
    REQUIRE(w.wizard.session().lastResult);
    REQUIRE(w.wizard.session().lastResult->imap);
    CHECK(w.wizard.session().lastResult->imap->diagnosis == ipw::DiagnosisCode::WrongCredentials);

    auto *links = child<QWidget>(w.wizard, u"helpLinks"_s);
    CHECK(links->isVisible());
    // A refused password: the login name is the term to look at.
    const QString loginName = u"helpTermButton-%1"_s.arg(static_cast<int>(ipw::GlossaryTerm::LoginName));
    auto *term = child<QPushButton>(*links, loginName);
    CHECK(term->text() == u"Login name"_s);
    QTest::mouseClick(term, Qt::LeftButton);
    auto *window = w.wizard.findChild<HelpWindow *>();
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->topic() == HelpTopic::Glossary);
    CHECK(currentHeading(*window) == u"Login name"_s);

    QTest::mouseClick(child<QPushButton>(*links, u"helpChecklistButton"_s), Qt::LeftButton);
    CHECK(window->topic() == HelpTopic::Checklist);
    CHECK(shownText(*window).startsWith(u"Before you try again"_s));
    CHECK(w.wizard.findChildren<HelpWindow *>().size() == 1);
}

TEST_CASE("Password strength: the meter shows only where the user chooses the password", "[gui][strength]")
{
    Wizard w;
    const auto toPasswordPage = [&](const QString &address, const QString &login) {
        w.wizard.restart();
        w.next();
        w.typeInto(u"providerSearch"_s, address);
        w.next();
        REQUIRE(w.wizard.currentId() == SetupWizard::Account);
        if (!login.isEmpty())
            w.typeInto(u"loginNameEdit"_s, login);
        w.next();
        REQUIRE(w.wizard.currentId() == SetupWizard::Password);
    };
    auto panel = [&] { return child<QWidget>(w.wizard, u"passwordStrengthPanel"_s); };

    // SoftBank: the user chooses the Eメール(i) password (6 to 12 characters).
    toPasswordPage(u"taro.yamada@i.softbank.jp"_s, u"taro.yamada"_s);
    CHECK(panel()->isVisible());
    auto *verdict = child<QLabel>(w.wizard, u"passwordStrengthLabel"_s);
    auto *meter = child<QProgressBar>(w.wizard, u"passwordStrengthMeter"_s);
    w.typeInto(u"passwordEdit"_s, u"password1"_s);
    CHECK(meter->value() <= 1);
    CHECK((verdict->text() == u"very weak"_s || verdict->text() == u"weak"_s));
    w.typeInto(u"passwordEdit"_s, u"vR7kQ2mXp9Lw"_s);
    CHECK(meter->value() == 4);
    CHECK(verdict->text() == u"strong"_s);
    CHECK(child<QWidget>(w.wizard, u"passwordPersonalWarning"_s)->isHidden());
    CHECK(child<QLabel>(w.wizard, u"passwordRuleProblems"_s)->isHidden());
    w.typeInto(u"passwordEdit"_s, u"yamada-2024x"_s);
    CHECK_FALSE(child<QWidget>(w.wizard, u"passwordPersonalWarning"_s)->isHidden());
    w.typeInto(u"passwordEdit"_s, u"vR7kQ2mXp9Lw3"_s);  // 13: over SoftBank's 12
    CHECK_FALSE(child<QLabel>(w.wizard, u"passwordRuleProblems"_s)->isHidden());
    CHECK(child<QLabel>(w.wizard, u"passwordRuleProblems"_s)->text().contains(u"12"_s));

    // The suggestion: within the rules, shown, never put into the password field.
    auto *generated = child<QLineEdit>(w.wizard, u"generatedPasswordEdit"_s);
    CHECK(generated->isHidden());
    QTest::mouseClick(child<QPushButton>(w.wizard, u"generatePasswordButton"_s), Qt::LeftButton);
    CHECK(generated->isVisible());
    CHECK(generated->isReadOnly());
    CHECK(generated->text().size() == 12);
    CHECK(child<QLineEdit>(w.wizard, u"passwordEdit"_s)->text() == u"vR7kQ2mXp9Lw3"_s);

    // docomo issues the password; Gmail's is an app password: no meter.
    toPasswordPage(u"hanako@docomo.ne.jp"_s, u"imapid01"_s);
    CHECK(panel()->isHidden());
    toPasswordPage(u"taro@gmail.com"_s, QString());
    CHECK(panel()->isHidden());
    // Yahoo! JAPAN: chosen by the user.
    toPasswordPage(u"taro@yahoo.co.jp"_s, QString());
    CHECK(panel()->isVisible());
}
