#pragma once
// The non-secret part of a saved account: what the accounts file holds. The password is in the keychain only.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ipw {

/// One server as it was verified. `security` is "tls" (implicit TLS), "starttls" or "none" until core/net's
/// ipw::Security is merged (then this becomes ipw::ServerEndpoint; the file format keeps these strings).
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

struct SavedAccount {
    QString address;     ///< the e-mail address: names the account (compared case-insensitively)
    QString providerId;  ///< the provider database's id, empty when none matched
    QString loginName;
    SavedServer imap;
    std::optional<SavedServer> smtp;
    QList<PinnedCertificate> pinnedCertificates;
    QDateTime lastVerified;  ///< UTC

    /// "alice@example.com" and " Alice@Example.COM" name the same account.
    static QString normalizedAddress(const QString &address);
    bool isValid() const;
    QJsonObject toJson() const;
    /// std::nullopt with the reason in *why when a field is missing or has the wrong type.
    static std::optional<SavedAccount> fromJson(const QJsonObject &json, QString *why);
    friend bool operator==(const SavedAccount &, const SavedAccount &) = default;
};

}  // namespace ipw
