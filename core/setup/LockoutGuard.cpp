#include "setup/LockoutGuard.h"

#include "setup/CheckOutcome.h"

namespace ipw {

void LockoutGuard::setAccount(const QString &loginName, const QString &imapHost)
{
    const QString key = loginName.trimmed().toLower() + QLatin1Char('@') + imapHost.trimmed().toLower();
    if (key == m_key)
        return;
    m_key = key;
    m_rejected = 0;
    m_confirmedAt = -1;
}

bool LockoutGuard::needsConfirmation() const
{
    return m_rejected >= askAfterRejections && m_confirmedAt != m_rejected;
}

void LockoutGuard::confirm()
{
    m_confirmedAt = m_rejected;
}

void LockoutGuard::recordResult(const CheckResult &result, Credential credential)
{
    if (credential == Credential::Password && loginWasRejected(result))
        ++m_rejected;
}

}  // namespace ipw
