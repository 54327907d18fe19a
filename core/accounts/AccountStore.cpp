#include "accounts/AccountStore.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

qsizetype indexOf(const QList<SavedAccount> &accounts, const QString &address)
{
    const QString wanted = SavedAccount::normalizedAddress(address);
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (SavedAccount::normalizedAddress(accounts.at(i).address) == wanted) {
            return i;
        }
    }
    return -1;
}

}  // namespace

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/imap-password-wizard/accounts.json"_s;
}

CredentialId AccountStore::credentialIdFor(const QString &address)
{
    return {kKeychainService, u"account:"_s + SavedAccount::normalizedAddress(address)};
}

CredentialId AccountStore::legacyCredentialIdFor(const QString &address)
{
    return {kKeychainService, u"account:"_s + SavedAccount::legacyNormalizedAddress(address)};
}

AccountStore::AccountStore(CredentialStore &keychain, QString filePath)
    : m_keychain(keychain)
    , m_filePath(std::move(filePath))
{
}

AccountsFile::Loaded AccountStore::list() const
{
    return AccountsFile::load(m_filePath);
}

AccountJob *AccountStore::save(const VerifiedLogin &login, QObject *parent)
{
    auto *job = new AccountJob(AccountJob::Operation::Save, m_keychain, m_filePath, parent);
    job->m_login = login;
    return job;
}

AccountJob *AccountStore::updatePassword(const VerifiedLogin &login, QObject *parent)
{
    auto *job = new AccountJob(AccountJob::Operation::UpdatePassword, m_keychain, m_filePath, parent);
    job->m_login = login;
    return job;
}

AccountJob *AccountStore::readPassword(const QString &address, QObject *parent)
{
    auto *job = new AccountJob(AccountJob::Operation::ReadPassword, m_keychain, m_filePath, parent);
    job->m_address = address;
    return job;
}

AccountJob *AccountStore::replaceRefreshToken(const QString &address, const QString &refreshToken, QObject *parent)
{
    auto *job = new AccountJob(AccountJob::Operation::ReplaceRefreshToken, m_keychain, m_filePath, parent);
    job->m_address = address;
    job->m_password = refreshToken;
    return job;
}

AccountJob *AccountStore::forget(const QString &address, QObject *parent)
{
    auto *job = new AccountJob(AccountJob::Operation::Forget, m_keychain, m_filePath, parent);
    job->m_address = address;
    return job;
}

AccountJob::AccountJob(Operation operation, CredentialStore &keychain, QString filePath, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_keychain(keychain)
    , m_filePath(std::move(filePath))
{
}

AccountJob::~AccountJob()
{
    m_password.fill(u'\0');
}

void AccountJob::start()
{
    QMetaObject::invokeMethod(this, &AccountJob::run, Qt::QueuedConnection);
}

void AccountJob::run()
{
    // The file first: a damaged file stops everything before the keychain is touched, and is never written over.
    const AccountsFile::Loaded loaded = AccountsFile::load(m_filePath);
    if (loaded.error) {
        fail(*loaded.error, m_filePath + u": "_s + loaded.details);
        return;
    }
    m_accounts = loaded.accounts;

    switch (m_operation) {
    case Operation::Save:
    case Operation::UpdatePassword: {
        if (!SavedAccount::canonicalAddress(m_login->account().address)) {
            fail(AccountsError::InvalidAddress, m_login->account().address);
            return;
        }
        if (!m_login->isComplete()) {
            fail(AccountsError::NotVerified, u"the login has no verification time, password or valid settings"_s);
            return;
        }
        m_account = m_login->account();
        m_existed = indexOf(m_accounts, m_account.address) >= 0;
        if (m_operation == Operation::UpdatePassword && !m_existed) {
            fail(AccountsError::UnknownAccount, m_account.address);
            return;
        }
        writeSecret();
        return;
    }
    case Operation::ReplaceRefreshToken: {
        const qsizetype index = indexOf(m_accounts, m_address);
        if (index < 0) {
            fail(AccountsError::UnknownAccount, m_address);
            return;
        }
        m_account = m_accounts.at(index);
        if (!m_account.oauth || m_password.isEmpty()) {
            fail(AccountsError::NotVerified, u"not an OAuth account, or no refresh token"_s);
            return;
        }
        writeRotatedToken();
        return;
    }
    case Operation::ReadPassword:
    case Operation::Forget: {
        const qsizetype index = indexOf(m_accounts, m_address);
        if (index < 0) {
            fail(AccountsError::UnknownAccount, m_address);
            return;
        }
        m_account = m_accounts.at(index);
        if (m_operation == Operation::ReadPassword) {
            readSecret();
        } else {
            removeSecret();
        }
        return;
    }
    }
}

void AccountJob::writeSecret()
{
    CredentialJob *job = m_keychain.write(AccountStore::credentialIdFor(m_account.address), m_login->password(), this);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *job) {
        job->deleteLater();
        if (job->error()) {
            failKeychain(job);  // the keychain keeps the previous password; the file is untouched
            return;
        }
        m_login.reset();  // the password is in the keychain now; drop our copy
        QList<SavedAccount> accounts = m_accounts;
        const qsizetype index = indexOf(accounts, m_account.address);
        if (index >= 0) {
            accounts[index] = m_account;
        } else {
            accounts.append(m_account);
        }
        writeFile(accounts);
    });
    job->start();
}

void AccountJob::writeRotatedToken()
{
    // Only the keychain: the settings did not change, and the account was not verified by this (the token
    // endpoint rotated the token, which kills the old one whatever a check says next).
    CredentialJob *job = m_keychain.write(AccountStore::credentialIdFor(m_account.address), m_password, this);
    m_password.fill(u'\0');
    m_password.clear();
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *job) {
        job->deleteLater();
        if (job->error()) {
            failKeychain(job);
            return;
        }
        succeed();
    });
    job->start();
}

void AccountJob::readSecret()
{
    CredentialJob *job = m_keychain.read(AccountStore::credentialIdFor(m_account.address), this);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *job) {
        job->deleteLater();
        const CredentialId legacy = AccountStore::legacyCredentialIdFor(m_account.address);
        if (job->error() == KeychainError::NotFound &&
            legacy.key != AccountStore::credentialIdFor(m_account.address).key) {
            readLegacySecret();
            return;
        }
        if (job->error()) {
            failKeychain(job);
            return;
        }
        m_password = job->secret();
        succeed();
    });
    job->start();
}

void AccountJob::readLegacySecret()
{
    // Saved before issue 13 under the old key (trimmed, lower case, the domain not in its A-label form): found
    // there, written under the canonical key, and the old entry removed.
    CredentialJob *job = m_keychain.read(AccountStore::legacyCredentialIdFor(m_account.address), this);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *job) {
        job->deleteLater();
        if (job->error()) {
            failKeychain(job);
            return;
        }
        m_password = job->secret();
        CredentialJob *write = m_keychain.write(AccountStore::credentialIdFor(m_account.address), m_password, this);
        connect(write, &CredentialJob::finished, this, [this](CredentialJob *write) {
            write->deleteLater();
            if (write->error()) {
                succeed();  // the secret was read; moving it is tried again next time
                return;
            }
            CredentialJob *remove = m_keychain.remove(AccountStore::legacyCredentialIdFor(m_account.address), this);
            connect(remove, &CredentialJob::finished, this, [this](CredentialJob *remove) {
                remove->deleteLater();
                succeed();
            });
            remove->start();
        });
        write->start();
    });
    job->start();
}

void AccountJob::removeSecret()
{
    CredentialJob *job = m_keychain.remove(AccountStore::credentialIdFor(m_account.address), this);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *job) {
        job->deleteLater();
        if (job->error() && *job->error() != KeychainError::NotFound) {
            failKeychain(job);  // both parts stay: forgetting can be tried again once the keychain is back
            return;
        }
        const CredentialId legacy = AccountStore::legacyCredentialIdFor(m_account.address);
        if (legacy.key != AccountStore::credentialIdFor(m_account.address).key) {
            // An entry never read since issue 13 is still under the old key (removing a missing entry is no error
            // for every backend, so this does not wait for NotFound above).
            CredentialJob *old = m_keychain.remove(legacy, this);
            connect(old, &CredentialJob::finished, this, [this](CredentialJob *old) {
                old->deleteLater();
                if (old->error() && *old->error() != KeychainError::NotFound) {
                    failKeychain(old);
                    return;
                }
                QList<SavedAccount> accounts = m_accounts;
                accounts.removeAt(indexOf(accounts, m_account.address));
                writeFile(accounts);
            });
            old->start();
            return;
        }
        QList<SavedAccount> accounts = m_accounts;
        accounts.removeAt(indexOf(accounts, m_account.address));
        writeFile(accounts);
    });
    job->start();
}

void AccountJob::writeFile(const QList<SavedAccount> &accounts)
{
    QString details;
    if (!AccountsFile::write(m_filePath, accounts, &details)) {
        if (m_operation == Operation::Save && !m_existed) {
            // A new account whose settings could not be saved: take its password back out of the keychain
            // rather than leave an entry nothing refers to (best effort; the error reported is the file's).
            CredentialJob *job = m_keychain.remove(AccountStore::credentialIdFor(m_account.address), this);
            connect(job, &CredentialJob::finished, this, [this, details](CredentialJob *job) {
                job->deleteLater();
                fail(AccountsError::FileWriteFailed, m_filePath + u": "_s + details);
            });
            job->start();
            return;
        }
        fail(AccountsError::FileWriteFailed, m_filePath + u": "_s + details);
        return;
    }
    succeed();
}

void AccountJob::fail(AccountsError error, const QString &details)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_details = details;
    m_login.reset();
    if (m_operation == Operation::ReplaceRefreshToken) {
        m_password.fill(u'\0');
        m_password.clear();
    }
    Q_EMIT finished(this);
}

void AccountJob::failKeychain(CredentialJob *job)
{
    m_keychainError = job->error();
    fail(AccountsError::Keychain, job->errorDetails());
}

void AccountJob::succeed()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_login.reset();
    Q_EMIT finished(this);
}

}  // namespace ipw
