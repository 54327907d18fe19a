#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ipw {

/// The JSON a mail server sends (base64-encoded, as a SASL challenge) when it refuses an OAuth access token:
/// RFC 7628 §3.2.2 for OAUTHBEARER, and the same shape for Google's XOAUTH2. It carries no secret.
///
///     auto e = OAuthSaslError::fromChallenge("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=");
///     // e->status == "invalid_token"
///
/// Google sends e.g. {"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}; RFC 7628 servers
/// (Dovecot) {"status":"invalid_token","schemes":"bearer","scope":"…","openid-configuration":"…"}.
struct OAuthSaslError {
    QString status;               ///< "invalid_token", "insufficient_scope", "invalid_request", Google's "400"/"401"
    QString schemes;              ///< e.g. "bearer"
    QString scope;                ///< the scope(s) the server wants, space-separated
    QString openidConfiguration;  ///< "openid-configuration": the provider's discovery document URL
    QByteArray json;              ///< the object re-serialized on one line (for the transcript)

    /// Challenges larger than this (base64 text) are not decoded: the error is still an error, just unexplained.
    static constexpr qsizetype kMaxChallengeBytes = 16 * 1024;
    /// Each field is cut to this many characters; control characters are dropped.
    static constexpr qsizetype kMaxFieldChars = 256;

    /// The challenge as sent after "+ " (IMAP) or "334 " (SMTP): base64 of a JSON object. std::nullopt when it is
    /// empty, too large, not base64 or not a JSON object. Pure.
    static std::optional<OAuthSaslError> fromChallenge(QByteArrayView base64);
    /// The decoded JSON object.
    static std::optional<OAuthSaslError> fromJson(QByteArrayView json);
};

}  // namespace ipw
