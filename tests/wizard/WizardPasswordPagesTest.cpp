// The wizard's password and reissue pages (pages 4-5) and Outlook.com's browser sign-in instead of them, driven
// offscreen through the real SetupWizard (PagesFlow.h). URLs the wizard opens are captured, never sent to a browser.
#include "CapsLock.h"
#include "PagesFlow.h"
#include "PasswordClipboard.h"
#include "UrlCatcher.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

TEST_CASE("the password page names the provider's password and checks the input as typed")
{
    Flow flow;
    flow.toPasswordPage(u"taro@docomo.ne.jp"_s, u"docomo-id"_s);
    CHECK(child<QLabel>(flow.wizard, u"passwordKindLabel"_s)->text().contains(u"IMAP専用パスワード"_s));
    auto *password = child<QLineEdit>(flow.wizard, u"passwordEdit"_s);
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(!flow.nextEnabled());  // empty

    SECTION("full-width characters: detected, converted in one click")
    {
        flow.typeInto(u"passwordEdit"_s, u"ｐａｓｓ１２３"_s);
        CHECK(shown(flow.wizard, u"fullWidthWarning"_s));
        CHECK(flow.nextEnabled());  // a warning, not an error
        QTest::mouseClick(child<QPushButton>(flow.wizard, u"convertFullWidthButton"_s), Qt::LeftButton);
        CHECK(password->text() == u"pass123"_s);
        CHECK(!shown(flow.wizard, u"fullWidthWarning"_s));
    }
    SECTION("a 4-digit number: docomo's network PIN, not the IMAP password")
    {
        flow.typeInto(u"passwordEdit"_s, u"1234"_s);
        CHECK(shown(flow.wizard, u"fourDigitPinWarning"_s));
        CHECK(noticeText(flow.wizard, u"fourDigitPinWarning"_s).contains(u"IMAP専用パスワード"_s));
        CHECK(noticeText(flow.wizard, u"fourDigitPinWarning"_s).contains(u"ネットワーク暗証番号"_s));
        CHECK(flow.nextEnabled());  // a warning: the user decides
        flow.typeInto(u"passwordEdit"_s, u"12345"_s);
        CHECK_FALSE(shown(flow.wizard, u"fourDigitPinWarning"_s));
        flow.typeInto(u"passwordEdit"_s, u"１２３４"_s);  // full-width digits too
        CHECK(shown(flow.wizard, u"fourDigitPinWarning"_s));
    }
    SECTION("pasted spaces: trimmed in one click")
    {
        flow.typeInto(u"passwordEdit"_s, u" Ab3$xyZ9q "_s);
        CHECK(shown(flow.wizard, u"spacesWarning"_s));
        QTest::mouseClick(child<QPushButton>(flow.wizard, u"trimSpacesButton"_s), Qt::LeftButton);
        CHECK(password->text() == u"Ab3$xyZ9q"_s);
        CHECK(!shown(flow.wizard, u"spacesWarning"_s));
    }
    SECTION("show and hide")
    {
        QTest::mouseClick(child<QCheckBox>(flow.wizard, u"showPasswordCheck"_s), Qt::LeftButton);
        CHECK(password->echoMode() == QLineEdit::Normal);
        QTest::mouseClick(child<QCheckBox>(flow.wizard, u"showPasswordCheck"_s), Qt::LeftButton);
        CHECK(password->echoMode() == QLineEdit::Password);
    }
    SECTION("Ctrl+C from the revealed field: the copy is marked secret and taken off the clipboard in time")
    {
        auto *clipboardGuard = flow.wizard.findChild<ipw::PasswordClipboard *>(u"passwordFieldClipboard"_s);
        REQUIRE(clipboardGuard);
        clipboardGuard->setClearAfter(std::chrono::milliseconds(300));
        flow.typeInto(u"passwordEdit"_s, u"Ab3$xyZ9q"_s);
        QTest::mouseClick(child<QCheckBox>(flow.wizard, u"showPasswordCheck"_s), Qt::LeftButton);
        password->setFocus();
        password->selectAll();
        QTest::keySequence(password, QKeySequence::Copy);
        QClipboard *clipboard = QGuiApplication::clipboard();
        CHECK(clipboard->text() == u"Ab3$xyZ9q"_s);
        const QMimeData *data = clipboard->mimeData();
        REQUIRE(data);
        CHECK(data->data(u"x-kde-passwordManagerHint"_s) == "secret");
        CHECK(QTest::qWaitFor([clipboard] { return clipboard->text().isEmpty(); }, 5000));
        CHECK(password->text() == u"Ab3$xyZ9q"_s);  // copying leaves the field as it was
        // Something else the user copies meanwhile is left alone.
        QTest::keySequence(password, QKeySequence::Copy);
        clipboard->setText(u"unrelated"_s);
        QTest::qWait(600);
        CHECK(clipboard->text() == u"unrelated"_s);
    }
    SECTION("Caps Lock is never guessed: offscreen, the platform cannot tell, so nothing is shown")
    {
        CHECK(ipw::capsLockState() == ipw::CapsLockState::Unknown);
        flow.typeInto(u"passwordEdit"_s, u"ABCDEF"_s);
        CHECK(!shown(flow.wizard, u"capsLockWarning"_s));
    }
    SECTION("the password goes into the draft when moving on")
    {
        flow.typeInto(u"passwordEdit"_s, u"Ab3$xyZ9q"_s);
        flow.next();
        CHECK(flow.wizard.draft().password == u"Ab3$xyZ9q"_s);
    }
}

TEST_CASE("Gmail: a grouped app password is offered without its spaces")
{
    Flow flow;
    flow.toPasswordPage(u"taro@gmail.com"_s);
    CHECK(child<QLabel>(flow.wizard, u"passwordKindLabel"_s)->text().contains(u"app password"_s));
    // What an app password needs is under the rules' More (about three sentences before it).
    CHECK(child<QLabel>(flow.wizard, u"passwordPrerequisitesLabel"_s)->text().contains(u"2-Step Verification"_s));
    flow.typeInto(u"passwordEdit"_s, u"abcd efgh ijkl mnop"_s);
    CHECK(shown(flow.wizard, u"appPasswordSpacesWarning"_s));
    CHECK(!shown(flow.wizard, u"spacesWarning"_s));
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"removeAppPasswordSpacesButton"_s), Qt::LeftButton);
    CHECK(child<QLineEdit>(flow.wizard, u"passwordEdit"_s)->text() == u"abcdefghijklmnop"_s);
    CHECK(!shown(flow.wizard, u"appPasswordSpacesWarning"_s));
}

TEST_CASE("the reissue branch shows docomo's preconditions and steps and opens docomo's page")
{
    Flow flow;
    ipw::test::UrlCatcher urls;
    flow.toPasswordPage(u"taro@docomo.ne.jp"_s, u"docomo-id"_s);
    flow.typeInto(u"passwordEdit"_s, u"half-typed"_s);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
    REQUIRE(flow.wizard.currentId() == SetupWizard::Reissue);

    CHECK(shown(flow.wizard, u"preconditionsNotice"_s));
    CHECK(noticeText(flow.wizard, u"preconditionsNotice"_s).contains(u"Wi-Fi"_s));
    CHECK(noticeText(flow.wizard, u"preconditionsNotice"_s).contains(u"network PIN"_s));
    const QString steps = child<QLabel>(flow.wizard, u"stepsLabel"_s)->text();
    CHECK(steps.contains(u"<ol"_s));
    CHECK(steps.indexOf(u"Wi-Fi"_s) < steps.indexOf(u"IMAP ID"_s));  // in the provider's order

    QTest::mouseClick(child<QPushButton>(flow.wizard, u"openPortalButton"_s), Qt::LeftButton);
    REQUIRE(urls.opened.size() == 1);
    CHECK(urls.opened.first() == QUrl(u"https://www.nttdocomo.co.jp/service/docomo_mail/security/index.html"_s));

    // Next ("Enter the password") goes back to the password, with what was typed still there.
    flow.next();
    REQUIRE(QTest::qWaitFor([&] { return flow.wizard.currentId() == SetupWizard::Password; }, 2000));
    CHECK(child<QLineEdit>(flow.wizard, u"passwordEdit"_s)->text() == u"half-typed"_s);
    // …and its Next goes on to the check, not to the reissue page again.
    CHECK(flow.wizard.currentPage()->nextId() == SetupWizard::Test);

    // The in-page button does the same.
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
    REQUIRE(flow.wizard.currentId() == SetupWizard::Reissue);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"backToPasswordButton"_s), Qt::LeftButton);
    CHECK(flow.wizard.currentId() == SetupWizard::Password);
}

TEST_CASE("Gmail's reissue page points at the app password page, says when there is none, and shows no IMAP switch")
{
    Flow flow;
    ipw::test::UrlCatcher urls;
    flow.toPasswordPage(u"taro@gmail.com"_s);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
    REQUIRE(flow.wizard.currentId() == SetupWizard::Reissue);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"openPortalButton"_s), Qt::LeftButton);
    REQUIRE(urls.opened.size() == 1);
    CHECK(urls.opened[0] == QUrl(u"https://myaccount.google.com/apppasswords"_s));
    // Since January 2025 a personal account has no IMAP switch (gmail.json, imapEnable "no"): nothing to switch on.
    CHECK_FALSE(shown(flow.wizard, u"imapEnableNotice"_s));
    // Where app passwords are unavailable: Advanced Protection, security keys only, an administrator's rule.
    const QString steps = child<QLabel>(flow.wizard, u"stepsLabel"_s)->text();
    CHECK(steps.contains(u"Advanced Protection"_s));
    CHECK(steps.contains(u"security keys only"_s));
    CHECK(steps.contains(u"administrator"_s));
}

TEST_CASE("Outlook.com: browser sign-in replaces the password page and a build without a client ID says so")
{
    // No client registration for login.microsoftonline.com in this test (an empty XDG_CONFIG_HOME, none built in).
    QTemporaryDir config;
    REQUIRE(config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    Flow flow;
    flow.toSignInPage(u"taro@outlook.jp"_s);
    CHECK(child<QWidget>(flow.wizard, u"signInPage"_s)->property("signInState").toString() == u"not-configured"_s);
    const QString intro = child<QLabel>(flow.wizard, u"signInIntro"_s)->text();
    CHECK(intro.contains(u"2024"_s));
    CHECK(intro.contains(u"no longer accepts passwords"_s));
    CHECK(shown(flow.wizard, u"oauthNotConfigured"_s));
    CHECK(noticeText(flow.wizard, u"oauthNotConfigured"_s).contains(u"not set up in this build"_s));
    CHECK(noticeText(flow.wizard, u"oauthNotConfigured"_s).contains(u"cannot check"_s));
    CHECK(child<QLineEdit>(flow.wizard, u"oauthSettingsPath"_s)->text().startsWith(config.path()));
    CHECK(child<QLabel>(flow.wizard, u"oauthSettingsExample"_s)->text().contains(u"[login.microsoftonline.com]"_s));
    CHECK(child<QPushButton>(flow.wizard, u"signInButton"_s)->isHidden());
    CHECK(!flow.nextEnabled());
}

TEST_CASE("Outlook.com with another IMAP server typed in: no browser sign-in, the token would go elsewhere")
{
    // This installation has a client for login.microsoftonline.com (a settings file in a private XDG_CONFIG_HOME).
    QTemporaryDir config;
    REQUIRE(config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QDir(config.path()).mkpath(u"imap-password-wizard"_s);
    QFile ini(config.path() + u"/imap-password-wizard/oauth-clients.ini"_s);
    REQUIRE(ini.open(QIODevice::WriteOnly));
    ini.write("[login.microsoftonline.com]\nclientId=00000000-0000-0000-0000-000000000001\n");
    ini.close();

    SECTION("Outlook.com's own servers: sign-in offered")
    {
        Flow flow;
        flow.toSignInPage(u"taro@outlook.jp"_s);
        CHECK(child<QWidget>(flow.wizard, u"signInPage"_s)->property("signInState").toString() == u"idle"_s);
    }
    SECTION("the IMAP server changed on the account page: refused, with the reason")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"taro@outlook.jp"_s);
        flow.next();
        REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
        QTest::mouseClick(child<QPushButton>(flow.wizard, u"showServersButton"_s), Qt::LeftButton);
        flow.typeInto(u"imapHostEdit"_s, u"127.0.0.1"_s);
        flow.next();
        REQUIRE(flow.wizard.currentId() == SetupWizard::SignIn);
        CHECK(child<QWidget>(flow.wizard, u"signInPage"_s)->property("signInState").toString() == u"not-configured"_s);
        CHECK(noticeText(flow.wizard, u"oauthNotConfigured"_s).contains(u"other mail servers"_s));
        CHECK(child<QPushButton>(flow.wizard, u"signInButton"_s)->isHidden());
    }
    qunsetenv("XDG_CONFIG_HOME");
}
