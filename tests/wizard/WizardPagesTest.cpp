// The wizard's pages 1-5, driven offscreen through the real SetupWizard: widgets are found by objectName and used
// with QTest's input helpers, as a user would. URLs the wizard opens are captured, never sent to a browser.
#include "CapsLock.h"
#include "DeviceSettingsSheet.h"
#include "PasswordClipboard.h"
#include "SetupWizard.h"
#include "SupportReport.h"
#include "UrlCatcher.h"
#include "common/Language.h"

#include "CatchQt.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;

namespace {

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

// A notice (pages/Notice.h) is shown when it is not hidden itself; its page may be off screen.
bool shown(QWidget &parent, const QString &name)
{
    return !child<QWidget>(parent, name)->isHidden();
}

QString noticeText(QWidget &parent, const QString &name)
{
    return child<QLabel>(parent, name + u"Text"_s)->text();
}

struct Flow {
    SetupWizard wizard;

    explicit Flow(ipw::UiLanguage language = ipw::UiLanguage::English)
    {
        ipw::Language::apply(language);
        QCoreApplication::processEvents();
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    }
    ~Flow() { ipw::Language::apply(ipw::UiLanguage::English); }

    bool nextEnabled() { return wizard.button(QWizard::NextButton)->isEnabled(); }
    void next()
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        INFO("on page " << wizard.currentId());
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void back() { QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton); }

    void typeInto(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(wizard, name);
        edit->setFocus();
        edit->clear();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(edit, text);
        } else {
            // Japanese and full-width text arrive through the input method, as a committed string.
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QCoreApplication::sendEvent(edit, &commit);
        }
    }

    /// Start → Provider page, then type into the search field.
    void toProviderPage()
    {
        REQUIRE(wizard.currentId() == SetupWizard::Start);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Provider);
    }
    QStringList listedIds()
    {
        QStringList ids;
        auto *list = child<QListWidget>(wizard, u"providerList"_s);
        for (int row = 0; row < list->count(); ++row)
            ids.append(list->item(row)->data(Qt::UserRole).toString());
        return ids;
    }
    QString selectedId()
    {
        auto *item = child<QListWidget>(wizard, u"providerList"_s)->currentItem();
        return item ? item->data(Qt::UserRole).toString() : QString();
    }
    /// Start → Provider (by address) → Account → Sign in with your browser (Outlook.com).
    void toSignInPage(const QString &address)
    {
        toProviderPage();
        typeInto(u"providerSearch"_s, address);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Account);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::SignIn);
    }
    /// Start → Provider (by address) → Account → Password.
    void toPasswordPage(const QString &address, const QString &loginName = QString())
    {
        toProviderPage();
        typeInto(u"providerSearch"_s, address);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Account);
        if (!loginName.isEmpty())
            typeInto(u"loginNameEdit"_s, loginName);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Password);
    }
};

}  // namespace

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

/// $IPW_PROVIDERS_DIR pointed at `folder` while it lives, then as it was.
struct ProvidersDir {
    explicit ProvidersDir(const QString &folder)
        : previous(qgetenv("IPW_PROVIDERS_DIR"))
    {
        qputenv("IPW_PROVIDERS_DIR", QFile::encodeName(folder));
    }
    ~ProvidersDir()
    {
        if (previous.isNull())
            qunsetenv("IPW_PROVIDERS_DIR");
        else
            qputenv("IPW_PROVIDERS_DIR", previous);
    }
    QByteArray previous;
};

TEST_CASE("the password shape comes from the provider file, not from the provider's id")
{
    // Gmail's entry under another id and domain: its passwordRules.shape alone makes the page offer to remove the
    // display spaces of an app password.
    QFile gmail(u":/providers/gmail.json"_s);
    REQUIRE(gmail.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(gmail.readAll()).object();
    entry.insert(u"id"_s, u"appmail"_s);
    entry.insert(u"domains"_s, QJsonArray{u"appmail.example"_s});
    entry.remove(u"oauth2"_s);
    entry.insert(u"auth"_s, QJsonArray{u"app-password"_s});
    QJsonObject sources = entry.value(u"sources"_s).toObject();
    sources.remove(u"oauth2"_s);
    entry.insert(u"sources"_s, sources);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile file(folder.filePath(u"appmail.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(entry).toJson());
    file.close();
    std::optional<ProvidersDir> providersDir(std::in_place, folder.path());
    Flow flow;
    providersDir.reset();  // read when the wizard starts: the next test case sees the built-ins alone
    const QString problem = flow.wizard.providersError() ? flow.wizard.providersError()->field : QString();
    INFO(problem.toStdString());
    REQUIRE_FALSE(flow.wizard.providersError().has_value());
    flow.toPasswordPage(u"taro@appmail.example"_s);
    REQUIRE(flow.wizard.draft().providerId == u"appmail"_s);
    flow.typeInto(u"passwordEdit"_s, u"abcd efgh ijkl mnop"_s);
    CHECK(shown(flow.wizard, u"appPasswordSpacesWarning"_s));
}

namespace {

// Every label that shows `marker` as it was written (not escaped) must show it as plain text.
void requirePlainWherever(QWidget &wizard, const QString &marker)
{
    int found = 0;
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->text().contains(marker))
            continue;
        ++found;
        INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
    }
    CHECK(found > 0);  // the marker is on screen somewhere (so the check above checked something)
}

}  // namespace

TEST_CASE("provider file text is plain text, and a file that replaces a built-in entry is shown as such")
{
    QFile builtIn(u":/providers/docomo.json"_s);
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(builtIn.readAll()).object();
    const QString markup = u"<b>Bold</b> <a href=\"https://evil.example/\">click here</a>"_s;
    const auto both = [&](const QString &ja, const QString &en) {
        return QJsonObject{{u"ja"_s, QString(ja + markup)}, {u"en"_s, QString(en + markup)}};
    };
    entry.insert(u"name"_s, both(u"ドコモ "_s, u"docomo "_s));
    entry.insert(u"passwordName"_s, both(u"パスワード "_s, u"IMAP password "_s));
    QJsonObject rules = entry.value(u"passwordRules"_s).toObject();
    rules.insert(u"description"_s, both(u"十文字 "_s, u"Ten letters "_s));
    entry.insert(u"passwordRules"_s, rules);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile file(folder.filePath(u"docomo.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(entry).toJson());
    file.close();
    ProvidersDir providersDir(folder.path());
    Flow flow;
    REQUIRE_FALSE(flow.wizard.providersError().has_value());

    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK(shown(flow.wizard, u"replacedProviderNotice"_s));
    CHECK(noticeText(flow.wizard, u"replacedProviderNotice"_s).contains(folder.path()));
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);

    flow.typeInto(u"loginNameEdit"_s, u"docomo-id"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Password);
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
    REQUIRE(flow.wizard.currentId() == SetupWizard::Reissue);
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);
}

TEST_CASE("the built-in entries are not marked as replaced")
{
    Flow flow;
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK_FALSE(shown(flow.wizard, u"replacedProviderNotice"_s));
}

TEST_CASE("a broken file in the providers folder is named, and the built-in providers still work")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile broken(folder.filePath(u"broken.json"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": 1, ");
    broken.close();
    std::optional<ProvidersDir> providersDir(std::in_place, folder.path());
    Flow flow;
    providersDir.reset();  // read when the wizard starts: the next test case sees the built-ins alone
    REQUIRE(flow.wizard.providersError().has_value());
    flow.toProviderPage();
    CHECK(shown(flow.wizard, u"providersError"_s));
    CHECK(noticeText(flow.wizard, u"providersError"_s).contains(u"broken.json"_s));
    flow.typeInto(u"providerSearch"_s, u"docomo"_s);
    CHECK(flow.selectedId() == u"docomo"_s);
}

// Not run by CTest (hidden tag). Saves a PNG of each page in both languages, light and dark, for looking at them:
//   IPW_SCREENSHOT_DIR=/tmp/shots build/default/tests/wizard/test_wizard_pages "[.screenshots]"
TEST_CASE("the support report is not searched for the password: a password that is a word does not show by what "
          "it replaced",
          "[secrets]")
{
    ipw::AccountDraft draft;
    draft.password = u"example"_s;
    ipw::CheckSettings settings;
    settings.loginName = u"me"_s;
    settings.imap = ipw::ServerEndpoint{{u"imap.example.com"_s, 993, ipw::Security::ImplicitTls}, {}};
    ipw::CheckResult result;
    ipw::ProtocolResult imap;
    imap.diagnosis = ipw::DiagnosisCode::WrongCredentials;
    imap.serverText = u"[AUTHENTICATIONFAILED] Authentication failed."_s;
    imap.transcript = {u"-- connecting to imap.example.com:993"_s, u"C: a1 LOGIN \"me\" <password>"_s,
                       u"S: (withheld: it contained the password)"_s};
    result.imap = imap;
    const QString report = ipw::supportReport(draft, settings, result, 1);
    CHECK(report.contains(u"IMAP: imap.example.com:993"_s));
    CHECK(report.contains(u"-- connecting to imap.example.com:993"_s));
    CHECK_FALSE(report.contains(u"removed]"_s));
    // A token is never a word: still replaced wherever it appears.
    draft.browserSignIn = true;
    draft.oauthTokens.accessToken = u"ya29.token-value"_s;
    result.imap->serverText = u"invalid ya29.token-value"_s;
    CHECK_FALSE(ipw::supportReport(draft, settings, result, 0).contains(u"ya29.token-value"_s));
}

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
