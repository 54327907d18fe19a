#pragma once
// The non-secret part of a saved account: what the accounts file holds. The password is in the keychain only.

#include "types/CertificatePins.h"
#include "types/DiscoverySource.h"
#include "types/ServerAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw {

/// How an OAuth 2.0 account refreshes its access token. The refresh token itself is the account's keychain secret.
/// The client ID is kept because a refresh token only works with the client it was issued to.
struct SavedOAuth {
    QString issuer;        ///< the client registration's key (OAuthClients.h), e.g. "login.microsoftonline.com"
    QString authorizeUrl;  ///< for signing in again
    QString tokenUrl;
    QString clientId;
    QStringList scopes;
    QString redirectHost;  ///< "127.0.0.1" or "localhost"
    QJsonObject toJson() const;
    static std::optional<SavedOAuth> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const SavedOAuth &, const SavedOAuth &) = default;
};

/// Where discovery found an account's servers (docs/autodetect.md), so that checking it again needs no search and
/// the wizard can say where they came from. In the file and in `--list-saved --json`:
/// {"source": "srv", "detail": "_imaps._tcp.example.com → imap.example.com:993", "foundAt": "2026-12-03T09:15:00Z"}.
struct SavedDiscovery {
    DiscoverySource source = DiscoverySource::Srv;
    QString detail;     ///< the URL or the DNS record the settings came from
    QDateTime foundAt;  ///< UTC
    QJsonObject toJson() const;
    /// std::nullopt with the reason in *why for a wrong type or time; *unknownSource (no reason) for a source
    /// spelling this version does not know (written by a newer one: the record is left out, the account loads).
    static std::optional<SavedDiscovery> fromJson(const QJsonObject &json, QString *why, bool *unknownSource);
    friend bool operator==(const SavedDiscovery &, const SavedDiscovery &) = default;
};

struct SavedAccount {
    QString address;     ///< the e-mail address: names the account (compared case-insensitively)
    QString providerId;  ///< the provider database's id, empty when none matched
    QString loginName;   ///< the IMAP login
    /// The SMTP login where it differs from the IMAP one (iCloud: the full address for SMTP, the name before the @
    /// for IMAP). Absent in the file = the same as `loginName` (files written before it read unchanged).
    std::optional<QString> smtpLogin;
    ServerAddress imap;
    std::optional<ServerAddress> smtp;  ///< absent: saved without SMTP (IMAP was checked alone)
    /// Certificates the user accepted, each for one host:port. In the file: a list of {host, port, sha256}.
    CertificatePins pinnedCertificates;
    QDateTime lastVerified;  ///< UTC
    /// Set for an account that signs in with OAuth 2.0: its keychain secret is then the refresh token, not a
    /// password. Absent in the file = a password account (files written before OAuth support read unchanged).
    std::optional<SavedOAuth> oauth;
    /// Where discovery found the servers. Absent for servers from the provider list or typed by hand, and in files
    /// written before it (they read unchanged).
    std::optional<SavedDiscovery> discovery;

    /// The one canonical form of an address, the key of its keychain entry and of its accounts-file entry
    /// (docs/keychain.md): surrounding spaces removed, Unicode NFC, lower case, the domain as its IDNA A-label
    /// without a trailing dot. "Tarō@Bücher.Example" (ō precomposed or o + U+0304) → "tarō@xn--bcher-kva.example".
    /// std::nullopt when the address has no such form (no '@', an empty part, spaces or control characters, a
    /// domain that is not a host name).
    static std::optional<QString> canonicalAddress(QStringView address);
    /// canonicalAddress(), or for an address without one the legacy form: what addresses are compared in.
    /// "alice@example.com" and " Alice@Example.COM" name the same account.
    static QString normalizedAddress(const QString &address);
    /// The name SMTP logs in with: smtpLogin, or the IMAP login when it has none.
    QString smtpLoginName() const { return smtpLogin.value_or(loginName); }
    /// The key form before issue 13 (trimmed, lower case): entries saved under it are found and moved.
    static QString legacyNormalizedAddress(const QString &address);
    bool isValid() const;
    QJsonObject toJson() const;
    /// std::nullopt with the reason in *why when a field is missing or has the wrong type.
    static std::optional<SavedAccount> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const SavedAccount &, const SavedAccount &) = default;
};

}  // namespace ipw
