#include "keychain/QtKeychainCredentialStore.h"

#include <QPointer>

namespace ipw {
namespace {

class QtKeychainCredentialJob final : public CredentialJob {
public:
    QtKeychainCredentialJob(Operation operation, const CredentialId &id, const QString &secret, QObject *parent)
        : CredentialJob(operation, id, parent)
        , m_secret(secret)
    {
    }

    ~QtKeychainCredentialJob() override { m_secret.fill(u'\0'); }

    void start() override
    {
        QKeychain::Job *job = nullptr;
        switch (operation()) {
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(id().service, this);
            write->setTextData(m_secret);
            m_secret.fill(u'\0');
            m_secret.clear();
            job = write;
            break;
        }
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(id().service, this);
            break;
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(id().service, this);
            break;
        }
        job->setKey(id().key);
        job->setAutoDelete(false);
        // Never a plaintext QSettings file when there is no keychain: failing clearly is the right outcome.
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, &QtKeychainCredentialJob::onFinished);
        job->start();  // queued by qtkeychain: we return to the event loop first
    }

private:
    void onFinished(QKeychain::Job *job)
    {
        job->deleteLater();
        const QKeychain::Error code = job->error();
        if (code == QKeychain::NoError) {
            if (operation() == Operation::Read) {
                finishWithSecret(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            } else {
                finishWithSuccess();
            }
            return;
        }
        // Ask the session bus what state the Secret Service is in, then classify (see SecretServiceProbe.h).
        const QString details = job->errorString();
        auto *probe = new SecretServiceProbe(this);
        connect(probe, &SecretServiceProbe::finished, this, [this, probe, code, details](SecretServiceState state) {
            probe->deleteLater();
            finishWithError(QtKeychainCredentialStore::classify(operation(), code, state), details);
        });
        probe->start();
    }

    QString m_secret;
};

}  // namespace

CredentialJob *QtKeychainCredentialStore::write(const CredentialId &id, const QString &secret, QObject *parent)
{
    return new QtKeychainCredentialJob(CredentialJob::Operation::Write, id, secret, parent);
}

CredentialJob *QtKeychainCredentialStore::read(const CredentialId &id, QObject *parent)
{
    return new QtKeychainCredentialJob(CredentialJob::Operation::Read, id, QString(), parent);
}

CredentialJob *QtKeychainCredentialStore::remove(const CredentialId &id, QObject *parent)
{
    return new QtKeychainCredentialJob(CredentialJob::Operation::Remove, id, QString(), parent);
}

KeychainError QtKeychainCredentialStore::classify(CredentialJob::Operation operation, QKeychain::Error code,
                                                  SecretServiceState state)
{
    Q_UNUSED(operation);
    // What the bus says about reachability wins over qtkeychain's code: libsecret turns "no bus" and "nobody owns
    // org.freedesktop.secrets" into OtherError, and a locked collection into AccessDenied (writes) or a plain
    // "not found" (reads: the unlock prompt cannot be shown, so the lookup finds nothing).
    switch (state) {
    case SecretServiceState::NoBus:
        return KeychainError::NoDbus;
    case SecretServiceState::NotRunning:
        return code == QKeychain::EntryNotFound ? KeychainError::NotFound : KeychainError::NoBackend;
    case SecretServiceState::Locked:
        return KeychainError::Locked;
    case SecretServiceState::Unlocked:
    case SecretServiceState::Unknown:
        break;
    }
    switch (code) {
    case QKeychain::EntryNotFound:
        return KeychainError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainError::NoBackend;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainError::Other;
}

}  // namespace ipw
