#pragma once
// The non-secret part of a saved account: what the accounts file holds. The password is in the keychain only.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw {

/// One server as it was verified. `security` is the accounts file's string: "tls" (implicit TLS), "starttls" or
/// "none".
struct SavedServer {
    QString host;
    quint16 port = 0;
    QString security;

    static bool isKnownSecurity(const QString &security);
    bool isValid() const { return !host.isEmpty() && port != 0 && isKnownSecurity(security); }
    QJsonObject toJson() const;
    static std::optional<SavedServer> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const SavedServer &, const SavedServer &) = default;
};

/// A certificate the user accepted for host:port, by the SHA-256 of its DER encoding (lower-case hex).
struct PinnedCertificate {
    QString host;
    quint16 port = 0;
    QString sha256;

    QJsonObject toJson() const;
    static std::optional<PinnedCertificate> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const PinnedCertificate &, const PinnedCertificate &) = default;
};

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

struct SavedAccount {
    QString address;     ///< the e-mail address: names the account (compared case-insensitively)
    QString providerId;  ///< the provider database's id, empty when none matched
    QString loginName;
    SavedServer imap;
    std::optional<SavedServer> smtp;
    QList<PinnedCertificate> pinnedCertificates;
    QDateTime lastVerified;  ///< UTC
    /// Set for an account that signs in with OAuth 2.0: its keychain secret is then the refresh token, not a
    /// password. Absent in the file = a password account (files written before OAuth support read unchanged).
    std::optional<SavedOAuth> oauth;

    /// "alice@example.com" and " Alice@Example.COM" name the same account.
    static QString normalizedAddress(const QString &address);
    bool isValid() const;
    QJsonObject toJson() const;
    /// std::nullopt with the reason in *why when a field is missing or has the wrong type.
    static std::optional<SavedAccount> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const SavedAccount &, const SavedAccount &) = default;
};

}  // namespace ipw
