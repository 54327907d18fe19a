#pragma once

#include "oauth/OAuthError.h"
#include "oauth/OAuthTokens.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QVariantMap>

#include <optional>

namespace ipw {

/// What a token endpoint answered (RFC 6749 §5.1 success, §5.2 error), read from the HTTP status, the content type
/// and the body: a pure function, tested without a socket.
///
///     const TokenResponse r = TokenResponse::parse({400, QNetworkReply::ProtocolInvalidOperationError, …,
///                                                   "application/json", R"({"error":"invalid_grant"})"});
///     r.failure->error;       // OAuthError::TokenRejected
///     r.failure->oauthError;  // "invalid_grant"
///
/// A failure's description is the endpoint's error_description or the network error text; never the body itself
/// (a malformed success body may still hold a token).
struct TokenResponse {
    struct Reply {
        int httpStatus = 0;  ///< 0: no HTTP answer at all
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        QByteArray contentType;
        QByteArray body;
        bool tooLarge = false;  ///< the answer passed kMaxBytes and was cut off unread
    };
    /// A token endpoint's answer is a few hundred bytes; more than this is refused (issue 13, item 17).
    static constexpr qint64 kMaxBytes = 64 * 1024;

    std::optional<OAuthFailure> failure;
    OAuthTokens tokens;  ///< on success
    QVariantMap values;  ///< on success: every field of the answer, for QAbstractOAuthReplyHandler::tokensReceived

    static TokenResponse parse(const Reply &reply, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

}  // namespace ipw
