// The wizard's pages 1-3 (start, provider, account) and a language switch mid-flow, driven offscreen through the real
// SetupWizard (PagesFlow.h). The password and reissue pages: WizardPasswordPagesTest.cpp; provider files and the
// support report: WizardProviderFilesTest.cpp.
#include "DeviceSettingsSheet.h"
#include "PagesFlow.h"
#include "UrlCatcher.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

TEST_CASE("provider search finds the carriers by their Japanese and English names")
{
    Flow flow;
    flow.toProviderPage();
    const QList<std::pair<QString, QString>> searches{
        {u"ドコモ"_s, u"docomo"_s},     {u"docomo"_s, u"docomo"_s},      {u"ソフトバンク"_s, u"softbank"_s},
        {u"softbank"_s, u"softbank"_s}, {u"ヤフー"_s, u"yahoo-japan"_s}, {u"Gmail"_s, u"gmail"_s},
        {u"どこも"_s, u"docomo"_s},     {u"ＤＯＣＯＭＯ"_s, u"docomo"_s}};
    for (const auto &[query, id] : searches) {
        INFO("search " << query.toStdString());
        flow.typeInto(u"providerSearch"_s, query);
        const QStringList ids = flow.listedIds();
        REQUIRE(!ids.isEmpty());
        CHECK(ids.first() == id);
        CHECK(ids.last() == u"other"_s);  // manual settings are always offered
        CHECK(flow.selectedId() == id);   // one match: chosen, so Enter moves on
        CHECK(flow.nextEnabled());
    }
    flow.typeInto(u"providerSearch"_s, u"zzzz-no-such-provider"_s);
    CHECK(flow.listedIds() == QStringList{u"other"_s});
    CHECK(shown(flow.wizard, u"providerNoMatch"_s));
}

TEST_CASE("the provider list shows Japanese names in the Japanese UI")
{
    Flow flow(ipw::UiLanguage::Japanese);
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"ソフトバンク"_s);
    auto *list = child<QListWidget>(flow.wizard, u"providerList"_s);
    REQUIRE(list->count() >= 1);
    CHECK(list->item(0)->text().startsWith(u"ソフトバンク"_s));
    CHECK(flow.wizard.currentPage()->title() != u"Which provider is your mail with?"_s);
}

TEST_CASE("an address picks its provider and pre-fills the login name by the provider's rule")
{
    SECTION("Gmail: the full address")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"Taro.Yamada@gmail.com"_s);
        CHECK(flow.selectedId() == u"gmail"_s);
        CHECK(shown(flow.wizard, u"providerFromAddress"_s));
        CHECK(noticeText(flow.wizard, u"providerFromAddress"_s).contains(u"Gmail"_s));
        flow.next();
        REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
        CHECK(child<QLineEdit>(flow.wizard, u"addressEdit"_s)->text() == u"Taro.Yamada@gmail.com"_s);
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"Taro.Yamada@gmail.com"_s);
        // Known servers stay out of the way until asked for.
        CHECK(child<QWidget>(flow.wizard, u"serverSettingsBox"_s)->isHidden());
        QTest::mouseClick(child<QPushButton>(flow.wizard, u"showServersButton"_s), Qt::LeftButton);
        CHECK(!child<QWidget>(flow.wizard, u"serverSettingsBox"_s)->isHidden());
        CHECK(child<QLineEdit>(flow.wizard, u"imapHostEdit"_s)->text() == u"imap.gmail.com"_s);
        CHECK(child<QLineEdit>(flow.wizard, u"imapPortEdit"_s)->text() == u"993"_s);
        CHECK(flow.nextEnabled());
        CHECK(flow.wizard.draft().providerId == u"gmail"_s);
        CHECK(flow.wizard.draft().imap.host == u"imap.gmail.com"_s);
    }
    SECTION("SoftBank: the part before the @, following the address as it is typed")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"hanako@i.softbank.jp"_s);
        CHECK(flow.selectedId() == u"softbank"_s);
        flow.next();
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"hanako"_s);
        flow.typeInto(u"addressEdit"_s, u"jiro@i.softbank.jp"_s);
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"jiro"_s);
    }
    SECTION("iCloud: the name before the @ for IMAP, the full address for SMTP, on the sheet as two rows")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"taro@icloud.com"_s);
        CHECK(flow.selectedId() == u"icloud"_s);
        flow.next();
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"taro"_s);
        CHECK(flow.nextEnabled());
        flow.next();
        const ipw::AccountDraft &d = flow.wizard.draft();
        CHECK(d.loginName == u"taro"_s);
        CHECK(d.smtpLoginName == u"taro@icloud.com"_s);

        ipw::DeviceSettingsSheet sheet;
        sheet.setAccount(d);
        sheet.show();
        CHECK(child<QLineEdit>(sheet, u"sheetLoginName"_s)->text() == u"taro"_s);
        CHECK(child<QLineEdit>(sheet, u"sheetSmtpLoginName"_s)->isVisible());
        CHECK(child<QLineEdit>(sheet, u"sheetSmtpLoginName"_s)->text() == u"taro@icloud.com"_s);

        ipw::AccountDraft one = d;
        one.smtpLoginName.reset();
        sheet.setAccount(one);
        CHECK_FALSE(child<QLineEdit>(sheet, u"sheetSmtpLoginName"_s)->isVisible());
    }
    SECTION("docomo: an ID of its own, with where to find it")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
        CHECK(flow.selectedId() == u"docomo"_s);
        flow.next();
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text().isEmpty());
        CHECK(shown(flow.wizard, u"loginNameHelp"_s));
        CHECK(noticeText(flow.wizard, u"loginNameHelp"_s).contains(u"My docomo"_s));
        CHECK(!flow.nextEnabled());  // the ID must be typed
        flow.typeInto(u"loginNameEdit"_s, u"abc12345"_s);
        CHECK(flow.nextEnabled());
        // Typing the address again does not overwrite an ID the user typed.
        flow.typeInto(u"addressEdit"_s, u"hanako@docomo.ne.jp"_s);
        CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"abc12345"_s);
    }
    SECTION("goo: the service ended; the page says so and goes no further")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"taro@goo.jp"_s);
        CHECK(flow.selectedId() == u"goo"_s);
        CHECK(shown(flow.wizard, u"providerNoImap"_s));
        CHECK(noticeText(flow.wizard, u"providerNoImap"_s).contains(u"25 February 2026"_s));
        CHECK(!flow.nextEnabled());
        flow.typeInto(u"providerSearch"_s, u"taro@gmail.com"_s);
        CHECK_FALSE(shown(flow.wizard, u"providerNoImap"_s));
        CHECK(flow.nextEnabled());
    }
    SECTION("a subdomain the provider issues: its entry, and the page says which domain matched")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"taro@ab.so-net.ne.jp"_s);
        CHECK(flow.selectedId() == u"so-net"_s);
        const QString text = noticeText(flow.wizard, u"providerFromAddress"_s);
        CHECK(text.contains(u"ab.so-net.ne.jp"_s));
        CHECK(text.contains(u"@so-net.ne.jp"_s));
        CHECK(text.contains(u"unconfirmed"_s));
        flow.typeInto(u"providerSearch"_s, u"taro@x.docomo.ne.jp"_s);  // docomo issues no subdomains
        CHECK(flow.selectedId() == u"other"_s);
    }
    SECTION("an unknown domain offers Other provider")
    {
        Flow flow;
        flow.toProviderPage();
        flow.typeInto(u"providerSearch"_s, u"someone@example.org"_s);
        CHECK(flow.selectedId() == u"other"_s);
        CHECK(noticeText(flow.wizard, u"providerFromAddress"_s).contains(u"example.org"_s));
    }
}

TEST_CASE("Other provider: server settings are shown and checked field by field")
{
    Flow flow;
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"someone@example.org"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK(!child<QWidget>(flow.wizard, u"serverSettingsBox"_s)->isHidden());
    CHECK(child<QWidget>(flow.wizard, u"showServersButton"_s)->isHidden());
    CHECK(child<QWidget>(flow.wizard, u"serversConfirmedCheck"_s)->isHidden());
    CHECK(!flow.nextEnabled());

    flow.typeInto(u"imapHostEdit"_s, u"imap@example"_s);
    CHECK(shown(flow.wizard, u"imapFieldError"_s));
    flow.typeInto(u"imapHostEdit"_s, u"imap.example.org"_s);
    CHECK(!shown(flow.wizard, u"imapFieldError"_s));
    flow.typeInto(u"imapPortEdit"_s, u"70000"_s);
    CHECK(shown(flow.wizard, u"imapFieldError"_s));
    CHECK(child<QLabel>(flow.wizard, u"imapFieldError"_s)->text().contains(u"65535"_s));
    flow.typeInto(u"imapPortEdit"_s, u"993"_s);
    flow.typeInto(u"smtpHostEdit"_s, u"smtp.example.org"_s);
    CHECK(flow.nextEnabled());

    // No encryption: a clear warning, and an explicit agreement before going on.
    auto *security = child<QComboBox>(flow.wizard, u"imapSecurityCombo"_s);
    security->setCurrentIndex(security->findData(u"none"_s));
    CHECK(child<QLineEdit>(flow.wizard, u"imapPortEdit"_s)->text() == u"143"_s);
    CHECK(shown(flow.wizard, u"plaintextWarning"_s));
    CHECK(!flow.nextEnabled());
    child<QCheckBox>(flow.wizard, u"allowPlaintextCheck"_s)->setChecked(true);
    CHECK(flow.nextEnabled());
    CHECK(flow.wizard.draft().allowPlaintext);
    CHECK(flow.wizard.draft().imap.security == ipw::Security::None);
    flow.next();
    CHECK(flow.wizard.currentId() == SetupWizard::Password);
}

// From the provider page, by an address, to the account page of the provider it picks.
static void toAccountPageOf(Flow &flow, const QString &address, const QString &id)
{
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, address);
    CHECK(flow.selectedId() == id);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
}

TEST_CASE("filled but unconfirmed servers say compare, empty ones say copy: one message, never both")
{
    Flow flow;
    toAccountPageOf(flow, u"taro@nifty.com"_s, u"nifty"_s);
    REQUIRE(shown(flow.wizard, u"uncertainServersNotice"_s));
    const QString text = noticeText(flow.wizard, u"uncertainServersNotice"_s);
    CHECK(text.contains(u"Unconfirmed: compare"_s));
    CHECK_FALSE(text.contains(u"does not guess"_s));
    CHECK(child<QLineEdit>(flow.wizard, u"imapHostEdit"_s)->text() == u"imap.nifty.com"_s);
}

TEST_CASE("au: the server fields are shown empty, with the uncertain warning, and need confirmation")
{
    Flow flow;
    toAccountPageOf(flow, u"taro@au.com"_s, u"au"_s);
    CHECK(!child<QWidget>(flow.wizard, u"serverSettingsBox"_s)->isHidden());
    CHECK(shown(flow.wizard, u"uncertainServersNotice"_s));
    CHECK(noticeText(flow.wizard, u"uncertainServersNotice"_s).contains(u"does not guess"_s));
    // Never guessed: no host is filled in for au.
    CHECK(child<QLineEdit>(flow.wizard, u"imapHostEdit"_s)->text().isEmpty());
    CHECK(child<QLineEdit>(flow.wizard, u"smtpHostEdit"_s)->text().isEmpty());

    ipw::test::UrlCatcher urls;
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"openSettingsPageButton"_s), Qt::LeftButton);
    REQUIRE(urls.opened.size() == 1);
    CHECK(urls.opened.first() == QUrl(u"https://set.mail.ezweb.ne.jp/"_s));

    flow.typeInto(u"loginNameEdit"_s, u"copied-id"_s);
    flow.typeInto(u"imapHostEdit"_s, u"imap.copied-from-au.example"_s);
    flow.typeInto(u"smtpHostEdit"_s, u"smtp.copied-from-au.example"_s);
    CHECK(!flow.nextEnabled());  // not before the user confirms they copied them
    CHECK(!flow.wizard.draft().serversConfirmed);
    QTest::mouseClick(child<QCheckBox>(flow.wizard, u"serversConfirmedCheck"_s), Qt::LeftButton);
    CHECK(flow.nextEnabled());
    CHECK(flow.wizard.draft().serversConfirmed);
    flow.next();
    CHECK(flow.wizard.draft().imap.host == u"imap.copied-from-au.example"_s);
    CHECK(flow.wizard.draft().loginName == u"copied-id"_s);
}

TEST_CASE("a language switch mid-flow keeps what was entered")
{
    Flow flow;
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"taro@i.softbank.jp"_s);
    flow.next();
    flow.typeInto(u"loginNameEdit"_s, u"my-own-login"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Password);
    flow.typeInto(u"passwordEdit"_s, u"Secret123"_s);
    const QString englishTitle = flow.wizard.currentPage()->title();
    const QString englishKind = child<QLabel>(flow.wizard, u"passwordKindLabel"_s)->text();

    // The language button at the bottom of every page.
    auto *language = flow.wizard.button(QWizard::CustomButton2);
    REQUIRE(language->objectName() == u"languageButton"_s);
    CHECK(language->text() == u"日本語"_s);
    QTest::mouseClick(language, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return flow.wizard.currentPage()->title() != englishTitle; }, 2000));
    CHECK(ipw::Language::current() == ipw::UiLanguage::Japanese);
    CHECK(flow.wizard.currentPage()->title() == QCoreApplication::translate("ipw::PasswordPage", "Password"));
    CHECK(child<QLabel>(flow.wizard, u"passwordKindLabel"_s)->text() != englishKind);
    CHECK(child<QLabel>(flow.wizard, u"passwordKindLabel"_s)->text().contains(u"Eメール(i)のパスワード"_s));
    CHECK(language->text() == u"English"_s);
    CHECK(child<QLineEdit>(flow.wizard, u"passwordEdit"_s)->text() == u"Secret123"_s);
    // QWizard's own buttons follow at once too (Qt's catalog), not only on the next page.
    CHECK(flow.wizard.button(QWizard::BackButton)->text() != u"< &Back"_s);
    CHECK(flow.wizard.button(QWizard::BackButton)->text() == QCoreApplication::translate("QWizard", "< &Back"));
    CHECK(flow.wizard.button(QWizard::CancelButton)->text() != u"Cancel"_s);

    // Back to the account page: the address and the login name the user typed are still there.
    flow.back();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK(child<QPushButton>(flow.wizard, u"showServersButton"_s)->text() ==
          QCoreApplication::translate("ipw::AccountPage", "Show server settings"));
    CHECK(child<QPushButton>(flow.wizard, u"showServersButton"_s)->text() != u"Show server settings"_s);
    CHECK(child<QLineEdit>(flow.wizard, u"addressEdit"_s)->text() == u"taro@i.softbank.jp"_s);
    CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"my-own-login"_s);
    // And back on the start page, the language combo shows the language in use; switching there works too.
    flow.back();
    flow.back();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Start);
    auto *combo = child<QComboBox>(flow.wizard, u"languageCombo"_s);
    CHECK(combo->currentData().toString() == u"ja"_s);
    combo->setCurrentIndex(combo->findData(u"en"_s));
    CHECK(QTest::qWaitFor([&] { return flow.wizard.currentPage()->title() == u"Mail stopped syncing?"_s; }, 2000));
    flow.next();
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK(child<QLineEdit>(flow.wizard, u"loginNameEdit"_s)->text() == u"my-own-login"_s);
    flow.next();
    CHECK(child<QLineEdit>(flow.wizard, u"passwordEdit"_s)->text() == u"Secret123"_s);
}

TEST_CASE("the start page routes the saved-account goals to the saved accounts page")
{
    Flow flow;
    auto *page = flow.wizard.currentPage();
    CHECK(page->nextId() == SetupWizard::Provider);
    // Clicked on the indicator: a radio button only reacts to clicks on its indicator and text.
    auto click = [&](const QString &name) {
        auto *radio = child<QRadioButton>(flow.wizard, name);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    };
    click(u"goalManageSaved"_s);
    CHECK(page->nextId() == SetupWizard::SavedAccounts);
    click(u"goalUpdatePassword"_s);
    CHECK(page->nextId() == SetupWizard::SavedAccounts);
    CHECK(page->validatePage());
    CHECK(flow.wizard.draft().goal == ipw::AccountDraft::Goal::UpdatePassword);
}

// Not run by CTest (hidden tag). Saves a PNG of each page in both languages, light and dark, for looking at them:
//   IPW_SCREENSHOT_DIR=/tmp/shots build/default/tests/wizard/test_wizard_pages "[.screenshots]"
TEST_CASE("screenshots of pages 1-5", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("IPW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));

    for (const auto language : {ipw::UiLanguage::Japanese, ipw::UiLanguage::English}) {
        for (const bool isDark : {false, true}) {
            QApplication::setPalette(isDark ? dark : light);
            const QString prefix = dir + u'/' + ipw::Language::code(language) + (isDark ? u"-dark-"_s : u"-"_s);
            auto save = [&](Flow &flow, const QString &name) {
                QTest::qWait(50);
                flow.wizard.grab().save(prefix + name + u".png"_s);
            };
            {
                Flow flow(language);
                save(flow, u"1-start"_s);
                flow.toProviderPage();
                flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
                save(flow, u"2-provider"_s);
                flow.next();
                save(flow, u"3-account-docomo"_s);
                flow.typeInto(u"loginNameEdit"_s, u"abc12345"_s);
                flow.next();
                flow.typeInto(u"passwordEdit"_s, u"ｐａｓｓ１２３ "_s);
                save(flow, u"4-password-docomo"_s);
                QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
                save(flow, u"5-reissue-docomo"_s);
            }
            {
                Flow flow(language);
                flow.toProviderPage();
                flow.typeInto(u"providerSearch"_s, u"taro@au.com"_s);
                flow.next();
                save(flow, u"3-account-au"_s);
            }
            {
                Flow flow(language);
                flow.toPasswordPage(u"taro@gmail.com"_s);
                flow.typeInto(u"passwordEdit"_s, u"abcd efgh ijkl mnop"_s);
                save(flow, u"4-password-gmail"_s);
            }
            {
                Flow flow(language);
                flow.toSignInPage(u"taro@outlook.jp"_s);
                save(flow, u"4-signin-outlook"_s);
            }
            {
                Flow flow(language);
                flow.toProviderPage();
                flow.typeInto(u"providerSearch"_s, u"someone@example.org"_s);
                flow.next();
                flow.typeInto(u"imapHostEdit"_s, u"imap.example.org"_s);
                auto *security = child<QComboBox>(flow.wizard, u"imapSecurityCombo"_s);
                security->setCurrentIndex(security->findData(u"none"_s));
                flow.typeInto(u"smtpHostEdit"_s, u"smtp@example"_s);
                save(flow, u"3-account-other"_s);
            }
        }
    }
    QApplication::setPalette(light);
}
