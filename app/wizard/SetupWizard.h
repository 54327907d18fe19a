#pragma once

#include "AccountDraft.h"
#include "common/HelpTopic.h"
#include "providers/ProviderDatabase.h"

#include <optional>

#include <QWizard>

#include <memory>

namespace ipw {

class WizardSession;

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
        SignIn,         ///< browser sign-in (OAuth 2.0): Outlook.com instead of Password; Gmail by choice
        AnotherDevice,  ///< "Set up another device": iPhone profile, QR code, PDF sheet, Thunderbird file
        SendToPhone,    ///< the profile over the local network to the iPhone, with a QR code
        Discover,       ///< "Other" or an unknown address: look the settings up (core/discovery), edit, confirm
    };

    explicit SetupWizard(QWidget *parent = nullptr);
    ~SetupWizard() override;

    AccountDraft &draft() { return m_draft; }
    const AccountDraft &draft() const { return m_draft; }
    /// Providers, keychain, saved accounts, extra CAs, the last check's result (see WizardSession.h).
    WizardSession &session() { return *m_session; }

    /// Shows `page` from wherever the flow is: back through the history when it was visited (Test excepted: it is
    /// always entered forwards, so that going to it runs a new check), else forwards as if the current page's
    /// nextId() had chosen it. Leaving Result for an earlier step first unwinds Test and Result, so the flow
    /// can pass through them again (QWizard refuses to enter a page twice). The pages after Result (another device)
    /// are entered forwards from where the flow is, so Back returns to the result.
    void goToPage(PageId page);
    int nextId() const override;
    /// The help topic that fits a page (the Help button opens it; the window's list switches to the others).
    static HelpTopic helpTopicFor(int pageId);

    /// The built-in providers plus $IPW_PROVIDERS_DIR (tests point a provider at the loopback fixtures with it).
    const ProviderDatabase &providers() const;
    /// Why $IPW_PROVIDERS_DIR was not used (a broken file there), if it was not; the built-ins are used instead.
    const std::optional<ProviderFileError> &providersError() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();
    void showHelp();
    void switchLanguage();

    AccountDraft m_draft;
    std::unique_ptr<WizardSession> m_session;
    mutable int m_forcedNextId = -1;  // goToPage(): the answer of the next nextId() call, once
};

}  // namespace ipw
