// Variant: DBUS_SESSION_BUS_ADDRESS points at a socket nobody listens on.

#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "keychain/QtKeychainCredentialStore.h"

using namespace Qt::StringLiterals;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

TEST_CASE("no D-Bus session bus gives NoDbus", "[keychain][no-dbus]")
{
    auto &secrets = SecretServiceFixture::start(SecretServiceFixture::Variant::NoBus);
    REQUIRE(secrets.isReady());

    ipw::QtKeychainCredentialStore store;
    const ipw::CredentialId id{u"imap-password-wizard-test"_s, u"account:nobus@example.test"_s};

    auto write = runJob(store.write(id, u"never-stored-5"_s));
    REQUIRE(write->error());
    CHECK(*write->error() == ipw::KeychainError::NoDbus);
    CHECK_FALSE(write->errorDetails().isEmpty());

    auto read = runJob(store.read(id));
    REQUIRE(read->error());
    CHECK(*read->error() == ipw::KeychainError::NoDbus);
}
