#pragma once
// The settings another device needs to read this account's mail: what every export writes (Apple profile,
// clientConfig, the printed sheet). No secret, ever: the device asks for the password itself.

#include "types/ServerAddress.h"

#include <QString>

#include <optional>

namespace ipw {

struct AccountProfile;
class ProviderDatabase;

/// One account as another device sets it up.
///
///     HandoffSettings settings = HandoffSettings::fromProfile(profile, &providers);
///     settings.imap.security;          // ImplicitTls where the provider offers it for that host
///     settings.smtpLogin;              // == imapLogin unless the account logs in to SMTP differently
struct HandoffSettings {
    QString address;
    QString providerId;  ///< empty: servers typed by hand
    QString imapLogin;
    QString smtpLogin;  ///< the SMTP login name, a field of its own (defaults to the IMAP login)
    ServerAddress imap;
    std::optional<ServerAddress> smtp;  ///< absent: the account has no SMTP server
    bool browserSignIn = false;         ///< OAuth2: the device should sign in with the browser, not a password

    bool hasImap() const { return imap.isComplete(); }
    /// The two logins are the same (the device may then use one password for both).
    bool sameLogins() const { return imapLogin == smtpLogin; }

    /// The profile's settings. With `providers`, a STARTTLS or plaintext server is replaced by the implicit-TLS
    /// server the provider lists for the same host (RFC 8314 §3: prefer implicit TLS); the login names carry over.
    static HandoffSettings fromProfile(const AccountProfile &profile, const ProviderDatabase *providers = nullptr);

    friend bool operator==(const HandoffSettings &, const HandoffSettings &) = default;
};

}  // namespace ipw
