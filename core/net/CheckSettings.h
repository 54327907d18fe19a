#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace ipw {

/// How a connection is secured. There is no "try TLS, fall back to plaintext": StartTls that the server does not
/// offer ends the check with starttls-unavailable.
enum class Security {
    ImplicitTls,  ///< TLS from the first byte (IMAP 993, SMTP 465)
    StartTls,     ///< plaintext greeting, then STARTTLS before anything else (IMAP 143, SMTP 587)
    None,         ///< plaintext; credentials are only sent when CheckSettings::allowPlaintext is set
};

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

/// One server to check.
///
///     ServerEndpoint imap{u"imap.example.com"_s, 993, Security::ImplicitTls};
struct ServerEndpoint {
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    TlsQuirks quirks;

    /// "host:port" with the host lower-cased: the key of CheckSettings::pinnedCertificates.
    QString key() const;
    /// The usual port for IMAP (993/143) or SMTP submission (465/587) with this security.
    static quint16 defaultImapPort(Security security);
    static quint16 defaultSmtpPort(Security security);
};

/// Everything the tester needs besides the password (which is handed over separately and never stored here).
struct CheckSettings {
    std::optional<ServerEndpoint> imap;
    std::optional<ServerEndpoint> smtp;
    QString loginName;
    /// Trusted in addition to the system's CAs (e.g. a company CA).
    QList<QSslCertificate> extraCaCertificates;
    /// SHA-256 fingerprints (lower-case hex, no colons) of certificates the user trusts for one "host:port"
    /// (ServerEndpoint::key()). Only the exact certificate is accepted; nothing else is relaxed.
    QHash<QString, QSet<QByteArray>> pinnedCertificates;
    /// Each step (connect, TLS handshake, one command and its reply) must finish within this time.
    std::chrono::milliseconds stepTimeout{std::chrono::seconds(20)};
    /// Only with Security::None: allows sending credentials without TLS (never when the server says LOGINDISABLED).
    bool allowPlaintext = false;
    /// What the secret is. With OAuthAccessToken the server's JSON error status ends up in
    /// ProtocolResult::oauthStatus and the diagnosis is oauth-token-rejected.
    Credential credential = Credential::Password;
    OAuthMechanism oauthMechanism = OAuthMechanism::Automatic;
};

/// "AB:cd:..." or "abcd..." → 64 lower-case hex characters; std::nullopt if it is not a SHA-256 fingerprint.
std::optional<QByteArray> normalizeSha256Fingerprint(QStringView text);

}  // namespace ipw
