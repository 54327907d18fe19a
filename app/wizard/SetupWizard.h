#pragma once

#include "AccountDraft.h"
#include "providers/ProviderDatabase.h"

#include <optional>

#include <QWizard>

namespace ipw {

/// The guided flow. Page IDs are an enum; branching lives in each page's nextId().
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    /// Page IDs; branching lives in each page's nextId().
    enum PageId {
        Start = 0,      ///< language; set up / update a saved account's password / manage saved accounts
        Provider,       ///< searchable provider list, or type the address
        Account,        ///< address, login name, (server settings when needed)
        Password,       ///< the provider's own name for the password; input checks
        Reissue,        ///< how to check or reissue it at the provider's portal; back to Password
        Test,           ///< live IMAP/SMTP progress; cancel
        Result,         ///< diagnosis and next step, or success: save, settings for other devices
        SavedAccounts,  ///< list, test again, update password, forget
    };

    explicit SetupWizard(QWidget *parent = nullptr);
    ~SetupWizard() override;

    AccountDraft &draft() { return m_draft; }
    const AccountDraft &draft() const { return m_draft; }

    /// The built-in providers plus $IPW_PROVIDERS_DIR (tests point a provider at the loopback fixtures with it).
    const ProviderDatabase &providers() const { return m_providers; }
    /// Why $IPW_PROVIDERS_DIR was not used (a broken file there), if it was not; the built-ins are used instead.
    const std::optional<ProviderFileError> &providersError() const { return m_providersError; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();
    void switchLanguage();

    AccountDraft m_draft;
    ProviderDatabase m_providers;
    std::optional<ProviderFileError> m_providersError;
};

}  // namespace ipw
