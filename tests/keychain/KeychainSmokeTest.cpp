// Proves the Secret Service fixture: a real write/read/delete through qtkeychain and gnome-keyring on a private bus.

#include "CatchQt.h"
#include "JobRunner.h"
#include "SecretServiceFixture.h"
#include "keychain/QtKeychainCredentialStore.h"

using namespace Qt::StringLiterals;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

TEST_CASE("keychain write, read and delete in the private Secret Service", "[keychain][fixture]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    REQUIRE(qEnvironmentVariable("HOME") == secrets.homeDir());

    ipw::QtKeychainCredentialStore store;
    const ipw::CredentialId id{u"imap-password-wizard-smoke"_s, u"account:smoke@example.test"_s};
    const QString password = u"smoke-Pässword-7f3a"_s;

    auto write = runJob(store.write(id, password));
    INFO(write->errorDetails().toStdString());
    REQUIRE_FALSE(write->error());
    // qtkeychain picked its libsecret backend (not KWallet, not a plaintext file).
    CHECK(ipw::test::libsecretLoaded());

    auto read = runJob(store.read(id));
    REQUIRE_FALSE(read->error());
    CHECK(read->secret() == password);

    auto remove = runJob(store.remove(id));
    REQUIRE_FALSE(remove->error());

    auto gone = runJob(store.read(id));
    REQUIRE(gone->error());
    CHECK(*gone->error() == ipw::KeychainError::NotFound);
}
