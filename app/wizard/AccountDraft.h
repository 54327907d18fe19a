#pragma once

#include "accounts/SavedAccount.h"
#include "oauth/OAuthTokens.h"
#include "providers/ProviderTypes.h"
#include "setup/DiscoveryRecord.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace ipw {

/// Everything the wizard has gathered so far about the account being set up or repaired. The wizard owns the one
/// draft; pages read it in initializePage() and write it back through SetupWizard::draft(). The password lives
/// here in memory only (never in QSettings, never logged) and is cleared when the wizard closes.
struct AccountDraft {
    enum class Goal { NewAccount, UpdatePassword, ManageSaved };

    Goal goal = Goal::NewAccount;
    QString providerId;  ///< empty: not chosen yet; the manual entry's id (Provider::manualServers): typed servers
    QString address;     ///< the mail address, as typed
    QString loginName;   ///< what the server wants as user name (pre-filled from the provider's rule)
    /// SMTP's own login where the provider's rule differs from IMAP's (iCloud: the full address); absent = loginName.
    std::optional<QString> smtpLoginName;
    ServerSettings imap;
    ServerSettings smtp;
    bool checkSmtp = true;          ///< the user may check IMAP alone
    bool serversConfirmed = false;  ///< the user confirmed uncertain server facts (au) or typed them (Other)
    bool allowPlaintext = false;    ///< explicitly allowed for these servers by the user (Security::None only)
    /// SHA-256 fingerprints the user chose to trust, per "host:port" (lower-case host).
    CertificatePins pinnedCertificates;
    QString password;  ///< in memory only
    /// Where discovery found the servers (the discovery page), or what the saved account remembers of it. Saved
    /// with the account only while the servers are still the ones found (profileOf: DiscoveryRecord::originFor).
    std::optional<DiscoveryRecord> discovered;

    /// Browser sign-in (OAuth 2.0) instead of a password: always for providers that take nothing else
    /// (Outlook.com), the user's choice where both work (Gmail). The Test page then checks with the access token
    /// (Credential::OAuthAccessToken) and the Result page saves the refresh token, never a password.
    bool browserSignIn = false;
    /// How the tokens were obtained (issuer, endpoints, client ID, scopes): what a saved account keeps to refresh.
    std::optional<SavedOAuth> oauth;
    /// The tokens of the last sign-in or refresh: in memory only, cleared when the wizard closes.
    OAuthTokens oauthTokens;

    bool lastCheckVerified = false;
};

}  // namespace ipw
