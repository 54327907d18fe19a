// Variant: a session bus on which nothing provides org.freedesktop.secrets.

#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "keychain/QtKeychainCredentialStore.h"

using namespace Qt::StringLiterals;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

TEST_CASE("a bus without a Secret Service gives NoBackend", "[keychain][no-backend]")
{
    auto &secrets = SecretServiceFixture::start(SecretServiceFixture::Variant::NoSecretService);
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());

    ipw::QtKeychainCredentialStore store;
    const ipw::CredentialId id{u"imap-password-wizard-test"_s, u"account:none@example.test"_s};

    auto write = runJob(store.write(id, u"never-stored-4"_s));
    REQUIRE(write->error());
    CHECK(*write->error() == ipw::KeychainError::NoBackend);
    CHECK(write->errorDetails().contains(u"org.freedesktop.secrets"_s));
    CHECK(ipw::test::libsecretLoaded());

    auto read = runJob(store.read(id));
    REQUIRE(read->error());
    CHECK(*read->error() == ipw::KeychainError::NoBackend);

    auto remove = runJob(store.remove(id));
    REQUIRE(remove->error());
    CHECK(*remove->error() == ipw::KeychainError::NoBackend);
}
