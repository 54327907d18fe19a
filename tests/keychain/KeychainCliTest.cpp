// The CLI's saved-account commands against the real Secret Service fixture: the imap-password-check binary for
// --list-saved and --forget (the child inherits the fixture's HOME and bus), KeychainCli's functions for what the
// check will call (--save after a verified check, --use-saved) until the check is wired in.

#include "cli/KeychainCli.h"
#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "VerifiedLogins.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "setup/SavedAccountCheck.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;
using ipw::cli::KeychainCli;
using ipw::test::SecretServiceFixture;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runCli(const QStringList &args, const QString &language = u"C"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, language);
    env.insert(u"LANG"_s, language);
    env.insert(u"LANGUAGE"_s, language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IPW_CLI_BINARY), args);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ipw::SavedAccount account(const QString &address)
{
    ipw::SavedAccount a;
    a.address = address;
    a.providerId = u"example"_s;
    a.loginName = u"login-"_s + address;
    a.imap = {u"127.0.0.1"_s, 10993, ipw::Security::ImplicitTls};
    a.smtp = ipw::ServerAddress{u"127.0.0.1"_s, 10465, ipw::Security::StartTls};
    return a;
}

ipw::VerifiedLogin verified(const QString &address, const QString &password)
{
    return ipw::test::verifiedLogin(account(address), password);
}

SecretServiceFixture &readySecrets()
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    return secrets;
}

}  // namespace

TEST_CASE("the real CLI lists and forgets saved accounts", "[keychain][cli]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    ipw::AccountStore store(keychain);
    const QString password = u"Cli-Secret-Pw-8842"_s;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);

    REQUIRE(KeychainCli::saveVerified(store, verified(u"alice@example.test"_s, password), out, err) == 0);
    REQUIRE(KeychainCli::saveVerified(store, verified(u"bob@example.test"_s, u"Other-Pw-1"_s), out, err) == 0);
    CHECK_FALSE(outText.contains(password));

    const Run list = runCli({u"--list-saved"_s});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"alice@example.test"_s));
    CHECK(list.out.contains(u"127.0.0.1:10465 (starttls)"_s));
    CHECK_FALSE(list.out.contains(password));

    const Run json = runCli({u"--list-saved"_s, u"--json"_s});
    CHECK(json.exitCode == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"accounts"_s).toArray();
    REQUIRE(accounts.size() == 2);
    CHECK(accounts.at(0).toObject().value(u"address"_s).toString() == u"alice@example.test"_s);
    CHECK(accounts.at(0).toObject().value(u"imap"_s).toObject().value(u"port"_s).toInt() == 10993);
    CHECK_FALSE(json.out.contains(password));

    const Run unknown = runCli({u"--forget"_s, u"nobody@example.test"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"nobody@example.test"_s));
    CHECK(unknown.err.contains(u"--list-saved"_s));

    const Run forget = runCli({u"--forget"_s, u"ALICE@example.test"_s});
    INFO(forget.err.toStdString());
    CHECK(forget.exitCode == 0);
    CHECK(forget.out.contains(u"alice@example.test"_s));

    const Run after = runCli({u"--list-saved"_s});
    CHECK(after.exitCode == 0);
    CHECK_FALSE(after.out.contains(u"alice@example.test"_s));
    CHECK(after.out.contains(u"bob@example.test"_s));
    auto gone = ipw::test::runJob(keychain.read(ipw::AccountStore::credentialIdFor(u"alice@example.test"_s)));
    REQUIRE(gone->error());
    CHECK(*gone->error() == ipw::KeychainError::NotFound);

    REQUIRE(runCli({u"--forget"_s, u"bob@example.test"_s}).exitCode == 0);
    CHECK(runCli({u"--list-saved"_s}).out.contains(u"No saved accounts."_s));
}

TEST_CASE("the CLI exits 3 on a damaged accounts file and leaves it alone", "[keychain][cli]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    ipw::AccountStore store(keychain);
    QString sink;
    QTextStream out(&sink), err(&sink);
    REQUIRE(KeychainCli::saveVerified(store, verified(u"carol@example.test"_s, u"Carol-Pw-2"_s), out, err) == 0);
    {
        QFile file(store.filePath());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
    }
    const Run list = runCli({u"--list-saved"_s});
    CHECK(list.exitCode == 3);
    CHECK(list.err.contains(store.filePath()));
    CHECK(list.err.contains(u"damaged"_s));
    const Run forget = runCli({u"--forget"_s, u"carol@example.test"_s});
    CHECK(forget.exitCode == 3);
    REQUIRE(QDir().mkpath(QFileInfo(store.filePath()).path()));
    QFile file(store.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "{ not json");
}

TEST_CASE("a verified login that cannot be saved gives exit code 3 and says what to do", "[keychain][cli]")
{
    auto &secrets = readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    ipw::AccountStore store(keychain);
    REQUIRE(secrets.lockDefaultCollection());
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(KeychainCli::saveVerified(store, verified(u"dave@example.test"_s, u"Dave-Pw-3"_s), out, err) == 3);
    CHECK(errText.contains(u"locked"_s));
    CHECK(errText.contains(u"Unlock"_s));
    CHECK_FALSE(errText.contains(u"Dave-Pw-3"_s));
}

TEST_CASE("use-saved finds the stored settings, and its check reads the password", "[keychain][cli]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    ipw::AccountStore store(keychain);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(KeychainCli::saveVerified(store, verified(u"erin@example.test"_s, u"Erin-Pw-4"_s), out, err) == 0);

    auto saved = KeychainCli::findSaved(store, u"Erin@Example.test"_s, err);
    REQUIRE(std::holds_alternative<ipw::SavedAccount>(saved));
    const ipw::SavedAccount account = std::get<ipw::SavedAccount>(saved);
    CHECK(account.imap.port == 10993);
    // The password comes through core/setup's SavedAccountCheck, as --use-saved reads it.
    ipw::SavedAccountCheck job(store, account, {}, std::nullopt);
    job.setStopBeforeCheck(true);
    QEventLoop loop;
    QObject::connect(&job, &ipw::SavedAccountCheck::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    CHECK_FALSE(job.readProblem());
    CHECK(job.secret() == u"Erin-Pw-4"_s);

    auto unknown = KeychainCli::findSaved(store, u"nobody@example.test"_s, err);
    REQUIRE(std::holds_alternative<int>(unknown));
    CHECK(std::get<int>(unknown) == 1);
    CHECK(errText.contains(u"nobody@example.test"_s));
    CHECK(errText.contains(u"--list-saved"_s));
    CHECK_FALSE(errText.contains(u"Erin-Pw-4"_s));
}

#ifdef IPW_HAVE_TRANSLATIONS  // builds without Qt Linguist (the asan preset) have no Japanese to show
TEST_CASE("the CLI's saved-account messages are in Japanese for a Japanese user", "[keychain][cli][ja]")
{
    readySecrets();
    const Run list = runCli({u"--list-saved"_s}, u"ja_JP.UTF-8"_s);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"保存したアカウントはありません。"_s));
    const Run unknown = runCli({u"--forget"_s, u"nobody@example.test"_s}, u"ja_JP.UTF-8"_s);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"アドレス nobody@example.test の保存済みアカウントはありません。"_s));
}
#endif

TEST_CASE("the real CLI's --list-saved prints what accounts.json says with control characters made visible",
          "[keychain][cli]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    ipw::AccountStore store(keychain);
    // accounts.json is writable by any process of the user: a login name with an OSC 52 clipboard write in it.
    REQUIRE(QDir().mkpath(QFileInfo(store.filePath()).path()));
    QFile file(store.filePath());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": "imap-password-wizard-accounts", "version": 1, "accounts": [{
        "address": "eve@example.test", "provider": "example",
        "login": "eve\u001b]52;c;ZXZpbA==\u0007\r",
        "imap": {"host": "127.0.0.1", "port": 10993, "security": "tls"},
        "lastVerified": "2026-11-29T06:00:00Z"}]})");
    file.close();

    const Run list = runCli({u"--list-saved"_s});
    INFO(list.out.toStdString() << list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"eve\\x1b]52;c;ZXZpbA==\\x07\\r"_s));
    CHECK_FALSE(list.out.contains(QChar(0x1b)));
    CHECK_FALSE(list.out.contains(QChar(0x07)));
    QFile::remove(store.filePath());
}
