// Screenshots of every page of the wizard, in Japanese and English, from the real app against the test fixtures.
// Run it under an X server so that the real platform plugin draws the window (tools/make-screenshots.sh does):
//
//     QT_QPA_PLATFORM=xcb DISPLAY=:38 build/default/tests/wizard/wizard_screenshots docs/screenshots
//
// Writes <out>/<page>-<lang>[-dark][-200].png, window-sized (see main() for the options): start, provider, account,
// password, reissue (pages 1–5, when this build has them), test, result-wrong-password, result-certificate,
// result-success, saved-accounts, and browser another-device and send-to-iphone (the QR code page), and browser
// sign-in: password-choice (Gmail-like), signin, signin-waiting, signin-denied, signin-not-configured,
// signin-outlook-not-configured, result-oauth-success (against the local authorization server and Dovecot's oauth
// instance). And the help window alone: help-glossary, help-checklist (with IPW_SCREENSHOTS_ONLY=help, only those).

#include "AppPalette.h"
#include "DovecotFixture.h"
#include "HelpWindow.h"
#include "OAuthServerFixture.h"
#include "SecretServiceFixture.h"
#include "SetupWizard.h"
#include "WizardFlowHarness.h"
#include "WizardSession.h"
#include "common/Language.h"
#include "pages/ResultPage.h"
#include "pages/SendToPhonePage.h"
#include "pages/SignInPage.h"
#include "providers/OAuthClients.h"
#include "providers/ProviderDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;

namespace {

QString g_out;
QString g_lang;
QString g_suffix;   // "-dark", "-200", "-dark-200": the variant's file name suffix
bool g_all = true;  // false for the variants: one screenshot per page, not every state
int g_failures = 0;

void fail(const QString &what)
{
    QTextStream(stderr) << "wizard_screenshots: " << what << '\n';
    ++g_failures;
}

void shoot(SetupWizard &wizard, const QString &name)
{
    QTest::qWait(300);  // let layouts settle and the window repaint
    const QString path = QDir(g_out).filePath(u"%1-%2%3.png"_s.arg(name, g_lang, g_suffix));
    if (!wizard.grab().save(path, "PNG"))
        fail(u"cannot write "_s + path);
    else
        QTextStream(stdout) << path << '\n';
}

std::unique_ptr<SetupWizard> newWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    wizard->resize(860, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        fail(u"the window was not shown"_s);
    return wizard;
}

// The help window (Help on the start page, then the glossary at docomo's passwords, then the checklist), alone.
void helpWindow()
{
    auto wizard = newWizard();
    QTest::mouseClick(wizard->button(QWizard::HelpButton), Qt::LeftButton);
    auto *help = wizard->findChild<ipw::HelpWindow *>();
    if (!help)
        return fail(u"the help window did not open"_s);
    help->resize(820, 600);
    const auto shootHelp = [&](const QString &name) {
        QTest::qWait(300);
        const QString path = QDir(g_out).filePath(u"%1-%2.png"_s.arg(name, g_lang));
        if (!help->grab().save(path, "PNG"))
            fail(u"cannot write "_s + path);
        else
            QTextStream(stdout) << path << '\n';
    };
    help->showTopic(ipw::HelpTopic::Glossary, ipw::GlossaryTerm::DocomoPasswords);
    shootHelp(u"help-glossary"_s);
    help->showTopic(ipw::HelpTopic::Checklist);
    shootHelp(u"help-checklist"_s);
    help->close();
}

void pagesOneToFive()
{
    auto wizard = newWizard();
    shoot(*wizard, u"start"_s);
    // Pages 1–5 with a carrier's real entry, the way a user meets them.
    ipw::AccountDraft draft = ipw::test::fixtureDraft(QString());
    draft.providerId = u"docomo"_s;
    draft.address = u"taro.yamada@docomo.ne.jp"_s;
    draft.loginName.clear();
    const ipw::Provider *docomo = wizard->session().providers().byId(u"docomo");
    if (docomo) {
        draft.imap = docomo->imap;
        draft.smtp = docomo->smtp;
    }
    wizard->draft() = draft;
    const std::pair<SetupWizard::PageId, const char *> pages[] = {{SetupWizard::Provider, "provider"},
                                                                  {SetupWizard::Account, "account"},
                                                                  {SetupWizard::Password, "password"},
                                                                  {SetupWizard::Reissue, "reissue"}};
    for (const auto &[id, name] : pages) {
        if (!wizard->page(id))
            continue;
        wizard->goToPage(id);
        if (wizard->currentId() != id) {
            fail(u"could not reach page "_s + QLatin1String(name));
            continue;
        }
        shoot(*wizard, QLatin1String(name));
        // The account page is shot with docomo's IMAP ID still empty, as a user first meets it; the pages after it
        // need one.
        if (id == SetupWizard::Account) {
            if (auto *login = wizard->findChild<QLineEdit *>(u"loginNameEdit"_s))
                login->setText(u"imapid01"_s);
            else
                fail(u"no login name field on the account page"_s);
        }
    }
}

void testPage()
{
    // IMAP against Dovecot (it completes), SMTP against a listener that never answers: the page mid-check.
    QTcpServer silent;
    silent.listen(QHostAddress::LocalHost, 0);
    auto wizard = newWizard();
    const auto &dovecot = ipw::test::DovecotFixture::instance();
    wizard->draft() = ipw::test::fixtureDraft(dovecot.mainUser().password);
    wizard->draft().smtp.port = silent.serverPort();
    wizard->goToPage(SetupWizard::Test);
    // IMAP reaches its last step (with LIST and EXAMINE pipelined it may already be done) while SMTP still waits for
    // the silent server's TLS handshake.
    auto *inbox = wizard->findChild<QLabel *>(u"imapStep-inboxOpened"_s);
    auto *smtpTls = wizard->findChild<QLabel *>(u"smtpStep-secured"_s);
    if (!inbox || !smtpTls ||
        !QTest::qWaitFor(
            [&] {
                const QString imap = inbox->property("state").toString();
                return (imap == u"active"_s || imap == u"done"_s) &&
                       smtpTls->property("state").toString() == u"active"_s;
            },
            15000))
        fail(u"the test page did not reach the expected steps"_s);
    shoot(*wizard, u"test"_s);
    if (auto *stop = wizard->findChild<QPushButton *>(u"cancelCheckButton"_s))
        stop->click();
}

// From the success page: "Set up another device", then "Send to my iPhone" serving on 127.0.0.1 (the tests' only
// address; on a real PC the list holds its LAN addresses).
void anotherDevicePages(SetupWizard &wizard)
{
    if (auto *button = wizard.findChild<QPushButton *>(u"anotherDeviceButton"_s))
        button->click();
    if (wizard.currentId() != SetupWizard::AnotherDevice)
        return fail(u"the another-device page was not reached"_s);
    shoot(wizard, u"another-device"_s);
    if (auto *button = wizard.findChild<QPushButton *>(u"sendToPhoneButton"_s))
        button->click();
    auto *page = qobject_cast<ipw::SendToPhonePage *>(wizard.currentPage());
    if (!page)
        return fail(u"the send-to-phone page was not reached"_s);
    page->setAddressChoices({ipw::LanAddress{QHostAddress(QHostAddress::LocalHost), u"lo"_s}});
    if (auto *start = wizard.findChild<QPushButton *>(u"startSendButton"_s))
        start->click();
    if (!page->server())
        return fail(u"the one-shot server did not start"_s);
    shoot(wizard, u"send-to-iphone"_s);
    wizard.back();
    wizard.back();  // to the result again
}

void resultPages()
{
    const auto &dovecot = ipw::test::DovecotFixture::instance();
    {
        // docomo's own entry (its names, My docomo, its next step) with the servers pointed at the test Dovecot:
        // the rejection is Dovecot's real one, so "the server's reply" under Details is Dovecot's words, not docomo's.
        auto wizard = newWizard();
        ipw::AccountDraft draft = ipw::test::fixtureDraft(u"wrong-password-1"_s);
        draft.providerId = u"docomo"_s;
        draft.address = u"taro.yamada@docomo.ne.jp"_s;
        wizard->draft() = draft;
        if (ipw::test::runCheck(*wizard)) {
            shoot(*wizard, u"result-wrong-password-docomo"_s);
            // The rest of the advice, generic and docomo's own, one click away.
            auto *more = wizard->currentPage()->findChild<QAbstractButton *>(u"resultMoreButton"_s);
            if (g_all && more) {
                more->click();
                shoot(*wizard, u"result-wrong-password-docomo-more"_s);
            } else if (g_all) {
                fail(u"the result page has no \"More\""_s);
            }
        } else {
            fail(u"the docomo wrong-password check did not finish"_s);
        }
    }
    {
        auto wizard = newWizard();
        ipw::test::ensurePasswordPage(*wizard);
        wizard->draft() = ipw::test::fixtureDraft(u"wrong-password-1"_s);
        if (ipw::test::runCheck(*wizard)) {
            wizard->goToPage(SetupWizard::Password);
            ipw::test::enterPassword(*wizard, u"wrong-password-2"_s);
            if (ipw::test::runCheck(*wizard))
                shoot(*wizard, u"result-wrong-password"_s);
        }
    }
    if (g_all) {
        const QByteArray ca = qgetenv(ipw::WizardSession::extraCaVariable);
        qunsetenv(ipw::WizardSession::extraCaVariable);
        auto wizard = newWizard();
        qputenv(ipw::WizardSession::extraCaVariable, ca);
        wizard->draft() = ipw::test::fixtureDraft(dovecot.mainUser().password);
        if (ipw::test::runCheck(*wizard))
            shoot(*wizard, u"result-certificate"_s);
    }
    {
        auto wizard = newWizard();
        wizard->draft() = ipw::test::fixtureDraft(dovecot.mainUser().password);
        if (ipw::test::runCheck(*wizard)) {
            if (auto *save = wizard->findChild<QPushButton *>(u"saveButton"_s))
                save->click();
            auto *status = wizard->findChild<QLabel *>(u"saveStatus"_s);
            if (!QTest::qWaitFor([&] { return status && !status->text().contains(u'…'); }, 20000))
                fail(u"saving did not finish"_s);
            shoot(*wizard, u"result-success"_s);
            anotherDevicePages(*wizard);
            wizard->goToPage(SetupWizard::SavedAccounts);
            if (wizard->currentId() == SetupWizard::SavedAccounts)
                shoot(*wizard, u"saved-accounts"_s);
        }
    }
}

void signInPages()
{
    using ipw::test::OAuthServerFixture;
    auto &server = OAuthServerFixture::shared();
    auto &dovecot = ipw::test::DovecotFixture::oauthInstance();
    if (!server.ok() || !dovecot.ok()) {
        fail(u"OAuth fixtures: "_s + server.error() + u' ' + dovecot.error());
        return;
    }
    server.reset();
    const quint16 imap = dovecot.imapsPort();
    const quint16 smtp = dovecot.submissionsPort();
    const QString issuer = ipw::test::OAuthFixtureProviders::oauthIssuer();
    const auto toSignIn = [&](SetupWizard &wizard, const QString &providerId) {
        wizard.draft() = ipw::test::oauthFixtureDraft(providerId, imap, smtp);
        wizard.goToPage(SetupWizard::Account);
        wizard.next();
        return wizard.currentId();
    };
    const auto signInState = [](SetupWizard &wizard) {
        return wizard.currentPage() ? wizard.currentPage()->property("signInState").toString() : QString();
    };
    if (g_all) {
        auto wizard = newWizard();
        if (toSignIn(*wizard, u"fixturegmail"_s) == SetupWizard::Password)
            shoot(*wizard, u"password-choice"_s);
        else
            fail(u"the Gmail-like provider did not reach the password page"_s);
    }
    {
        auto wizard = newWizard();
        if (toSignIn(*wizard, u"fixtureoauth"_s) != SetupWizard::SignIn) {
            fail(u"the sign-in page was not reached"_s);
            return;
        }
        shoot(*wizard, u"signin"_s);
        if (!g_all)
            return server.reset();
        server.setConsent(OAuthServerFixture::Consent::NoRedirect);
        if (auto *start = wizard->findChild<QPushButton *>(u"signInButton"_s))
            start->click();
        if (!QTest::qWaitFor([&] { return server.authorizeRequests() > 0; }, 15000))
            fail(u"the browser stand-in was not asked to open the sign-in page"_s);
        if (auto *copy = wizard->findChild<QPushButton *>(u"copySignInLinkButton"_s))
            copy->click();
        shoot(*wizard, u"signin-waiting"_s);
        if (auto *cancel = wizard->findChild<QPushButton *>(u"cancelSignInButton"_s))
            cancel->click();
        server.setConsent(OAuthServerFixture::Consent::Deny);
        if (auto *start = wizard->findChild<QPushButton *>(u"signInButton"_s))
            start->click();
        if (QTest::qWaitFor([&] { return signInState(*wizard) == u"failed"; }, 20000))
            shoot(*wizard, u"signin-denied"_s);
        else
            fail(u"denied consent did not fail the sign-in"_s);
        server.setConsent(OAuthServerFixture::Consent::Approve);
        if (auto *start = wizard->findChild<QPushButton *>(u"signInButton"_s))
            start->click();
        if (QTest::qWaitFor([&] { return wizard->currentId() == SetupWizard::Result; }, 60000))
            shoot(*wizard, u"result-oauth-success"_s);
        else
            fail(u"sign-in and check did not reach the result page"_s);
    }
    {
        // The real Outlook.com entry in a build without a client ID for it (what this project ships).
        auto wizard = newWizard();
        ipw::AccountDraft draft = ipw::test::oauthFixtureDraft(u"outlook"_s, imap, smtp);
        draft.address = u"taro.yamada@outlook.jp"_s;
        draft.loginName = draft.address;
        if (const ipw::Provider *outlook = wizard->session().providers().byId(u"outlook")) {
            draft.imap = outlook->imap;
            draft.smtp = outlook->smtp;
        }
        wizard->draft() = draft;
        wizard->goToPage(SetupWizard::Account);
        wizard->next();
        if (wizard->currentId() == SetupWizard::SignIn)
            shoot(*wizard, u"signin-outlook-not-configured"_s);
        else
            fail(u"Outlook.com did not lead to the sign-in page"_s);
    }
    {
        // This build without the client registration: the settings file is moved away for a moment.
        const QString settings = ipw::OAuthClients::settingsFilePath();
        QFile::rename(settings, settings + u".off"_s);
        auto wizard = newWizard();
        if (toSignIn(*wizard, u"fixtureoauth"_s) == SetupWizard::SignIn)
            shoot(*wizard, u"signin-not-configured"_s);
        else
            fail(u"the sign-in page was not reached (not configured)"_s);
        QFile::rename(settings + u".off"_s, settings);
    }
    server.reset();
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    // --dark: the dark palette (AppPalette.h, as IPW_PALETTE=dark in the app) and "-dark" in the names;
    // --suffix=S: S added to the names (the script passes "-200" for QT_SCALE_FACTOR=2). Either: one screenshot per
    // page instead of every state.
    bool dark = false;
    for (const QString &arg : args.mid(1)) {
        if (arg == u"--dark")
            dark = true;
        else if (arg.startsWith(u"--suffix="))
            g_suffix = arg.mid(9);
    }
    args.removeIf([](const QString &arg) { return arg.startsWith(u"--"); });
    if (dark) {
        ipw::useDarkPalette();
        g_suffix = u"-dark"_s + g_suffix;
    }
    g_all = g_suffix.isEmpty();
    g_out = args.size() > 1 ? args.at(1) : u"docs/screenshots"_s;
    const QStringList languages = args.size() > 2 ? args.mid(2) : QStringList{u"ja"_s, u"en"_s};
    QDir().mkpath(g_out);

    // Private Secret Service (its own HOME, so the saved-accounts file lands there too) and Dovecot.
    auto &secrets = ipw::test::SecretServiceFixture::start();
    if (!secrets.isReady()) {
        fail(u"Secret Service fixture: "_s + secrets.log());
        return 1;
    }
    auto &dovecot = ipw::test::DovecotFixture::instance();
    if (!dovecot.ok()) {
        fail(u"Dovecot fixture: "_s + dovecot.error());
        return 1;
    }
    ipw::test::FixtureProviders providers(dovecot.imapsPort(), dovecot.submissionsPort());
    qputenv(ipw::ProviderDatabase::environmentVariable, QFile::encodeName(providers.folder()));
    qputenv(ipw::WizardSession::extraCaVariable, QFile::encodeName(dovecot.caFile()));

    // Browser sign-in: both fixture folders in one providers folder, the client ID in the real settings file (the
    // Secret Service fixture gave this process a HOME of its own), a stand-in browser.
    auto &oauthServer = ipw::test::OAuthServerFixture::shared();
    auto &oauthDovecot = ipw::test::DovecotFixture::oauthInstance();
    std::unique_ptr<ipw::test::OAuthFixtureProviders> oauthProviders;
    if (oauthServer.ok() && oauthDovecot.ok()) {
        oauthProviders =
            std::make_unique<ipw::test::OAuthFixtureProviders>(oauthDovecot.imapsPort(), oauthDovecot.submissionsPort(),
                                                               oauthServer.authorizeUrl(), oauthServer.tokenUrl());
        for (const QString &file : QDir(oauthProviders->folder()).entryList({u"*.json"_s}))
            QFile::copy(QDir(oauthProviders->folder()).filePath(file), QDir(providers.folder()).filePath(file));
        ipw::test::writeOAuthClientSettings(ipw::test::OAuthFixtureProviders::oauthIssuer(),
                                            ipw::test::OAuthServerFixture::clientId());
    }
    ipw::test::BrowserStandIn browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");

    // IPW_SCREENSHOTS_ONLY=help: the help window only (the other pictures stay as they are).
    const bool helpOnly = qgetenv("IPW_SCREENSHOTS_ONLY") == "help";
    for (const QString &lang : languages) {
        g_lang = lang;
        ipw::Language::apply(lang == u"ja" ? ipw::UiLanguage::Japanese : ipw::UiLanguage::English);
        helpWindow();
        if (helpOnly)
            continue;
        pagesOneToFive();
        testPage();
        resultPages();
        signInPages();
    }
    QDesktopServices::unsetUrlHandler(u"http"_s);
    return g_failures == 0 ? 0 : 1;
}
