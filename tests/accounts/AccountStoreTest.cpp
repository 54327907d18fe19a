// Saved accounts against the real Secret Service fixture (a private gnome-keyring in a temporary HOME).

#include "accounts/AccountStore.h"
#include "AccountSamples.h"
#include "CatchQt.h"
#include "SecretSearch.h"
#include "SecretServiceFixture.h"
#include "VerifiedLogins.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using ipw::AccountsError;
using ipw::AccountStore;
using ipw::KeychainError;
using ipw::VerifiedLogin;
using ipw::test::filesContaining;
using ipw::test::runJob;
using ipw::test::SecretServiceFixture;

namespace {

SecretServiceFixture &readySecrets()
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    return secrets;
}

VerifiedLogin verified(const QString &address, const QString &password)
{
    return ipw::test::verifiedLogin(ipw::test::sampleAccount(address), password);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

TEST_CASE("the accounts file lives under the fixture's HOME", "[accounts]")
{
    auto &secrets = readySecrets();
    CHECK(AccountStore::defaultFilePath().startsWith(secrets.homeDir() + u'/'));
    CHECK(AccountStore::defaultFilePath().endsWith(u"/imap-password-wizard/accounts.json"_s));
    CHECK(AccountStore::credentialIdFor(u" Alice@Example.TEST "_s) ==
          ipw::CredentialId{u"imap-password-wizard"_s, u"account:alice@example.test"_s});
}

TEST_CASE("save, read, update and forget an account", "[accounts][keychain]")
{
    auto &secrets = readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    const QString address = u"alice@example.test"_s;
    const QString firstPassword = u"Fjord-Lantern-2718"_s;
    const QString secondPassword = u"Quartz-Harbor-3141"_s;

    auto save = runJob(store.save(verified(address, firstPassword)));
    INFO(save->errorDetails().toStdString());
    REQUIRE_FALSE(save->error());
    CHECK(ipw::test::libsecretLoaded());

    auto listed = store.list();
    REQUIRE_FALSE(listed.error);
    REQUIRE(listed.accounts.size() == 1);
    CHECK(listed.accounts.at(0).address == address);
    CHECK(listed.accounts.at(0).imap.security == ipw::Security::ImplicitTls);
    CHECK(listed.accounts.at(0).lastVerified.isValid());

    auto read = runJob(store.readPassword(u"ALICE@example.test"_s));
    REQUIRE_FALSE(read->error());
    CHECK(read->password() == firstPassword);

    auto update = runJob(store.updatePassword(verified(address, secondPassword)));
    REQUIRE_FALSE(update->error());
    CHECK(runJob(store.readPassword(address))->password() == secondPassword);
    CHECK(store.list().accounts.size() == 1);

    // Neither password is in any file under HOME, the runtime dir or the daemons' logs (the keyring file is
    // encrypted with the keyring password).
    CHECK(filesContaining(secrets.rootDir(), firstPassword).isEmpty());
    CHECK(filesContaining(secrets.rootDir(), secondPassword).isEmpty());
    // The search works: the non-secret part is found in the accounts file.
    CHECK(filesContaining(secrets.rootDir(), address).contains(store.filePath()));

    auto forget = runJob(store.forget(address));
    REQUIRE_FALSE(forget->error());
    CHECK(store.list().accounts.isEmpty());
    auto gone = runJob(keychain.read(AccountStore::credentialIdFor(address)));
    REQUIRE(gone->error());
    CHECK(*gone->error() == KeychainError::NotFound);
}

TEST_CASE("OAuth: the refresh token is the secret, and a rotated one replaces it at once",
          "[accounts][keychain][oauth]")
{
    auto &secrets = readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    const QString address = u"carol@example.test"_s;
    const QString firstToken = u"rt-first-7f3a9c"_s;
    const QString rotatedToken = u"rt-rotated-51e2d8"_s;

    auto save = runJob(store.save(ipw::test::verifiedLogin(ipw::test::sampleOAuthAccount(address), firstToken)));
    INFO(save->errorDetails().toStdString());
    REQUIRE_FALSE(save->error());
    const QByteArray fileBefore = fileBytes(store.filePath());

    auto rotate = runJob(store.replaceRefreshToken(address, rotatedToken));
    REQUIRE_FALSE(rotate->error());
    auto read = runJob(store.readPassword(address));
    REQUIRE_FALSE(read->error());
    CHECK(read->account().oauth);
    CHECK(read->password() == rotatedToken);
    CHECK(fileBytes(store.filePath()) == fileBefore);  // only the keychain changed
    CHECK(filesContaining(secrets.rootDir(), firstToken).isEmpty());
    CHECK(filesContaining(secrets.rootDir(), rotatedToken).isEmpty());

    // Not for password accounts, unknown accounts, or an empty token: the saved secret stays.
    REQUIRE_FALSE(runJob(store.save(verified(u"dan@example.test"_s, u"Lantern-Quartz-99"_s)))->error());
    auto notOAuth = runJob(store.replaceRefreshToken(u"dan@example.test"_s, rotatedToken));
    REQUIRE(notOAuth->error());
    CHECK(*notOAuth->error() == AccountsError::NotVerified);
    CHECK(runJob(store.readPassword(u"dan@example.test"_s))->password() == u"Lantern-Quartz-99"_s);
    auto unknown = runJob(store.replaceRefreshToken(u"nobody@example.test"_s, rotatedToken));
    REQUIRE(unknown->error());
    CHECK(*unknown->error() == AccountsError::UnknownAccount);
    auto empty = runJob(store.replaceRefreshToken(address, QString()));
    REQUIRE(empty->error());
    CHECK(*empty->error() == AccountsError::NotVerified);
    CHECK(runJob(store.readPassword(address))->password() == rotatedToken);

    REQUIRE_FALSE(runJob(store.forget(address))->error());
    REQUIRE_FALSE(runJob(store.forget(u"dan@example.test"_s))->error());
}

TEST_CASE("an update whose keychain write fails keeps the old password and the file", "[accounts][keychain]")
{
    auto &secrets = readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    const QString address = u"bob@example.test"_s;

    REQUIRE_FALSE(runJob(store.save(verified(address, u"Old-Password-1"_s)))->error());
    const QByteArray fileBefore = fileBytes(store.filePath());

    QString error;
    REQUIRE(secrets.lockDefaultCollection(&error));
    auto update = runJob(store.updatePassword(verified(address, u"New-Password-2"_s)));
    REQUIRE(update->error());
    CHECK(*update->error() == AccountsError::Keychain);
    REQUIRE(update->keychainError());
    CHECK(*update->keychainError() == KeychainError::Locked);
    CHECK(fileBytes(store.filePath()) == fileBefore);

    REQUIRE(secrets.unlockDefaultCollection(&error));
    auto read = runJob(store.readPassword(address));
    REQUIRE_FALSE(read->error());
    CHECK(read->password() == u"Old-Password-1"_s);
}

TEST_CASE("a save refused by a locked keyring writes no accounts file", "[accounts][keychain]")
{
    auto &secrets = readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    REQUIRE(secrets.lockDefaultCollection());
    auto save = runJob(store.save(verified(u"carol@example.test"_s, u"Never-Saved-3"_s)));
    REQUIRE(save->error());
    CHECK(*save->error() == AccountsError::Keychain);
    CHECK(*save->keychainError() == KeychainError::Locked);
    CHECK_FALSE(QFileInfo::exists(store.filePath()));
}

TEST_CASE("unknown accounts are typed errors", "[accounts]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    auto forget = runJob(store.forget(u"nobody@example.test"_s));
    REQUIRE(forget->error());
    CHECK(*forget->error() == AccountsError::UnknownAccount);
    auto update = runJob(store.updatePassword(verified(u"nobody@example.test"_s, u"Whatever-5"_s)));
    REQUIRE(update->error());
    CHECK(*update->error() == AccountsError::UnknownAccount);
    auto read = runJob(store.readPassword(u"nobody@example.test"_s));
    REQUIRE(read->error());
    CHECK(*read->error() == AccountsError::UnknownAccount);
}

TEST_CASE("a corrupt accounts file is an error and is never written over", "[accounts]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    REQUIRE_FALSE(runJob(store.save(verified(u"erin@example.test"_s, u"Erin-Password-6"_s)))->error());

    QByteArray damaged = fileBytes(store.filePath());
    damaged.truncate(damaged.size() / 2);
    {
        QFile file(store.filePath());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
    }
    const QDateTime modified = QFileInfo(store.filePath()).lastModified();

    const auto listed = store.list();
    REQUIRE(listed.error);
    CHECK(*listed.error == AccountsError::FileCorrupt);
    CHECK(listed.accounts.isEmpty());

    auto save = runJob(store.save(verified(u"frank@example.test"_s, u"Frank-Password-7"_s)));
    REQUIRE(save->error());
    CHECK(*save->error() == AccountsError::FileCorrupt);
    CHECK(save->errorDetails().contains(store.filePath()));
    auto forget = runJob(store.forget(u"erin@example.test"_s));
    REQUIRE(forget->error());
    CHECK(*forget->error() == AccountsError::FileCorrupt);

    CHECK(fileBytes(store.filePath()) == damaged);
    CHECK(QFileInfo(store.filePath()).lastModified() == modified);
    // The refused save did not reach the keychain.
    auto frank = runJob(keychain.read(AccountStore::credentialIdFor(u"frank@example.test"_s)));
    REQUIRE(frank->error());
    CHECK(*frank->error() == KeychainError::NotFound);
}

TEST_CASE("the canonical address: NFC, lower case, IDNA A-label domain, one entry for two spellings",
          "[accounts][trust]")
{
    using ipw::SavedAccount;
    const QString precomposed = u"Tar\u014D@B\u00FCcher.Example."_s;         // ō, ü as one code point each
    const QString decomposed = u" tar\u006F\u0304@bu\u0308cher.example "_s;  // o + U+0304, u + U+0308
    REQUIRE(SavedAccount::canonicalAddress(precomposed));
    CHECK(*SavedAccount::canonicalAddress(precomposed) == u"tar\u014D@xn--bcher-kva.example"_s);
    CHECK(SavedAccount::canonicalAddress(decomposed) == SavedAccount::canonicalAddress(precomposed));
    CHECK(SavedAccount::canonicalAddress(u"TAR\u014C@xn--bcher-kva.example"_s) ==
          SavedAccount::canonicalAddress(precomposed));
    CHECK(AccountStore::credentialIdFor(decomposed) == AccountStore::credentialIdFor(precomposed));
    for (const QString &bad : {u"no-at-sign"_s, u"@example.com"_s, u"alice@"_s, u"a b@example.com"_s,
                               u"alice@exa mple.com"_s, u"alice@-bad-.example"_s})
        CHECK_FALSE(SavedAccount::canonicalAddress(bad));
}

TEST_CASE("an invalid address is refused, and an entry saved under the old key is found and moved",
          "[accounts][keychain][trust]")
{
    readySecrets();
    ipw::QtKeychainCredentialStore keychain;
    AccountStore store(keychain);

    auto refused = runJob(store.save(verified(u"a b@example.test"_s, u"pw-1"_s)));
    REQUIRE(refused->error());
    CHECK(*refused->error() == AccountsError::InvalidAddress);

    // As main before issue 13 saved it: the file entry as typed, the keychain key "account:" + trimmed lower case.
    const QString typed = u"Tar\u014D@B\u00FCcher.example"_s;
    const QString secret = u"Old-Key-Secret-5521"_s;
    {
        auto save = runJob(store.save(verified(typed, secret)));
        REQUIRE_FALSE(save->error());
        auto moveBack = runJob(keychain.write(AccountStore::legacyCredentialIdFor(typed), secret));
        REQUIRE_FALSE(moveBack->error());
        REQUIRE_FALSE(runJob(keychain.remove(AccountStore::credentialIdFor(typed)))->error());
    }
    REQUIRE(AccountStore::legacyCredentialIdFor(typed).key == u"account:tar\u014D@b\u00FCcher.example"_s);
    REQUIRE(AccountStore::credentialIdFor(typed).key == u"account:tar\u014D@xn--bcher-kva.example"_s);

    // Another spelling of the same address finds it, and the entry moves to the canonical key.
    auto read = runJob(store.readPassword(u"tar\u006F\u0304@xn--bcher-kva.example"_s));
    INFO(read->errorDetails().toStdString());
    REQUIRE_FALSE(read->error());
    CHECK((read->password() == secret));
    auto canonical = runJob(keychain.read(AccountStore::credentialIdFor(typed)));
    REQUIRE_FALSE(canonical->error());
    CHECK((canonical->secret() == secret));
    auto legacy = runJob(keychain.read(AccountStore::legacyCredentialIdFor(typed)));
    REQUIRE(legacy->error());
    CHECK(*legacy->error() == KeychainError::NotFound);

    CHECK_FALSE(runJob(store.forget(typed))->error());

    // Forgetting an account whose entry was never moved removes the old-key entry too.
    REQUIRE_FALSE(runJob(store.save(verified(typed, secret)))->error());
    REQUIRE_FALSE(runJob(keychain.write(AccountStore::legacyCredentialIdFor(typed), secret))->error());
    REQUIRE_FALSE(runJob(keychain.remove(AccountStore::credentialIdFor(typed)))->error());
    CHECK_FALSE(runJob(store.forget(typed))->error());
    auto gone = runJob(keychain.read(AccountStore::legacyCredentialIdFor(typed)));
    REQUIRE(gone->error());
    CHECK(*gone->error() == KeychainError::NotFound);
}
