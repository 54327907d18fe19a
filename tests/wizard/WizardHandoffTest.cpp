// "Set up another device", driven offscreen through the real SetupWizard: from the success page after a real check
// against the Dovecot fixture, and from a saved account. Each file is read back by a real parser (plistutil, the
// clientConfig import, pdftotext); the QR code is decoded by zbarimg and its URL fetched from the one-shot server on
// 127.0.0.1. No file holds the password (SecretSearch over every byte).

#include "CatchQt.h"
#include "DovecotFixture.h"
#include "PlistReader.h"
#include "SaveFileDialog.h"
#include "SecretSearch.h"
#include "SetupWizard.h"
#include "ToolOutput.h"
#include "WizardFlowHarness.h"
#include "WizardSession.h"
#include "accounts/AccountsFile.h"
#include "common/Language.h"
#include "pages/SendToPhonePage.h"
#include "providers/ClientConfig.h"
#include "providers/ProviderDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;

namespace {

template<typename T> T *child(QWidget &root, const char *name)
{
    T *found = root.findChild<T *>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(found);
    return found;
}

void click(SetupWizard &wizard, const char *button)
{
    auto *b = child<QPushButton>(wizard, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QVariantMap mailPayload(const QByteArray &profile)
{
    QString why;
    const auto canonical = ipw::test::roundTripThroughPlistutil(profile, &why);
    INFO(why.toStdString());
    REQUIRE(canonical);
    return ipw::test::readPlist(*canonical, &why).toMap().value(u"PayloadContent"_s).toList().value(0).toMap();
}

// Every save dialog answers with a file in `dir`, named as the wizard suggests.
struct SavedFiles {
    explicit SavedFiles(const QTemporaryDir &dir)
    {
        ipw::setSaveFileNameChooser([path = dir.path()](const QString &name) { return QDir(path).filePath(name); });
    }
    ~SavedFiles() { ipw::setSaveFileNameChooser({}); }
};

// A draft with servers typed by hand: what the pages after the result need (no check).
ipw::AccountDraft typedDraft(const QString &password)
{
    ipw::AccountDraft draft;
    draft.address = u"hanako@example.test"_s;
    draft.loginName = u"hanako"_s;
    draft.imap = {u"mail.example.test"_s, 993, ipw::Security::ImplicitTls, {}};
    draft.smtp = {u"mail.example.test"_s, 465, ipw::Security::ImplicitTls, {}};
    draft.checkSmtp = true;
    draft.serversConfirmed = true;
    draft.password = password;
    return draft;
}

}  // namespace

TEST_CASE("after a verified check, another device gets a profile, a PDF and a Thunderbird file, none with the password",
          "[wizard][gui][dovecot][handoff]")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    auto &dovecot = ipw::test::DovecotFixture::instance();
    REQUIRE(dovecot.ok());
    ipw::test::FixtureProviders providers(dovecot.imapsPort(), dovecot.submissionsPort());
    REQUIRE(providers.isValid());
    qputenv(ipw::ProviderDatabase::environmentVariable, QFile::encodeName(providers.folder()));
    qputenv(ipw::WizardSession::extraCaVariable, QFile::encodeName(dovecot.caFile()));
    const ipw::test::MailUser user = dovecot.mainUser();
    QTemporaryDir dir;
    SavedFiles saved(dir);

    SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.draft() = ipw::test::fixtureDraft(user.password);
    REQUIRE(ipw::test::runCheck(wizard));
    REQUIRE(wizard.draft().lastCheckVerified);

    click(wizard, "anotherDeviceButton");
    REQUIRE(wizard.currentId() == SetupWizard::AnotherDevice);
    CHECK(child<QLabel>(wizard, "handoffAccount")->text().contains(user.name));
    const QString advice = child<QLabel>(wizard, "profileAdvice")->text();
    CHECK(advice.contains(u"Not Signed"_s));
    // The provider file names its own profile: recommended first, with the reason.
    CHECK(advice.contains(u"Use your carrier's own profile first: Example Mail provides its own iPhone profile."_s));
    CHECK(advice.contains(u"second account"_s));

    click(wizard, "saveProfileButton");
    const QString profileFile = dir.filePath(u"%1.mobileconfig"_s.arg(user.name));
    REQUIRE(QFile::exists(profileFile));
    CHECK(child<QLabel>(wizard, "handoffStatus")->text().contains(QDir::toNativeSeparators(profileFile)));
    const QVariantMap mail = mailPayload(ipw::test::fileBytes(profileFile));
    CHECK(mail.value(u"EmailAddress"_s) == user.name);
    CHECK(mail.value(u"IncomingMailServerHostName"_s) == u"127.0.0.1"_s);
    CHECK(mail.value(u"IncomingMailServerPortNumber"_s) == dovecot.imapsPort());
    CHECK(mail.value(u"OutgoingMailServerPortNumber"_s) == dovecot.submissionsPort());
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == user.name);

    click(wizard, "saveThunderbirdButton");
    const QString xmlFile = dir.filePath(u"%1.xml"_s.arg(user.name));
    ipw::ProviderFileError error;
    const auto config = ipw::ClientConfig::fromXml(ipw::test::fileBytes(xmlFile), xmlFile, &error);
    REQUIRE(config);
    CHECK(ipw::ServerAddress(config->imap.value(0).server) ==
          ipw::ServerAddress{u"127.0.0.1"_s, dovecot.imapsPort(), ipw::Security::ImplicitTls});
    CHECK(ipw::expandUsernameTemplate(config->imap.value(0).usernameTemplate, user.name) == user.name);

    click(wizard, "savePdfButton");
    const QString pdfFile = dir.filePath(u"%1.pdf"_s.arg(user.name));
    REQUIRE(ipw::test::fileBytes(pdfFile).startsWith("%PDF-"));
    const QString text = ipw::test::toolOutput(u"pdftotext"_s, {pdfFile, u"-"_s});
    CHECK(text.contains(u"127.0.0.1"_s));
    CHECK(text.contains(QString::number(dovecot.submissionsPort())));
    CHECK_FALSE(text.contains(user.password));

    // No byte of any file holds the password (UTF-8, UTF-16 or Base64); the search does find the address.
    CHECK(ipw::test::filesContaining(dir.path(), user.password).isEmpty());
    CHECK(ipw::test::filesContaining(dir.path(), user.name).contains(profileFile));

    // Back returns to the result, as it was.
    wizard.back();
    CHECK(wizard.currentId() == SetupWizard::Result);
    CHECK(wizard.draft().lastCheckVerified);
}

TEST_CASE("Send to my iPhone: the QR code holds the URL, the phone downloads the profile once, then it is closed",
          "[wizard][gui][handoff]")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    const QString password = u"Secret-pw-for-the-QR-test-81"_s;
    QTemporaryDir dir;
    SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.draft() = typedDraft(password);
    wizard.goToPage(SetupWizard::AnotherDevice);
    REQUIRE(wizard.currentId() == SetupWizard::AnotherDevice);
    click(wizard, "sendToPhoneButton");
    REQUIRE(wizard.currentId() == SetupWizard::SendToPhone);
    auto *page = qobject_cast<ipw::SendToPhonePage *>(wizard.currentPage());
    REQUIRE(page);
    CHECK(page->server() == nullptr);  // nothing listens before the user picks an address and starts
    page->setAddressChoices({ipw::LanAddress{QHostAddress(QHostAddress::LocalHost), u"loopback"_s}});

    click(wizard, "startSendButton");
    REQUIRE(page->server());
    REQUIRE(page->server()->isListening());
    const QUrl url = page->server()->url();
    CHECK(url.host() == u"127.0.0.1"_s);
    CHECK(child<QLabel>(wizard, "handoffUrl")->text().contains(url.toString()));
    INFO(child<QLabel>(wizard, "handoffTimeLeft")->text().toStdString());
    CHECK(QRegularExpression(u"^Time left: (5:00|4:[0-5][0-9])$"_s)
              .match(child<QLabel>(wizard, "handoffTimeLeft")->text())
              .hasMatch());
    CHECK(child<QLabel>(wizard, "handoffServerStatus")->text() == u"Waiting for the iPhone…"_s);
    CHECK(child<QLabel>(wizard, "handoffNotes")->text().contains(u"Safari"_s));

    // The QR code decodes (zbarimg) to exactly the URL.
    const QPixmap qr = child<QLabel>(wizard, "qrCode")->pixmap();
    REQUIRE_FALSE(qr.isNull());
    const QString png = dir.filePath(u"qr.png"_s);
    REQUIRE(qr.save(png));
    CHECK(ipw::test::toolOutput(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, png}).trimmed() == url.toString());

    // The phone's download: Apple's content type, the profile, no password.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    REQUIRE(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->header(QNetworkRequest::ContentTypeHeader).toString() == u"application/x-apple-aspen-config"_s);
    const QByteArray body = reply->readAll();
    CHECK(mailPayload(body).value(u"IncomingMailServerHostName"_s) == u"mail.example.test"_s);
    CHECK_FALSE(body.contains(password.toUtf8()));
    CHECK_FALSE(body.contains(password.toUtf8().toBase64()));
    auto *status = child<QLabel>(wizard, "handoffServerStatus");
    REQUIRE(QTest::qWaitFor([&] { return status->text().startsWith(u"Downloaded."_s); }, 5000));
    CHECK_FALSE(page->server()->isListening());

    // Once only: a second download finds nothing listening.
    QNetworkReply *again = network.get(QNetworkRequest(url));
    REQUIRE(QTest::qWaitFor([&] { return again->isFinished(); }, 10000));
    CHECK(again->error() == QNetworkReply::ConnectionRefusedError);

    // Started again and left with Back: the server closes.
    click(wizard, "startSendButton");
    REQUIRE(page->server());
    const QUrl second = page->server()->url();
    CHECK(second.path() != url.path());
    wizard.back();
    CHECK(wizard.currentId() == SetupWizard::AnotherDevice);
    CHECK(page->server() == nullptr);
    QNetworkReply *late = network.get(QNetworkRequest(second));
    REQUIRE(QTest::qWaitFor([&] { return late->isFinished(); }, 10000));
    CHECK(late->error() == QNetworkReply::ConnectionRefusedError);
}

TEST_CASE("a saved account: Set up another device exports its saved settings without reading the keychain",
          "[wizard][gui][handoff]")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    QTemporaryDir dir;
    SavedFiles saved(dir);
    // The keychain is unreachable: the export must not need it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ipw-no-bus");
    ipw::SavedAccount account;
    account.address = u"taro@example.test"_s;
    account.loginName = u"taro-login"_s;
    account.imap = ipw::ServerAddress{u"imap.example.test"_s, 993, ipw::Security::ImplicitTls};
    account.smtp = ipw::ServerAddress{u"smtp.example.test"_s, 587, ipw::Security::StartTls};
    account.lastVerified = QDateTime::currentDateTimeUtc();
    // The accounts file where the wizard looks for it (AccountStore::defaultFilePath under XDG_DATA_HOME).
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QString details;
    REQUIRE(ipw::AccountsFile::write(data.filePath(u"imap-password-wizard/accounts.json"_s), {account}, &details));

    SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.goToPage(SetupWizard::SavedAccounts);
    REQUIRE(wizard.currentId() == SetupWizard::SavedAccounts);
    auto *list = child<QListWidget>(wizard, "savedAccountsList");
    REQUIRE(list->count() == 1);
    list->setCurrentRow(0);
    click(wizard, "savedAnotherDeviceButton");
    REQUIRE(wizard.currentId() == SetupWizard::AnotherDevice);
    CHECK(wizard.draft().password.isEmpty());
    // STARTTLS on the SMTP server: the advice says what "Use SSL" off means.
    CHECK(child<QLabel>(wizard, "profileAdvice")->text().contains(u"STARTTLS"_s));
    CHECK_FALSE(child<QLabel>(wizard, "profileAdvice")->text().contains(u"carrier"_s));  // no provider, no advice

    click(wizard, "saveProfileButton");
    const QVariantMap mail = mailPayload(ipw::test::fileBytes(dir.filePath(u"taro@example.test.mobileconfig"_s)));
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == u"taro-login"_s);
    CHECK(mail.value(u"OutgoingMailServerHostName"_s) == u"smtp.example.test"_s);
    CHECK(mail.value(u"OutgoingMailServerUseSSL"_s) == false);
    CHECK(child<QLabel>(wizard, "handoffStatus")->text().contains(u"AirDrop"_s));
}
