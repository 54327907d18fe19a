// SavedAccountCheck against the real parts: a private Secret Service holds the secret, the test Dovecot checks it.
// (The OAuth path, refresh and rotation, runs end to end in tests/oauth/CliOAuthTest and tests/wizard.)
#include "setup/SavedAccountCheck.h"
#include "accounts/AccountStore.h"
#include "accounts/AccountsFile.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "providers/ProviderDatabase.h"
#include "setup/OAuthSetup.h"

#include "CatchQt.h"
#include "DovecotFixture.h"
#include "FreePort.h"
#include "JobRunner.h"
#include "OAuthServerFixture.h"
#include "SecretServiceFixture.h"
#include "TestEnv.h"
#include "VerifiedLogins.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ipw;
using ipw::test::DovecotFixture;
using ipw::test::SecretServiceFixture;

namespace {

SavedAccount aliceAt(const DovecotFixture &dovecot)
{
    SavedAccount account;
    account.address = u"alice@example.test"_s;
    account.loginName = dovecot.mainUser().name;
    account.imap = {DovecotFixture::host(), dovecot.imapsPort(), Security::ImplicitTls};
    account.smtp = ServerAddress{DovecotFixture::host(), dovecot.submissionStarttlsPort(), Security::StartTls};
    return account;
}

void saveWith(AccountStore &store, const SavedAccount &account, const QString &password)
{
    auto save = ipw::test::runJob(store.save(ipw::test::verifiedLogin(account, password)));
    INFO(save->errorDetails().toStdString());
    REQUIRE_FALSE(save->error());
}

void run(SavedAccountCheck &job)
{
    QSignalSpy finished(&job, &SavedAccountCheck::finished);
    job.start();
    CHECK(finished.count() == 0);  // never synchronously
    REQUIRE(finished.wait(60000));
    CHECK(job.isFinished());
    CHECK(finished.count() == 1);
}

}  // namespace

TEST_CASE("a saved account is checked again with its stored password", "[setup][dovecot][keychain]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    auto &dovecot = DovecotFixture::instance();
    INFO(dovecot.error().toStdString());
    REQUIRE(dovecot.ok());
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    const ProviderDatabase providers = ProviderDatabase::builtIn();
    const SavedAccount account = aliceAt(dovecot);

    SECTION("the right password: both protocols verified")
    {
        saveWith(store, account, dovecot.mainUser().password);
        const AccountProfile profile = AccountProfile::fromSaved(account);
        SavedAccountCheck job(store, account, profile.checkSettings(providers, dovecot.caCertificates()), {});
        int checks = 0;
        QObject::connect(&job, &SavedAccountCheck::checkStarted, [&](ConnectionCheck *) { ++checks; });
        run(job);
        CHECK(checks == 1);
        CHECK_FALSE(job.readProblem());
        REQUIRE(job.result());
        CHECK(job.result()->verified());
        CHECK(job.result()->smtp);
    }
    SECTION("a password that stopped working: one rejected login, never retried")
    {
        saveWith(store, account, u"an-old-password"_s);
        SavedAccountCheck job(
            store, account, AccountProfile::fromSaved(account).checkSettings(providers, dovecot.caCertificates()), {});
        run(job);
        REQUIRE(job.result());
        CHECK(job.result()->imap->diagnosis == DiagnosisCode::WrongCredentials);
        CHECK(job.result()->smtp->diagnosis == DiagnosisCode::NotAttempted);
    }
    SECTION("stopping before the check leaves the secret for the front end's own check")
    {
        saveWith(store, account, dovecot.mainUser().password);
        SavedAccountCheck job(store, account, {}, {});
        job.setStopBeforeCheck(true);
        run(job);
        CHECK_FALSE(job.result());
        CHECK(job.checkSecret() == dovecot.mainUser().password);
    }
    SECTION("an account that is not saved is a typed error, and nothing is checked")
    {
        SavedAccount unknown = account;
        unknown.address = u"nobody-saved@example.test"_s;
        SavedAccountCheck job(store, unknown, AccountProfile::fromSaved(unknown).checkSettings(providers), {});
        run(job);
        REQUIRE(job.readProblem());
        CHECK(job.readProblem()->error == AccountsError::UnknownAccount);
        CHECK_FALSE(job.result());
    }
}

TEST_CASE("a saved Google sign-in whose servers and token URL were changed in the file is not refreshed",
          "[setup][keychain][oauth][trust]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    auto &server = ipw::test::OAuthServerFixture::shared();
    REQUIRE(server.ok());
    server.reset();
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);

    // An accounts file as main wrote it before issue 13, then changed by another process of the user: the token
    // URL points at a server that collects refresh tokens, the mail servers at loopback.
    const AccountsFile::Loaded loaded =
        AccountsFile::load(ipw::test::testDataDir() + u"/accounts-6af7fec-gmail-oauth.json"_s);
    REQUIRE(loaded.accounts.size() == 1);
    SavedAccount account = loaded.accounts.first();
    REQUIRE(account.oauth);
    account.oauth->authorizeUrl = server.authorizeUrl().toString();
    account.oauth->tokenUrl = server.tokenUrl().toString();
    const ipw::test::ClosedPort closed;
    account.imap = {u"127.0.0.1"_s, closed.port(), Security::ImplicitTls};
    account.smtp.reset();
    saveWith(store, account, server.issueRefreshToken());

    const OAuthClients clients =
        OAuthClients::parse(QString(u"accounts.google.com="_s + ipw::test::OAuthServerFixture::clientId()));
    const OAuthSettings refresh = oauthSettingsForSaved(*account.oauth, clients);
    CHECK(refresh.tokenUrl.host() != u"127.0.0.1"_s);  // Google's current endpoint, not the file's
    SavedAccountCheck job(store, account, AccountProfile::fromSaved(account).checkSettings(ProviderDatabase::builtIn()),
                          refresh);
    int checks = 0;
    QObject::connect(&job, &SavedAccountCheck::checkStarted, [&](ConnectionCheck *) { ++checks; });
    run(job);
    REQUIRE(job.refreshFailure());
    CHECK(job.refreshFailure()->error == OAuthError::ForeignMailServer);
    CHECK(toString(job.refreshFailure()->error) == u"foreign-mail-server"_s);
    CHECK(server.tokenRequests(u"refresh_token"_s) == 0);
    CHECK(checks == 0);
    CHECK_FALSE(job.result());
}
