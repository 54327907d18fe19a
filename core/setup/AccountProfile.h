#pragma once
// The account both front ends set up and check: the one place where a provider's servers, what the user typed, a
// saved account and the tester's settings become each other. The wizard's draft holds one; the CLI builds one from
// its options or from a saved account.

#include "accounts/SavedAccount.h"
#include "net/CheckSettings.h"
#include "types/CertificatePins.h"
#include "types/ServerAddress.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace ipw {

class ProviderDatabase;

/// Who the account is, how it logs in and where. No secret: the password (or token) travels beside it, from the
/// field to ConnectionCheck and, once verified, to the keychain (VerifiedLogin).
///
///     AccountProfile profile = AccountProfile::fromSaved(saved);
///     ConnectionCheck check(profile.checkSettings(providers), Secret::fromString(password));
///     …
///     SavedAccount again = profile.toSaved();   // == saved, but for lastVerified
struct AccountProfile {
    enum class Auth {
        Password,  ///< a password (the account's, an app password or one the provider issued)
        OAuth2,    ///< browser sign-in: the check logs in with an access token, the keychain keeps the refresh token
    };

    QString address;     ///< the mail address, as typed (names the saved account, compared case-insensitively)
    QString providerId;  ///< the provider database's id; empty when no provider matched (servers typed by hand)
    QString loginName;   ///< the IMAP login
    std::optional<QString> smtpLoginName;  ///< SMTP's own login where it differs (iCloud); absent = loginName
    ServerAddress imap;
    std::optional<ServerAddress> smtp;  ///< absent: SMTP is neither checked nor saved
    Auth auth = Auth::Password;
    std::optional<SavedOAuth> oauth;     ///< with Auth::OAuth2: how the sign-in is refreshed (no secret)
    CertificatePins pinnedCertificates;  ///< certificates the user trusts, each for one host:port
    bool allowPlaintext = false;         ///< the user allowed credentials without TLS (Security::None servers)
    /// Where discovery found the servers (kept in the saved account; DiscoveryRecord says when it still holds).
    std::optional<SavedDiscovery> discovery;

    /// The name SMTP logs in with.
    QString smtpLogin() const { return smtpLoginName.value_or(loginName); }

    /// The tester's settings: each server with the TLS quirks the provider database records for its host (also for
    /// a host typed by hand: nowhere else is TLS relaxed), the pins, plaintext only where allowed, a token
    /// credential for Auth::OAuth2. Hosts are trimmed.
    CheckSettings checkSettings(const ProviderDatabase &providers,
                                const QList<QSslCertificate> &extraCaCertificates = {}) const;
    /// What the accounts file keeps (lastVerified left unset: VerifiedLogin sets it).
    SavedAccount toSaved() const;
    /// A saved account to check again. Plaintext counts as allowed where the account was saved with security
    /// "none" (the user allowed it then); the CLI still requires --allow-plaintext on top.
    /// allowPlaintext is always false: a saved "none" server is no consent (issue 13). Ask the user in this run
    /// when needsPlaintext().
    static AccountProfile fromSaved(const SavedAccount &account);
    /// A server without TLS (Security::None) is among the servers: the password would go in clear.
    bool needsPlaintext() const;

    friend bool operator==(const AccountProfile &, const AccountProfile &) = default;
};

/// A server as an endpoint to check, with the TLS quirks the provider database records for its host.
ServerEndpoint endpointFor(const ServerAddress &server, const ProviderDatabase &providers);

}  // namespace ipw
