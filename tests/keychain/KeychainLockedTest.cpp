// Variant: gnome-keyring runs, but its default collection is locked (and no prompter can unlock it).

#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "keychain/QtKeychainCredentialStore.h"

using namespace Qt::StringLiterals;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

TEST_CASE("a locked keyring gives Locked for write and read", "[keychain][locked]")
{
    auto &secrets = SecretServiceFixture::start(SecretServiceFixture::Variant::Locked);
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    REQUIRE(secrets.isDefaultCollectionLocked());

    ipw::QtKeychainCredentialStore store;
    const ipw::CredentialId id{u"imap-password-wizard-test"_s, u"account:locked@example.test"_s};

    auto write = runJob(store.write(id, u"never-stored-3"_s));
    REQUIRE(write->error());
    CHECK(*write->error() == ipw::KeychainError::Locked);
    // The text gnome-keyring sends through libsecret (found while checking feasibility), kept for details only.
    CHECK(write->errorDetails().contains(u"locked"_s, Qt::CaseInsensitive));
    CHECK(ipw::test::libsecretLoaded());

    auto read = runJob(store.read(id));
    REQUIRE(read->error());
    CHECK(*read->error() == ipw::KeychainError::Locked);
}
