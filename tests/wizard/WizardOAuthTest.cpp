// Browser sign-in (OAuth 2.0) in the real wizard, offscreen: the local authorization server fixture plays the
// provider, BrowserStandIn plays the system browser (a QDesktopServices URL handler that follows the authorize URL
// and its redirect), the Dovecot fixture's oauth instance checks the access token over IMAP and SMTP, and the real
// Secret Service fixture keeps the refresh token. The client ID comes from the real settings file
// (OAuthClients::settingsFilePath() under a temporary XDG_CONFIG_HOME). Each TEST_CASE runs in its own process.

#include "DovecotFixture.h"
#include "Mnemonics.h"
#include "OAuthServerFixture.h"
#include "QuietPeriod.h"
#include "SecretServiceFixture.h"
#include "SetupWizard.h"
#include "VisibleProse.h"
#include "WizardFlowHarness.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/Language.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "pages/SignInPage.h"
#include "providers/OAuthClients.h"
#include "providers/ProviderDatabase.h"

#include "CatchQt.h"
#include "VerifiedLogins.h"
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;
using ipw::SignInPage;
using ipw::test::keychainSecret;
using ipw::test::OAuthServerFixture;

namespace {

template<typename T> T *child(QWidget &root, const char *name)
{
    T *found = root.findChild<T *>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(found);
    return found;
}

/// One test process: English UI, a private Secret Service (and HOME), a temporary XDG_CONFIG_HOME, the providers
/// folder pointing at the fixtures, the test CA, and BrowserStandIn as the "http" URL handler.
struct OAuthEnvironment {
    enum class Client { Configured, NotConfigured };
    enum class Keychain { Real, None };

    explicit OAuthEnvironment(Client client, Keychain keychain = Keychain::Real)
    {
        ipw::Language::apply(ipw::UiLanguage::English);
        if (keychain == Keychain::Real) {
            auto &secrets = ipw::test::SecretServiceFixture::start();
            INFO(secrets.log().toStdString());
            REQUIRE(secrets.isReady());
        }
        REQUIRE(config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        auto &dovecot = ipw::test::DovecotFixture::oauthInstance();
        INFO(dovecot.error().toStdString());
        REQUIRE(dovecot.ok());
        server().reset();
        REQUIRE(server().ok());
        imapPort = dovecot.imapsPort();
        smtpPort = dovecot.submissionsPort();
        providers = std::make_unique<ipw::test::OAuthFixtureProviders>(imapPort, smtpPort, server().authorizeUrl(),
                                                                       server().tokenUrl());
        REQUIRE(providers->isValid());
        qputenv(ipw::ProviderDatabase::environmentVariable, QFile::encodeName(providers->folder()));
        qputenv(ipw::WizardSession::extraCaVariable, QFile::encodeName(dovecot.caFile()));
        if (client == Client::Configured) {
            REQUIRE(ipw::test::writeOAuthClientSettings(ipw::test::OAuthFixtureProviders::oauthIssuer(),
                                                        OAuthServerFixture::clientId()));
        }
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    }
    ~OAuthEnvironment() { QDesktopServices::unsetUrlHandler(u"http"_s); }

    static OAuthServerFixture &server() { return OAuthServerFixture::shared(); }

    QTemporaryDir config;
    quint16 imapPort = 0;
    quint16 smtpPort = 0;
    std::unique_ptr<ipw::test::OAuthFixtureProviders> providers;
    ipw::test::BrowserStandIn browser;
};

/// The wizard on the Account page with a draft for `providerId`, then Next as the user would click it.
void throughAccountPage(SetupWizard &wizard, const OAuthEnvironment &env, const QString &providerId)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    REQUIRE_FALSE(wizard.session().providersError().has_value());
    wizard.draft() = ipw::test::oauthFixtureDraft(providerId, env.imapPort, env.smtpPort);
    wizard.goToPage(SetupWizard::Account);
    REQUIRE(wizard.currentId() == SetupWizard::Account);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

SignInPage *signInPage(SetupWizard &wizard)
{
    REQUIRE(wizard.currentId() == SetupWizard::SignIn);
    auto *page = qobject_cast<SignInPage *>(wizard.currentPage());
    REQUIRE(page);
    return page;
}

QString state(const SignInPage *page)
{
    return page->property("signInState").toString();
}

/// Nothing of the account anywhere: no accounts file entry, no keychain entry.
void requireNothingSaved(SetupWizard &wizard)
{
    const auto loaded = wizard.session().accounts().list();
    CHECK_FALSE(loaded.error.has_value());
    CHECK(loaded.accounts.isEmpty());
    CHECK_FALSE(keychainSecret(u"alice@example.test"_s).has_value());
}

/// True when nothing accepts connections on 127.0.0.1:port any more (the redirect listener is gone).
bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return socket.error() == QAbstractSocket::ConnectionRefusedError;
    return false;
}

}  // namespace

TEST_CASE("browser sign-in: the check uses the access token and saving keeps the refresh token and no password",
          "[wizard][gui][oauth][dovecot][keychain]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured);
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);

    // Outlook-like (oauth2 only): the sign-in page instead of the password page; nothing happens before a click.
    SignInPage *page = signInPage(wizard);
    CHECK(state(page) == u"idle"_s);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    ipw::test::quietPeriod();
    CHECK(state(page) == u"idle"_s);
    CHECK(env.browser.opened() == 0);

    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    // Sign-in, then the check, then the result: each follows by itself.
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    CHECK(env.browser.opened() == 1);
    CHECK(env.browser.redirectStatus() == 200);
    CHECK(env.server().tokenRequests(u"authorization_code"_s) == 1);
    CHECK(env.server().lastAuthorizeQuery().queryItemValue(u"client_id"_s) == OAuthServerFixture::clientId());

    const auto &result = wizard.session().lastResult;
    REQUIRE(result.has_value());
    REQUIRE(result->imap.has_value());
    REQUIRE(result->smtp.has_value());
    CHECK(result->imap->verified);
    CHECK(result->smtp->verified);
    CHECK(wizard.session().lastSettings->credential == ipw::Credential::OAuthAccessToken);
    const QStringList oauthMechanisms{u"OAUTHBEARER"_s, u"XOAUTH2"_s};
    CHECK(oauthMechanisms.contains(result->imap->authMechanism));
    CHECK(oauthMechanisms.contains(result->smtp->authMechanism));
    // The test page named the mechanism the server accepted.
    CHECK(child<QLabel>(wizard, "imapStep-signedIn")->text().contains(result->imap->authMechanism));
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);

    CHECK(child<QLabel>(wizard, "resultHeadline")->text() == u"Everything works"_s);
    CHECK(child<QLabel>(wizard, "mailboxSummary")->text().contains(u"(OAuth2, %1)"_s.arg(result->imap->authMechanism)));
    CHECK(wizard.currentPage()->title() == u"The sign-in works"_s);
    // No password anywhere on the page: the sheet says how this account signs in instead.
    CHECK(child<QLineEdit>(wizard, "passwordField")->isHidden());
    CHECK(child<QPushButton>(wizard, "copyPasswordButton")->isHidden());
    auto *auth = child<QLineEdit>(wizard, "sheetAuthentication");
    CHECK(auth->isVisible());
    CHECK(auth->text() == u"OAuth2 (sign in with your browser)"_s);

    const QString accessToken = wizard.draft().oauthTokens.accessToken;
    const QString refreshToken = wizard.draft().oauthTokens.refreshToken;
    REQUIRE_FALSE(accessToken.isEmpty());
    REQUIRE_FALSE(refreshToken.isEmpty());

    QTest::mouseClick(child<QPushButton>(wizard, "saveButton"), Qt::LeftButton);
    auto *status = child<QLabel>(wizard, "saveStatus");
    REQUIRE(QTest::qWaitFor([&] { return status->text() == u"Saved in the keychain."_s; }, 30000));

    // The keychain holds the refresh token; the accounts file holds the oauth block and no token at all.
    CHECK((keychainSecret(u"alice@example.test"_s) == std::optional<QString>(refreshToken)));
    QFile file(wizard.session().accounts().filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains(refreshToken.toUtf8()));
    CHECK_FALSE(bytes.contains(accessToken.toUtf8()));
    const auto loaded = wizard.session().accounts().list();
    REQUIRE(loaded.accounts.size() == 1);
    REQUIRE(loaded.accounts.first().oauth.has_value());
    CHECK(loaded.accounts.first().oauth->clientId == OAuthServerFixture::clientId());
    CHECK(loaded.accounts.first().oauth->issuer == ipw::test::OAuthFixtureProviders::oauthIssuer());
    CHECK(loaded.accounts.first().oauth->tokenUrl == env.server().tokenUrl().toString());

    // The support report has neither token.
    QTest::mouseClick(child<QPushButton>(wizard, "copyReportButton"), Qt::LeftButton);
    const QString report = QGuiApplication::clipboard()->text();
    CHECK_FALSE(report.contains(accessToken));
    CHECK_FALSE(report.contains(refreshToken));

    SECTION("checking the saved account again refreshes first and stores the rotated refresh token at once")
    {
        wizard.goToPage(SetupWizard::SavedAccounts);
        REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
        auto *list = child<QListWidget>(wizard, "savedAccountsList");
        REQUIRE(list->count() == 1);
        list->setCurrentRow(0);
        CHECK(child<QPushButton>(wizard, "updatePasswordButton")->text() == u"&Sign in again"_s);
        QTest::mouseClick(child<QPushButton>(wizard, "testAgainButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
        CHECK(env.server().tokenRequests(u"refresh_token"_s) == 1);
        CHECK(env.browser.opened() == 1);  // no new browser sign-in
        CHECK(wizard.draft().lastCheckVerified);
        const QString rotated = wizard.draft().oauthTokens.refreshToken;
        CHECK_FALSE(rotated.isEmpty());
        CHECK(rotated != refreshToken);
        CHECK((keychainSecret(u"alice@example.test"_s) == std::optional<QString>(rotated)));
    }
    SECTION("a revoked sign-in: the user is told to sign in again, and nothing starts by itself")
    {
        env.server().revokeRefreshTokens();
        wizard.goToPage(SetupWizard::SavedAccounts);
        REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
        child<QListWidget>(wizard, "savedAccountsList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(wizard, "testAgainButton"), Qt::LeftButton);
        auto *savedStatus = child<QLabel>(wizard, "savedAccountsStatus");
        REQUIRE(QTest::qWaitFor([&] { return savedStatus->text().contains(u"no longer works"_s); }, 30000));
        CHECK(savedStatus->text().contains(u"Sign in again"_s));
        CHECK(wizard.currentId() == SetupWizard::SavedAccounts);
        QTest::mouseClick(child<QPushButton>(wizard, "updatePasswordButton"), Qt::LeftButton);
        SignInPage *again = signInPage(wizard);
        CHECK(state(again) == u"idle"_s);
        ipw::test::quietPeriod();
        CHECK(state(again) == u"idle"_s);
        CHECK(env.browser.opened() == 1);
    }
}

TEST_CASE("browser sign-in: a token the server refuses leads to Sign in again and never to a retry or a lockout box",
          "[wizard][gui][oauth][dovecot]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured, OAuthEnvironment::Keychain::None);
    env.server().setAccessTokenLifetime(0);  // inactive at introspection: Dovecot refuses it
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);
    signInPage(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    const auto &result = wizard.session().lastResult;
    REQUIRE(result.has_value());
    REQUIRE(result->imap.has_value());
    CHECK_FALSE(result->imap->verified);
    CHECK(result->imap->diagnosis == ipw::DiagnosisCode::OauthTokenRejected);
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);  // a token is not a password guess

    auto *signInAgain = child<QPushButton>(wizard, "tryAnotherPasswordButton");
    CHECK(signInAgain->text().remove(u'&') == u"Sign in again"_s);
    CHECK(signInAgain->isVisible());
    CHECK(signInAgain->isEnabled());
    CHECK_FALSE(child<QWidget>(wizard, "lockoutWarning")->isVisible());
    CHECK(child<QWidget>(wizard, "attemptsLabel")->isHidden());
    CHECK_FALSE(child<QPushButton>(wizard, "reissueButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(wizard, "checkAgainButton")->isVisible());  // the same token is not sent again

    // Nothing happens by itself: once the finished check is gone, no new check and no new sign-in starts.
    REQUIRE(QTest::qWaitFor([&] { return wizard.findChildren<ipw::ConnectionCheck *>().isEmpty(); }, 10000));
    ipw::test::quietPeriod(1000);
    CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
    CHECK(wizard.currentId() == SetupWizard::Result);
    CHECK(env.browser.opened() == 1);
    CHECK(env.server().authorizeRequests() == 1);

    QTest::mouseClick(signInAgain, Qt::LeftButton);
    SignInPage *page = signInPage(wizard);
    CHECK(state(page) == u"idle"_s);
    CHECK(wizard.draft().oauthTokens.accessToken.isEmpty());
    ipw::test::quietPeriod();
    CHECK(state(page) == u"idle"_s);
    CHECK(env.browser.opened() == 1);

    // A new sign-in, on the user's click, with a token the server accepts.
    env.server().setAccessTokenLifetime(3600);
    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    CHECK(env.browser.opened() == 2);
    CHECK(wizard.draft().lastCheckVerified);
}

TEST_CASE("browser sign-in: denied consent is explained and nothing is saved", "[wizard][gui][oauth][keychain]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured);
    env.server().setConsent(OAuthServerFixture::Consent::Deny);
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);
    SignInPage *page = signInPage(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return state(page) == u"failed"_s; }, 30000));
    REQUIRE(page->failure().has_value());
    CHECK(page->failure()->error == ipw::OAuthError::ConsentDenied);
    CHECK(page->property("diagnosis").toString() == u"oauth-consent-denied"_s);
    CHECK(wizard.currentId() == SetupWizard::SignIn);
    CHECK(child<QWidget>(wizard, "signInFailure")->isVisible());
    const QString text = child<QLabel>(wizard, "signInFailureText")->text();
    CHECK(text.contains(u"allow access"_s));
    CHECK(child<QPushButton>(wizard, "signInButton")->text().remove(u'&') == u"Sign in again"_s);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.draft().oauthTokens.accessToken.isEmpty());
    CHECK(env.server().tokenRequests(u"authorization_code"_s) == 0);
    requireNothingSaved(wizard);
}

TEST_CASE("browser sign-in: a browser that never comes back times out and is explained and nothing is saved",
          "[wizard][gui][oauth]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured, OAuthEnvironment::Keychain::None);
    env.server().setConsent(OAuthServerFixture::Consent::NoRedirect);  // the user closed the browser window
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);
    SignInPage *page = signInPage(wizard);
    page->setSignInTimeout(std::chrono::seconds(2));
    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return state(page) == u"failed"_s; }, 20000));
    REQUIRE(page->failure().has_value());
    CHECK(page->failure()->error == ipw::OAuthError::Timeout);
    CHECK(page->property("diagnosis").toString() == u"oauth-sign-in-timeout"_s);
    // The page's own step leads; the way with the copied link is under "More" (issue 18: about three sentences).
    CHECK(child<QLabel>(wizard, "signInFailureText")->text().contains(u"browser window was closed"_s));
    CHECK(child<QLabel>(wizard, "signInFailureRest")->text().contains(u"Copy the link"_s));
    INFO("visible prose: " << visibleProse(page).join(u" | "_s).toStdString());
    CHECK(visibleSentences(page) <= 3);
    INFO(mnemonicClashes(wizard).join(u'\n').toStdString());
    CHECK(mnemonicClashes(wizard).isEmpty());
    CHECK_FALSE(page->isSigningIn());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.draft().oauthTokens.accessToken.isEmpty());
}

TEST_CASE("browser sign-in: cancelling while waiting leaves nothing behind", "[wizard][gui][oauth][keychain]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured);
    // The "user" never finishes in the browser: the page keeps waiting.
    env.server().setConsent(OAuthServerFixture::Consent::NoRedirect);
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);
    SignInPage *page = signInPage(wizard);
    CHECK(visibleSentences(page) <= 3);  // before the sign-in
    QTest::mouseClick(child<QPushButton>(wizard, "signInButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return env.browser.opened() == 1 && env.server().authorizeRequests() == 1; }, 20000));
    CHECK(state(page) == u"waiting"_s);
    INFO("visible prose: " << visibleProse(page).join(u" | "_s).toStdString());
    CHECK(visibleSentences(page) <= 3);
    CHECK(page->isSigningIn());
    CHECK(child<QWidget>(wizard, "signInWaiting")->isVisible());
    CHECK(child<QLabel>(wizard, "signInWaitingText")->text().contains(u"Waiting for the browser"_s));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    // A browser that did not open: open it again, or copy the link.
    const QUrl url = page->authorizationUrl();
    REQUIRE(url.isValid());
    QTest::mouseClick(child<QPushButton>(wizard, "reopenBrowserButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return env.browser.opened() == 2; }, 5000));
    CHECK(env.browser.lastUrl() == url);
    QTest::mouseClick(child<QPushButton>(wizard, "copySignInLinkButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == url.toString(QUrl::FullyEncoded));
    CHECK(child<QLineEdit>(wizard, "signInLinkField")->isVisible());

    const QUrl redirect(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    REQUIRE(redirect.port() > 0);

    SECTION("with the Cancel button")
    {
        QTest::mouseClick(child<QPushButton>(wizard, "cancelSignInButton"), Qt::LeftButton);
        CHECK(wizard.currentId() == SetupWizard::SignIn);
        CHECK(state(page) == u"idle"_s);
        CHECK(child<QPushButton>(wizard, "signInButton")->isVisible());
    }
    SECTION("with Back")
    {
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        CHECK(wizard.currentId() == SetupWizard::Account);
    }
    CHECK_FALSE(page->isSigningIn());
    CHECK_FALSE(page->failure().has_value());
    CHECK(page->authorizationUrl().isEmpty());
    CHECK(refusesConnections(quint16(redirect.port())));  // the loopback listener is closed
    CHECK(wizard.draft().oauthTokens.accessToken.isEmpty());
    CHECK(env.server().tokenRequests(u"authorization_code"_s) == 0);
    requireNothingSaved(wizard);
}

TEST_CASE("browser sign-in without a client ID: says it is not set up and how and Next stays disabled",
          "[wizard][gui][oauth]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::NotConfigured, OAuthEnvironment::Keychain::None);
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixtureoauth"_s);
    SignInPage *page = signInPage(wizard);
    CHECK(state(page) == u"not-configured"_s);
    CHECK(child<QWidget>(wizard, "oauthNotConfigured")->isVisible());
    const QString text = child<QLabel>(wizard, "oauthNotConfiguredText")->text();
    CHECK(text.contains(u"not set up in this build"_s));
    // How to set it up, under "More".
    CHECK(child<QLabel>(wizard, "oauthSetupHowTo")->text().contains(u"docs/oauth.md"_s));
    CHECK(child<QLineEdit>(wizard, "oauthSettingsPath")->text() == ipw::OAuthClients::settingsFilePath());
    CHECK(child<QLabel>(wizard, "oauthSettingsExample")
              ->text()
              .contains(ipw::test::OAuthFixtureProviders::oauthIssuer()));
    CHECK(child<QPushButton>(wizard, "signInButton")->isHidden());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    ipw::test::quietPeriod();
    CHECK(env.browser.opened() == 0);
    CHECK(env.server().authorizeRequests() == 0);
}

TEST_CASE("Gmail-like providers: the password page offers browser sign-in and the app password", "[wizard][gui][oauth]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured, OAuthEnvironment::Keychain::None);
    SetupWizard wizard;
    throughAccountPage(wizard, env, u"fixturegmail"_s);
    REQUIRE(wizard.currentId() == SetupWizard::Password);
    CHECK(child<QWidget>(wizard, "signInChoice")->isVisible());
    auto *browser = child<QRadioButton>(wizard, "useBrowserSignInRadio");
    auto *password = child<QRadioButton>(wizard, "usePasswordRadio");
    CHECK(browser->isVisible());
    CHECK(password->isVisible());
    CHECK(browser->text().remove(u'&').contains(u"browser"_s));
    CHECK(password->text().contains(u"App password"_s, Qt::CaseInsensitive));
    // Configured: browser sign-in is offered first and needs nothing typed.
    CHECK(browser->isChecked());
    auto *field = child<QLineEdit>(wizard, "passwordEdit");
    CHECK(field->isHidden());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    SECTION("the app password path")
    {
        password->click();
        CHECK(field->isVisible());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        field->setText(u"abcdefghijklmnop"_s);
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());
        CHECK(wizard.page(SetupWizard::Password)->nextId() == SetupWizard::Test);
    }
    SECTION("the browser path")
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        SignInPage *page = signInPage(wizard);
        CHECK(state(page) == u"idle"_s);
        CHECK(wizard.draft().password.isEmpty());
        ipw::test::quietPeriod();
        CHECK(state(page) == u"idle"_s);
        CHECK(env.browser.opened() == 0);
    }
}

TEST_CASE("an account saved with a password at a provider that now takes only browser sign-in gets Sign in again",
          "[wizard][gui][oauth][keychain]")
{
    OAuthEnvironment env(OAuthEnvironment::Client::Configured);
    SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    // As saved before the provider stopped taking passwords (Outlook.com before 16 September 2024).
    ipw::SavedAccount old;
    old.address = u"alice@example.test"_s;
    old.providerId = u"fixtureoauth"_s;
    old.loginName = old.address;
    old.imap = {u"127.0.0.1"_s, env.imapPort, ipw::Security::ImplicitTls};
    old.smtp = ipw::ServerAddress{u"127.0.0.1"_s, env.smtpPort, ipw::Security::ImplicitTls};
    auto *save = wizard.session().accounts().save(ipw::test::verifiedLogin(old, u"an-old-password"_s));
    bool saved = false;
    QObject::connect(save, &ipw::AccountJob::finished, [&](ipw::AccountJob *job) {
        saved = !job->error();
        job->deleteLater();
    });
    save->start();
    REQUIRE(QTest::qWaitFor([&] { return saved; }, 20000));

    wizard.goToPage(SetupWizard::SavedAccounts);
    REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
    child<QListWidget>(wizard, "savedAccountsList")->setCurrentRow(0);
    auto *update = child<QPushButton>(wizard, "updatePasswordButton");
    CHECK(update->text() == u"&Sign in again"_s);
    QTest::mouseClick(update, Qt::LeftButton);
    SignInPage *page = signInPage(wizard);
    CHECK(state(page) == u"idle"_s);
    CHECK(wizard.draft().browserSignIn);
    CHECK(wizard.draft().password.isEmpty());
    ipw::test::quietPeriod();
    CHECK(state(page) == u"idle"_s);
    CHECK(env.browser.opened() == 0);
}
