// The wizard's pages 6–8 (Test, Result, Saved accounts), driven offscreen through the real SetupWizard against the
// real Dovecot fixture and the real Secret Service fixture. Each TEST_CASE runs in a process of its own (ctest), so
// environment variables set here (IPW_PROVIDERS_DIR, IPW_EXTRA_CA_FILE, HOME) stay inside one case.

#include "DovecotFixture.h"
#include "DraftSettings.h"
#include "PasswordClipboard.h"
#include "SecretServiceFixture.h"
#include "SetupWizard.h"
#include "WizardFlowHarness.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "common/Language.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "pages/ResultPage.h"
#include "pages/TestPage.h"
#include "providers/ProviderDatabase.h"

#include "CatchQt.h"
#include "FreePort.h"
#include "JobRunner.h"
#include "QuietPeriod.h"
#include "ScriptedServer.h"
#include "TestPki.h"
#include "VerifiedLogins.h"
#include <QAbstractSocket>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;
using ipw::test::keychainSecret;

namespace {

template<typename T> T *child(QWidget &root, const char *name)
{
    T *found = root.findChild<T *>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(found);
    return found;
}

QString wrongPassword()
{
    return u"not-the-password-%1"_s.arg(7);
}

/// Environment for one test process: English UI, the fixture's provider folder, the test CA (or none).
struct FlowEnvironment {
    explicit FlowEnvironment(bool trustTestCa = true)
        : dovecot(ipw::test::DovecotFixture::instance())
        , providers(dovecot.imapsPort(), dovecot.submissionsPort())
    {
        ipw::Language::apply(ipw::UiLanguage::English);
        REQUIRE(dovecot.ok());
        REQUIRE(providers.isValid());
        qputenv(ipw::ProviderDatabase::environmentVariable, QFile::encodeName(providers.folder()));
        if (trustTestCa)
            qputenv(ipw::WizardSession::extraCaVariable, QFile::encodeName(dovecot.caFile()));
        else
            qunsetenv(ipw::WizardSession::extraCaVariable);
    }
    ipw::test::DovecotFixture &dovecot;
    ipw::test::FixtureProviders providers;
};

}  // namespace

TEST_CASE("a verified password: folder counts, save to the keychain, device sheet, password only on request",
          "[wizard][gui][dovecot][keychain]")
{
    auto &secrets = ipw::test::SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    FlowEnvironment env;
    const ipw::test::MailUser user = env.dovecot.mainUser();

    SetupWizard wizard;
    REQUIRE(!wizard.session().providersError().has_value());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.draft() = ipw::test::fixtureDraft(user.password);
    REQUIRE(ipw::test::runCheck(wizard));

    CHECK(wizard.draft().lastCheckVerified);
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);
    CHECK(child<QLabel>(wizard, "resultHeadline")->text() == u"Everything works"_s);
    CHECK(wizard.button(QWizard::FinishButton)->isVisible());  // the end of the flow, not "Next"
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isVisible());
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());  // going back would show a stale check
    const QString counts = child<QLabel>(wizard, "mailboxSummary")->text();
    CHECK(counts.contains(u"Folders: %1."_s.arg(env.dovecot.topLevelFolderCount())));
    CHECK(counts.contains(u"Messages in the INBOX: %1."_s.arg(env.dovecot.inboxMessageCount())));
    CHECK(child<QLineEdit>(wizard, "sheetImapHost")->text() == u"127.0.0.1"_s);
    CHECK(child<QLineEdit>(wizard, "sheetSmtpPort")->text() == QString::number(env.dovecot.submissionsPort()));
    CHECK(child<QLineEdit>(wizard, "sheetLoginName")->text() == user.name);

    // The password is not in any widget until the user asks for it.
    auto *passwordField = child<QLineEdit>(wizard, "passwordField");
    CHECK(passwordField->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(wizard, "showPasswordButton"), Qt::LeftButton);
    CHECK((passwordField->text() == user.password));
    CHECK(passwordField->echoMode() == QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>(wizard, "showPasswordButton"), Qt::LeftButton);
    CHECK(passwordField->text().isEmpty());

    // Copied on request, and taken off the clipboard again (sooner than 45 s here).
    auto *result = qobject_cast<ipw::ResultPage *>(wizard.currentPage());
    REQUIRE(result);
    result->passwordClipboard().setClearAfter(std::chrono::milliseconds(300));
    QTest::mouseClick(child<QPushButton>(wizard, "copyPasswordButton"), Qt::LeftButton);
    CHECK((QGuiApplication::clipboard()->text() == user.password));
    // Marked secret for clipboard managers (KDE's hint; the platform's own mark elsewhere).
    REQUIRE(QGuiApplication::clipboard()->mimeData());
    CHECK(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s) == "secret");
    CHECK(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 5000));
    // The same for Ctrl+C from the revealed field.
    QTest::mouseClick(child<QPushButton>(wizard, "showPasswordButton"), Qt::LeftButton);
    passwordField->setFocus();
    passwordField->selectAll();
    QTest::keySequence(passwordField, QKeySequence::Copy);
    CHECK((QGuiApplication::clipboard()->text() == user.password));
    REQUIRE(QGuiApplication::clipboard()->mimeData());
    CHECK(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s) == "secret");
    CHECK(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 5000));
    QTest::mouseClick(child<QPushButton>(wizard, "showPasswordButton"), Qt::LeftButton);

    // Save: the keychain really holds the password afterwards.
    QTest::mouseClick(child<QPushButton>(wizard, "saveButton"), Qt::LeftButton);
    auto *status = child<QLabel>(wizard, "saveStatus");
    REQUIRE(QTest::qWaitFor([&] { return status->text() == u"Saved in the keychain."_s; }, 30000));
    const std::optional<QString> stored = keychainSecret(user.name);
    REQUIRE(stored.has_value());
    CHECK((*stored == user.password));

    // The support report never carries the password.
    QTest::mouseClick(child<QPushButton>(wizard, "copyReportButton"), Qt::LeftButton);
    const QString report = QGuiApplication::clipboard()->text();
    CHECK(report.contains(u"diagnosis ok"_s));
    CHECK_FALSE(report.contains(user.password));

    SECTION("the saved account is listed, checked again with the stored password, and forgotten")
    {
        wizard.draft().password.clear();
        wizard.goToPage(SetupWizard::SavedAccounts);
        REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
        CHECK(wizard.button(QWizard::FinishButton)->isVisible());
        auto *list = child<QListWidget>(wizard, "savedAccountsList");
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().startsWith(user.name));

        QTest::mouseClick(child<QPushButton>(wizard, "testAgainButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
        CHECK(wizard.draft().lastCheckVerified);

        wizard.goToPage(SetupWizard::SavedAccounts);
        REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
        list = child<QListWidget>(wizard, "savedAccountsList");
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(wizard, "forgetButton"), Qt::LeftButton);
        CHECK(child<QWidget>(wizard, "forgetConfirmation")->isVisible());
        CHECK(list->count() == 1);  // nothing happens before the confirmation
        QTest::mouseClick(child<QPushButton>(wizard, "forgetConfirmButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return list->count() == 0; }, 30000));
        CHECK_FALSE(keychainSecret(user.name).has_value());
    }
}

TEST_CASE("Test again for a saved server without TLS asks before the password goes out in clear",
          "[wizard][gui][dovecot][keychain][trust]")
{
    auto &secrets = ipw::test::SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    FlowEnvironment env;
    const ipw::test::MailUser user = env.dovecot.mainUser();
    SetupWizard wizard;
    wizard.show();

    // Saved with IMAP "none" (Dovecot takes plaintext LOGIN from 127.0.0.1): as the file says, not as the user
    // agreed today.
    ipw::SavedAccount account;
    account.address = u"plain@example.test"_s;
    account.loginName = user.name;
    account.imap = {u"127.0.0.1"_s, env.dovecot.imapStarttlsPort(), ipw::Security::None};
    auto save = ipw::test::runJob(wizard.session().accounts().save(ipw::test::verifiedLogin(account, user.password)));
    REQUIRE_FALSE(save->error());

    wizard.goToPage(SetupWizard::SavedAccounts);
    auto *list = child<QListWidget>(wizard, "savedAccountsList");
    REQUIRE(list->count() >= 1);
    const auto select = [&] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(account.address))
                list->setCurrentRow(i);
        }
    };
    const auto consentDialog = [&] { return wizard.findChild<QMessageBox *>(u"plaintextConsentDialog"_s); };

    select();
    QTest::mouseClick(child<QPushButton>(wizard, "testAgainButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return consentDialog() && consentDialog()->isVisible(); }, 10000));
    QTest::mouseClick(consentDialog()->findChild<QPushButton *>(u"plaintextConsentCancel"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !consentDialog(); }, 10000));
    ipw::test::quietPeriod(300);
    CHECK(wizard.currentId() == SetupWizard::SavedAccounts);  // nothing read, nothing sent
    CHECK(wizard.draft().password.isEmpty());

    select();
    QTest::mouseClick(child<QPushButton>(wizard, "testAgainButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return consentDialog() && consentDialog()->isVisible(); }, 10000));
    QTest::mouseClick(consentDialog()->findChild<QPushButton *>(u"plaintextConsentSend"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    CHECK(wizard.draft().lastCheckVerified);
    CHECK_FALSE(ipw::test::runJob(wizard.session().accounts().forget(account.address))->error());
}

TEST_CASE("two rejected passwords, then the lockout warning needs a confirmation before a third attempt",
          "[wizard][gui][dovecot]")
{
    FlowEnvironment env;
    const ipw::test::MailUser user = env.dovecot.mainUser();
    QList<QUrl> opened;
    SetupWizard wizard;
    ipw::test::ensurePasswordPage(wizard);
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(wrongPassword());

    REQUIRE(ipw::test::runCheck(wizard));
    CHECK(wizard.session().lockout().rejectedAttempts() == 1);
    CHECK(child<QLabel>(wizard, "resultHeadline")->text() == u"The password was not accepted"_s);
    CHECK(wizard.session().lastResult->imap->diagnosis == ipw::DiagnosisCode::WrongCredentials);
    CHECK(wizard.session().lastResult->smtp->diagnosis == ipw::DiagnosisCode::NotAttempted);
    CHECK_FALSE(child<QLabel>(wizard, "attemptsLabel")->isHidden());  // under "Details"
    CHECK_FALSE(child<QWidget>(wizard, "lockoutWarning")->isVisible());
    CHECK(child<QPushButton>(wizard, "reissueButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(wizard, "checkAgainButton")->isVisible());  // never the same password again
    CHECK(child<QLabel>(wizard, "serverWords")->text().contains(u"IMAP: "_s));
    // Provider-specific next step: docomo's password name, under the fixture provider's name, after the generic
    // step (character by character, the lockout warning), never instead of it.
    const QString nextStep = child<QLabel>(wizard, "resultNextStep")->text();
    CHECK(nextStep.contains(u"Example Mail"_s));
    CHECK(nextStep.indexOf(u"character by character"_s) >= 0);
    CHECK(nextStep.indexOf(u"character by character"_s) < nextStep.indexOf(u"Example Mail"_s));

    // Nothing is retried by itself: once the finished check is gone, no new one starts.
    REQUIRE(QTest::qWaitFor([&] { return wizard.findChildren<ipw::ConnectionCheck *>().isEmpty(); }, 10000));
    ipw::test::quietPeriod(1000);
    CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
    CHECK(wizard.currentId() == SetupWizard::Result);
    CHECK(wizard.session().lockout().rejectedAttempts() == 1);

    auto *tryAnother = child<QPushButton>(wizard, "tryAnotherPasswordButton");
    REQUIRE(tryAnother->isEnabled());
    QTest::mouseClick(tryAnother, Qt::LeftButton);
    REQUIRE(wizard.currentId() == SetupWizard::Password);
    ipw::test::enterPassword(wizard, wrongPassword() + u"x"_s);
    REQUIRE(ipw::test::runCheck(wizard));
    CHECK(wizard.session().lockout().rejectedAttempts() == 2);

    auto *lockout = child<QWidget>(wizard, "lockoutWarning");
    auto *confirm = child<QCheckBox>(wizard, "lockoutConfirmCheck");
    CHECK(lockout->isVisible());
    CHECK_FALSE(confirm->isChecked());
    CHECK_FALSE(tryAnother->isEnabled());
    CHECK(child<QPushButton>(wizard, "reissueButton")->isVisible());

    SECTION("ticking the box enables the next attempt")
    {
        confirm->click();
        CHECK(tryAnother->isEnabled());
        QTest::mouseClick(tryAnother, Qt::LeftButton);
        REQUIRE(wizard.currentId() == SetupWizard::Password);
        ipw::test::enterPassword(wizard, user.password);
        REQUIRE(ipw::test::runCheck(wizard));
        CHECK(wizard.draft().lastCheckVerified);
        CHECK(wizard.session().lockout().rejectedAttempts() == 2);
    }
    SECTION("a third check without the confirmation waits on the test page for it")
    {
        wizard.goToPage(SetupWizard::Password);
        REQUIRE(wizard.currentId() == SetupWizard::Password);
        ipw::test::enterPassword(wizard, user.password);
        wizard.goToPage(SetupWizard::Test);
        REQUIRE(wizard.currentId() == SetupWizard::Test);
        auto *testPage = qobject_cast<ipw::TestPage *>(wizard.currentPage());
        REQUIRE(testPage);
        CHECK(child<QWidget>(wizard, "lockoutGate")->isVisible());
        CHECK_FALSE(testPage->isChecking());
        ipw::test::quietPeriod(500);  // the gate holds: no check starts by itself
        CHECK(wizard.currentId() == SetupWizard::Test);
        CHECK_FALSE(testPage->isChecking());
        CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
        auto *start = child<QPushButton>(wizard, "lockoutGateStart");
        CHECK_FALSE(start->isEnabled());
        child<QCheckBox>(wizard, "lockoutGateConfirm")->click();
        REQUIRE(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
        CHECK(wizard.draft().lastCheckVerified);
    }
    SECTION("the reissue path is offered instead")
    {
        QTest::mouseClick(child<QPushButton>(wizard, "reissueButton"), Qt::LeftButton);
        CHECK(wizard.currentId() == SetupWizard::Reissue);
    }
}

TEST_CASE("when a check ends, the typed password leaves the password field and its undo history",
          "[wizard][gui][dovecot][secrets]")
{
    FlowEnvironment env;
    const ipw::test::MailUser user = env.dovecot.mainUser();
    SetupWizard wizard;
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(user.password);
    wizard.goToPage(SetupWizard::Password);
    REQUIRE(wizard.currentId() == SetupWizard::Password);
    auto *field = child<QLineEdit>(wizard, "passwordEdit");
    field->setText(QString());
    field->setFocus();
    QTest::keyClicks(field, user.password);  // typed: every character is an undo step
    REQUIRE(field->isUndoAvailable());
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    CHECK(wizard.draft().lastCheckVerified);

    CHECK(field->text().isEmpty());
    CHECK_FALSE(field->isUndoAvailable());
    CHECK_FALSE(field->isRedoAvailable());
    field->undo();  // nothing comes back
    CHECK(field->text().isEmpty());
}

TEST_CASE("cancelling during the check stops everything and returns to the password", "[wizard][gui]")
{
    FlowEnvironment env;
    // A server that accepts connections and never says a word: the check waits at the greeting or TLS.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            accepted << s;
    });

    SetupWizard wizard;
    ipw::test::ensurePasswordPage(wizard);
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(u"irrelevant-password"_s);
    wizard.draft().imap.port = silent.serverPort();
    wizard.draft().smtp.port = silent.serverPort();
    wizard.goToPage(SetupWizard::Password);
    wizard.goToPage(SetupWizard::Test);
    REQUIRE(wizard.currentId() == SetupWizard::Test);
    auto *page = qobject_cast<ipw::TestPage *>(wizard.currentPage());
    REQUIRE(page);
    REQUIRE(QTest::qWaitFor([&] { return accepted.size() == 2; }, 20000));
    auto *secured = child<QLabel>(wizard, "imapStep-secured");
    REQUIRE(QTest::qWaitFor([&] { return secured->property("state").toString() == u"active"_s; }, 10000));
    CHECK(child<QLabel>(wizard, "imapStep-connected")->property("state").toString() == u"done"_s);
    CHECK(page->isChecking());
    CHECK_FALSE(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());

    SECTION("with the Stop button: back to the password")
    {
        QTest::mouseClick(child<QPushButton>(wizard, "cancelCheckButton"), Qt::LeftButton);
        CHECK(wizard.currentId() == SetupWizard::Password);
    }
    SECTION("by closing the window")
    {
        wizard.reject();
        CHECK_FALSE(wizard.isVisible());
    }
    CHECK_FALSE(page->isChecking());
    // Nothing keeps running: no check object, no socket, and the server sees both connections closed.
    CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
    CHECK(wizard.findChildren<QAbstractSocket *>().isEmpty());
    CHECK(QTest::qWaitFor(
        [&] {
            return std::all_of(accepted.cbegin(), accepted.cend(),
                               [](QTcpSocket *s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        10000));
    // Nothing half-done: no result, no attempt counted, nothing saved.
    CHECK_FALSE(wizard.session().lastResult.has_value());
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);
    CHECK_FALSE(wizard.draft().lastCheckVerified);
    const int where = wizard.currentId();
    ipw::test::quietPeriod(500);
    CHECK(wizard.currentId() == where);  // and nothing moves on by itself afterwards
    CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
}

TEST_CASE("a certificate the user trusts is pinned for that host:port only", "[wizard][gui][dovecot]")
{
    FlowEnvironment env(/*trustTestCa=*/false);
    const ipw::test::MailUser user = env.dovecot.mainUser();
    SetupWizard wizard;
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(user.password);
    REQUIRE(ipw::test::runCheck(wizard));

    REQUIRE_FALSE(wizard.draft().lastCheckVerified);
    CHECK(wizard.session().lastResult->imap->diagnosis == ipw::DiagnosisCode::CertificateUntrusted);
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);  // no password was sent
    auto *details = child<QLabel>(wizard, "certificateDetails-imap");
    const QByteArray imapSha = wizard.session().lastResult->imap->certificate.sha256;
    REQUIRE(imapSha.size() == 64);
    CHECK(details->text().contains(QString::fromLatin1(imapSha.left(2)).toUpper() + u':'));
    CHECK(child<QLabel>(wizard, "certificateRisk-imap")->text().contains(u"self-signed or from an unknown issuer"_s));

    // Ticking alone changes nothing; the check runs again only on the click.
    child<QCheckBox>(wizard, "trustCertificate-imap")->click();
    ipw::test::quietPeriod(500);
    CHECK(wizard.currentId() == SetupWizard::Result);
    CHECK(wizard.findChildren<ipw::ConnectionCheck *>().isEmpty());
    CHECK(wizard.draft().pinnedCertificates.isEmpty());
    auto *again = child<QPushButton>(wizard, "checkAgainButton");
    CHECK(again->text().contains(u"Trust"_s));
    QTest::mouseClick(again, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));

    const ipw::EndpointKey imapKey = ipw::EndpointKey::of(u"127.0.0.1"_s, env.dovecot.imapsPort());
    REQUIRE(wizard.draft().pinnedCertificates.entries().size() == 1);
    CHECK(wizard.draft().pinnedCertificates.entries().first().where == imapKey);
    CHECK(wizard.draft().pinnedCertificates.forEndpoint(imapKey) == QSet<QByteArray>{imapSha});
    // IMAP now passes; SMTP on the same host but another port still does not trust the certificate.
    const ipw::CheckResult &second = *wizard.session().lastResult;
    CHECK(second.imap->verified);
    CHECK(second.smtp->diagnosis == ipw::DiagnosisCode::CertificateUntrusted);

    child<QCheckBox>(wizard, "trustCertificate-smtp")->click();
    QTest::mouseClick(child<QPushButton>(wizard, "checkAgainButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    CHECK(wizard.draft().lastCheckVerified);
    CHECK(wizard.draft().pinnedCertificates.entries().size() == 2);
}

TEST_CASE("the draft becomes tester settings: quirks by host also typed by hand, pins, plaintext only if allowed",
          "[wizard][settings]")
{
    const ipw::ProviderDatabase providers = ipw::ProviderDatabase::builtIn();
    ipw::AccountDraft draft;
    draft.providerId = u"other"_s;  // typed by hand, not picked from the list
    draft.loginName = u"taro"_s;
    draft.imap = {u" IMAP.spmode.ne.jp "_s, 993, ipw::Security::ImplicitTls, {}};
    draft.smtp = {u"smtp.example.com"_s, 587, ipw::Security::StartTls, {}};
    draft.pinnedCertificates.add(ipw::EndpointKey{u"imap.spmode.ne.jp"_s, 993}, QByteArray(64, 'a'));

    ipw::CheckSettings settings = ipw::checkSettingsFor(draft, providers);
    REQUIRE(settings.imap);
    CHECK(settings.imap->host == u"IMAP.spmode.ne.jp"_s);
    CHECK(settings.imap->quirks.allowLegacyRenegotiation);  // docomo's host, wherever it came from
    REQUIRE(settings.smtp);
    CHECK(settings.smtp->security == ipw::Security::StartTls);
    CHECK_FALSE(settings.smtp->quirks.allowLegacyRenegotiation);
    CHECK(settings.loginName == u"taro"_s);
    CHECK(settings.pinnedCertificates == draft.pinnedCertificates);
    CHECK_FALSE(settings.allowPlaintext);

    draft.checkSmtp = false;
    draft.allowPlaintext = true;
    settings = ipw::checkSettingsFor(draft, providers);
    CHECK_FALSE(settings.smtp.has_value());
    CHECK(settings.allowPlaintext);
}

namespace {
/// Receives the URLs the wizard asks QDesktopServices to open, instead of a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    UrlCatcher() { QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(u"https"_s); }
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};
}  // namespace

TEST_CASE("a server that cannot be reached: the provider's status page, and checking again is one click away",
          "[wizard][gui]")
{
    FlowEnvironment env;
    UrlCatcher urls;
    // Held for the whole test: a port released before use could become another test's listener.
    const ipw::test::ClosedPort closed;
    REQUIRE(closed.port() != 0);
    SetupWizard wizard;
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(env.dovecot.mainUser().password);
    wizard.draft().imap.port = closed.port();  // bound, never listening: connection refused
    REQUIRE(ipw::test::runCheck(wizard));

    CHECK(wizard.session().lastResult->imap->diagnosis == ipw::DiagnosisCode::ConnectionRefused);
    CHECK(wizard.session().lockout().rejectedAttempts() == 0);  // no password was sent
    CHECK(child<QLabel>(wizard, "resultNextStep")->text().contains(u"the Example Mail status page"_s));
    auto *status = child<QPushButton>(wizard, "statusPageButton");
    REQUIRE(status->isVisible());
    QTest::mouseClick(status, Qt::LeftButton);
    CHECK(urls.opened == QList<QUrl>{QUrl(u"https://status.example.test/"_s)});
    CHECK_FALSE(child<QPushButton>(wizard, "reissueButton")->isVisible());

    // Checking again runs a new check, on the click only.
    auto *again = child<QPushButton>(wizard, "checkAgainButton");
    REQUIRE(again->isVisible());
    wizard.draft().imap.port = env.dovecot.imapsPort();  // the server is back
    QTest::mouseClick(again, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, 60000));
    INFO("imap: " << toString(wizard.session().lastResult->imap->diagnosis).toStdString());
    CHECK(wizard.draft().lastCheckVerified);
}

TEST_CASE("Gmail's untagged WEBALERT: web-login-required, and its page opens only on the user's click", "[wizard][gui]")
{
    FlowEnvironment env;
    UrlCatcher urls;
    const auto &pki = ipw::test::TestPki::instance();
    REQUIRE(pki.ok());
    // Gmail's reason comes untagged, then a bare refusal (tests/net/data/dialogues/imap-webalert-untagged.txt).
    const QByteArray page = "https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbtti";
    ipw::test::ScriptedServer server(ipw::test::ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
    server.onConnect = [](ipw::test::ScriptedSession &s) {
        s.sendLine("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Gimap ready");
    };
    server.onLine = [page](ipw::test::ScriptedSession &s, const QByteArray &line) {
        const QByteArray tag = line.split(' ').value(0);
        s.sendLine("* NO [WEBALERT " + page + "] Web login required.");
        s.sendLine(tag + " NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)");
    };
    REQUIRE(server.listen());
    SetupWizard wizard;
    wizard.show();
    wizard.draft() = ipw::test::fixtureDraft(u"any-password"_s);
    wizard.draft().imap.port = server.port();
    wizard.draft().checkSmtp = false;
    REQUIRE(ipw::test::runCheck(wizard));

    CHECK(wizard.session().lastResult->imap->diagnosis == ipw::DiagnosisCode::WebLoginRequired);
    auto *open = child<QPushButton>(wizard, "webAlertButton");
    REQUIRE(open->isVisible());
    CHECK(open->text().contains(u"accounts.google.com"_s));
    CHECK(urls.opened.isEmpty());  // nothing opens by itself
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(urls.opened == QList<QUrl>{QUrl(QString::fromLatin1(page))});
}

#include "WizardFlowTest.moc"
