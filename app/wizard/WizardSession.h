#pragma once

#include "net/CheckResult.h"
#include "net/CheckSettings.h"
#include "providers/ProviderDatabase.h"
#include "setup/LockoutGuard.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ipw {

class AccountStore;
class CredentialStore;

/// What the wizard's pages share besides the account draft: the provider database, the keychain and the saved
/// accounts, the certificates trusted on top of the system's, and the outcome of the last connection check.
/// SetupWizard owns one; pages reach it through SetupWizard::session().
class WizardSession {
public:
    struct Options {
        /// CAs trusted in addition to the system's, e.g. a company CA (and the test CA in tests).
        QList<QSslCertificate> extraCaCertificates;
        std::chrono::milliseconds stepTimeout{std::chrono::seconds(20)};
        /// Opens a web page (status page, portal). Default: the desktop's browser. Tests capture the URL instead.
        std::function<void(const QUrl &)> openUrl;
        /// The saved-accounts file; empty: AccountStore::defaultFilePath().
        QString accountsFile;
    };

    /// The environment variable naming a PEM file of extra CA certificates (one or more), for administrators whose
    /// mail server has a certificate from a company CA, and for tests.
    static constexpr const char *extraCaVariable = "IPW_EXTRA_CA_FILE";

    /// Options from the environment: IPW_EXTRA_CA_FILE. An unreadable or empty file is reported in *problem (and
    /// ignored: nothing is trusted that the user did not give).
    static Options optionsFromEnvironment(QString *problem = nullptr);

    explicit WizardSession(Options options);
    ~WizardSession();
    WizardSession(const WizardSession &) = delete;
    WizardSession &operator=(const WizardSession &) = delete;

    const Options &options() const { return m_options; }
    /// Built-in providers plus $IPW_PROVIDERS_DIR; when that folder has a broken file, the built-ins alone and the
    /// error in providersError() (untranslated details). The folder is the one named when the wizard started; the
    /// files are read on first use, once: the first page needs neither (issue 17, start-up).
    const ProviderDatabase &providers() const;
    const std::optional<ProviderFileError> &providersError() const;
    CredentialStore &keychain() { return *m_keychain; }
    AccountStore &accounts() { return *m_accounts; }
    void openUrl(const QUrl &url) const;

    /// The last connection check: its settings (without the password) and result. Reset when a new check starts.
    std::optional<CheckSettings> lastSettings;
    std::optional<CheckResult> lastResult;
    /// Rejected passwords in this wizard run, per login name and IMAP host, and the user's "try once more": the
    /// Test page asks it before each check and reports each result; the Result page shows it.
    LockoutGuard &lockout() { return m_lockout; }
    const LockoutGuard &lockout() const { return m_lockout; }

private:
    void loadProviders() const;

    Options m_options;
    QString m_providersFolder;  // $IPW_PROVIDERS_DIR as it was when the wizard started
    mutable std::optional<ProviderDatabase> m_providers;
    mutable std::optional<ProviderFileError> m_providersError;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    LockoutGuard m_lockout;
};

}  // namespace ipw
