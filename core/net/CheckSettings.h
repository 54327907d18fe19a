#pragma once

#include "types/CertificatePins.h"
#include "types/ServerAddress.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace ipw {

/// What the secret handed to the tester (ConnectionCheck's second argument) is.
enum class Credential {
    Password,          ///< AUTHENTICATE PLAIN / LOGIN (IMAP), AUTH PLAIN / LOGIN (SMTP)
    OAuthAccessToken,  ///< an OAuth 2.0 bearer token: SASL OAUTHBEARER (RFC 7628) or XOAUTH2, never PLAIN/LOGIN
};

/// Which SASL mechanism carries an OAuth access token.
enum class OAuthMechanism {
    Automatic,    ///< OAUTHBEARER when the server offers it, else XOAUTH2; auth-method-unsupported with neither
    OAuthBearer,  ///< RFC 7628 only (auth-method-unsupported when not offered)
    XOAuth2,      ///< Google's XOAUTH2 only (auth-method-unsupported when not offered)
};

/// Deviations from the default TLS configuration that a particular server needs. The caller sets them only for the
/// hosts the provider database names (docomo's imap/smtp.spmode.ne.jp need legacy renegotiation with OpenSSL 3,
/// see resources/providers/docomo.json and its source); nothing in core/net turns them on by itself.
struct TlsQuirks {
    /// Clears QSsl::SslOptionDisableLegacyRenegotiation, so servers without RFC 5746 secure renegotiation connect.
    bool allowLegacyRenegotiation = false;
};

/// One server to check: its address and the TLS exceptions its host needs.
///
///     ServerEndpoint imap{{u"imap.example.com"_s, 993, Security::ImplicitTls}, {}};
struct ServerEndpoint : ServerAddress {
    TlsQuirks quirks;
};

/// Everything the tester needs besides the password (which is handed over separately and never stored here).
struct CheckSettings {
    std::optional<ServerEndpoint> imap;
    std::optional<ServerEndpoint> smtp;
    QString loginName;  ///< the IMAP login, and SMTP's unless smtpLoginName is set
    /// SMTP's own login where the provider wants another one (iCloud: the full address); absent = loginName.
    std::optional<QString> smtpLoginName;
    /// Trusted in addition to the system's CAs (e.g. a company CA).
    QList<QSslCertificate> extraCaCertificates;
    /// Certificates the user trusts, each for one host:port (ServerAddress::key()). Only the exact certificate is
    /// accepted; nothing else is relaxed.
    CertificatePins pinnedCertificates;
    /// Each step (connect, TLS handshake, one command and its reply) must finish within this time.
    std::chrono::milliseconds stepTimeout{std::chrono::seconds(20)};
    /// Only with Security::None: allows sending credentials without TLS (never when the server says LOGINDISABLED).
    bool allowPlaintext = false;
    /// What the secret is. With OAuthAccessToken the server's JSON error status ends up in
    /// ProtocolResult::oauthStatus and the diagnosis is oauth-token-rejected.
    Credential credential = Credential::Password;
    OAuthMechanism oauthMechanism = OAuthMechanism::Automatic;
    /// The provider takes browser sign-in only (its database entry lists no password method; Outlook.com since
    /// 2025): a password it refuses without naming a reason is oauth-required, not wrong-credentials. Exchange
    /// Online answers a password with a bare "NO AUTHENTICATE failed." (php-imap#726). Set by core/setup from the
    /// provider's auth fact; core/net never looks at host names for this.
    bool passwordsRetired = false;
};

}  // namespace ipw
