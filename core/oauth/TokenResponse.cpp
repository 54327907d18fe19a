#include "oauth/TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ipw {

using namespace Qt::StringLiterals;

namespace {

// RFC 6749 §5.1 requires application/json; some older endpoints answer form-encoded (Qt accepts both, so do we).
std::optional<QVariantMap> fields(const QByteArray &contentType, const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject())
        return json.object().toVariantMap();
    const QByteArray type = contentType.toLower();
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("text/plain")) {
        QVariantMap map;
        const QUrlQuery query(QString::fromUtf8(body));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            map.insert(key, value);
        if (!map.isEmpty())
            return map;
    }
    return std::nullopt;
}

OAuthFailure failureOf(OAuthError error, int httpStatus, QString description = {})
{
    OAuthFailure f;
    f.error = error;
    f.httpStatus = httpStatus;
    f.description = std::move(description);
    return f;
}

}  // namespace

TokenResponse TokenResponse::parse(const Reply &reply, const QDateTime &nowUtc)
{
    TokenResponse result;
    if (reply.tooLarge) {
        result.failure = failureOf(OAuthError::InvalidTokenResponse, reply.httpStatus,
                                   u"the token endpoint's answer is larger than %1 KiB"_s.arg(kMaxBytes / 1024));
        return result;
    }
    // A redirect is never followed with the code or a refresh token in the body (no re-POST on 307/308): the
    // token endpoint is the provider's, and its answer is the tokens or an error.
    if (reply.httpStatus >= 300 && reply.httpStatus < 400) {
        result.failure =
            failureOf(OAuthError::InvalidTokenResponse, reply.httpStatus,
                      u"the token endpoint answered HTTP %1 (a redirect): not followed, nothing was sent on"_s.arg(
                          reply.httpStatus));
        return result;
    }
    const std::optional<QVariantMap> map = fields(reply.contentType, reply.body);

    // A 5xx is the provider's trouble, whatever its body says ({"error":"server_error"}, "temporarily_unavailable"):
    // the user's remedy is to try later, not to sign in again. The error value is kept for the support report.
    if (reply.httpStatus >= 500) {
        result.failure =
            failureOf(OAuthError::TokenEndpointUnreachable, reply.httpStatus, u"HTTP %1"_s.arg(reply.httpStatus));
        if (map)
            result.failure->oauthError = map->value(u"error"_s).toString();
        return result;
    }
    // An OAuth error body wins over any other status (RFC 6749 §5.2 says 400, some send 401 or even 200).
    if (map && map->contains(u"error"_s)) {
        OAuthFailure f =
            failureOf(OAuthError::TokenRejected, reply.httpStatus, map->value(u"error_description"_s).toString());
        f.oauthError = map->value(u"error"_s).toString();
        result.failure = f;
        return result;
    }
    if (reply.httpStatus == 0) {  // no HTTP answer: DNS, refused, TLS, timeout
        OAuthFailure f = failureOf(OAuthError::TokenEndpointUnreachable, 0, reply.networkErrorText);
        f.networkError =
            reply.networkError == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : reply.networkError;
        result.failure = f;
        return result;
    }
    if (reply.httpStatus >= 300) {
        result.failure = failureOf(OAuthError::TokenRejected, reply.httpStatus, u"HTTP %1"_s.arg(reply.httpStatus));
        return result;
    }
    if (!map) {
        result.failure = failureOf(OAuthError::InvalidTokenResponse, reply.httpStatus,
                                   u"the token endpoint's answer is not a JSON object"_s);
        return result;
    }
    const QString accessToken = map->value(u"access_token"_s).toString();
    if (accessToken.isEmpty()) {
        result.failure =
            failureOf(OAuthError::InvalidTokenResponse, reply.httpStatus, u"the answer has no access_token"_s);
        return result;
    }
    result.values = *map;
    result.tokens.accessToken = accessToken;
    result.tokens.refreshToken = map->value(u"refresh_token"_s).toString();
    result.tokens.scope = map->value(u"scope"_s).toString();
    result.tokens.tokenType = map->value(u"token_type"_s).toString();
    // expires_in is a number (RFC 6749 §5.1); some endpoints send it as a string.
    bool ok = false;
    const qint64 expiresIn = map->value(u"expires_in"_s).toLongLong(&ok);
    if (ok && expiresIn > 0)
        result.tokens.expiresAt = nowUtc.toUTC().addSecs(expiresIn);
    return result;
}

}  // namespace ipw
