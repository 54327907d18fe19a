#include "keychain/CredentialStore.h"

namespace ipw {

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
