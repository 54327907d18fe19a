#include "WizardSession.h"

#include "accounts/AccountStore.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "providers/ProviderFileError.h"

#include <QDesktopServices>
#include <QFile>

namespace ipw {

WizardSession::Options WizardSession::optionsFromEnvironment(QString *problem)
{
    Options options;
    const QString caFile = qEnvironmentVariable(extraCaVariable);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (problem)
                *problem = QStringLiteral("%1: cannot read %2").arg(QLatin1String(extraCaVariable), caFile);
        } else {
            options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (options.extraCaCertificates.isEmpty() && problem)
                *problem = QStringLiteral("%1: no PEM certificate in %2").arg(QLatin1String(extraCaVariable), caFile);
        }
    }
    return options;
}

WizardSession::WizardSession(Options options)
    : m_options(std::move(options))
    , m_providersFolder(qEnvironmentVariable(ProviderDatabase::environmentVariable))  // named now, read on first use
    , m_keychain(std::make_unique<QtKeychainCredentialStore>())
{
    m_accounts = m_options.accountsFile.isEmpty() ? std::make_unique<AccountStore>(*m_keychain)
                                                  : std::make_unique<AccountStore>(*m_keychain, m_options.accountsFile);
}

WizardSession::~WizardSession() = default;

void WizardSession::loadProviders() const
{
    if (m_providers)
        return;
    ProviderFileError error;
    if (auto loaded = ProviderDatabase::load({true, m_providersFolder, false}, &error)) {
        m_providers = std::move(*loaded);
        return;
    }
    // The built-in files are read again only when $IPW_PROVIDERS_DIR broke the first reading.
    m_providersError = error;
    m_providers = ProviderDatabase::builtIn();
}

const ProviderDatabase &WizardSession::providers() const
{
    loadProviders();
    return *m_providers;
}

const std::optional<ProviderFileError> &WizardSession::providersError() const
{
    loadProviders();
    return m_providersError;
}

void WizardSession::openUrl(const QUrl &url) const
{
    if (!url.isValid() || url.isEmpty())
        return;
    if (m_options.openUrl)
        m_options.openUrl(url);
    else
        QDesktopServices::openUrl(url);
}

}  // namespace ipw
