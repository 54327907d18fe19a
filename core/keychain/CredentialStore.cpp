#include "keychain/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace ipw {

QString keychainErrorName(KeychainError error)
{
    switch (error) {
    case KeychainError::NoBackend:
        return u"no-backend"_s;
    case KeychainError::Locked:
        return u"locked"_s;
    case KeychainError::AccessDenied:
        return u"access-denied"_s;
    case KeychainError::NotFound:
        return u"not-found"_s;
    case KeychainError::NoDbus:
        return u"no-dbus"_s;
    case KeychainError::Other:
        break;
    }
    return u"other"_s;
}

CredentialJob::CredentialJob(Operation operation, CredentialId id, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_id(std::move(id))
{
}

void CredentialJob::finishWithSecret(const QString &secret)
{
    m_secret = secret;
    finish();
}

void CredentialJob::finishWithSuccess()
{
    finish();
}

void CredentialJob::finishWithError(KeychainError error, const QString &details)
{
    m_error = error;
    m_errorDetails = details;
    finish();
}

void CredentialJob::finish()
{
    if (m_finished) {
        return;  // exactly one finished()
    }
    m_finished = true;
    Q_EMIT finished(this);
}

}  // namespace ipw
