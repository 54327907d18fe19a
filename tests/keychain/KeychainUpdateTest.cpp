// A failed write leaves the previous secret as it was: provoked for real by locking the collection between writes.

#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "keychain/QtKeychainCredentialStore.h"

using namespace Qt::StringLiterals;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

TEST_CASE("a write into a locked collection fails as Locked and keeps the previous secret", "[keychain]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());

    ipw::QtKeychainCredentialStore store;
    const ipw::CredentialId id{u"imap-password-wizard-test"_s, u"account:update@example.test"_s};

    REQUIRE_FALSE(runJob(store.write(id, u"first-password-1"_s))->error());
    QString error;
    REQUIRE(secrets.lockDefaultCollection(&error));
    INFO(error.toStdString());

    auto failed = runJob(store.write(id, u"second-password-2"_s));
    REQUIRE(failed->error());
    CHECK(*failed->error() == ipw::KeychainError::Locked);
    CHECK_FALSE(failed->errorDetails().isEmpty());  // the backend's own text is kept for the details

    // A read while locked cannot prompt here, so libsecret finds nothing; the bus says why.
    auto lockedRead = runJob(store.read(id));
    REQUIRE(lockedRead->error());
    CHECK(*lockedRead->error() == ipw::KeychainError::Locked);
    CHECK(lockedRead->secret().isEmpty());

    REQUIRE(secrets.unlockDefaultCollection(&error));
    auto read = runJob(store.read(id));
    REQUIRE_FALSE(read->error());
    CHECK(read->secret() == u"first-password-1"_s);

    REQUIRE_FALSE(runJob(store.remove(id))->error());
}

TEST_CASE("removing an entry that is not there succeeds", "[keychain]")
{
    auto &secrets = SecretServiceFixture::start();
    REQUIRE(secrets.isReady());
    ipw::QtKeychainCredentialStore store;
    auto remove = runJob(store.remove({u"imap-password-wizard-test"_s, u"account:nobody@example.test"_s}));
    CHECK_FALSE(remove->error());
}
