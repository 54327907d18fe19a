// SavedAccountCheck against the real parts: a private Secret Service holds the secret, the test Dovecot checks it.
// (The OAuth path, refresh and rotation, runs end to end in tests/oauth/CliOAuthTest and tests/wizard.)
#include "setup/SavedAccountCheck.h"
#include "accounts/AccountStore.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "providers/ProviderDatabase.h"

#include "CatchQt.h"
#include "DovecotFixture.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
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
