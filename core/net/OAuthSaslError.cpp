#include "net/OAuthSaslError.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace ipw {
namespace {

// A value for the user and the JSON report: strings as they are, integers as digits (a server may send the
// status as a number), anything else ignored. Control characters are dropped so a hostile server cannot forge
// transcript lines or terminal escapes.
QString field(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        // Only whole numbers a status can be (HTTP-like codes): converting a larger double to an integer is
        // undefined behaviour (found by fuzz_oauth_challenge with {"status":4077…771}).
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 1e15 && d == std::trunc(d))
            text = QString::number(qint64(d));
    }
    QString clean;
    clean.reserve(qMin(text.size(), OAuthSaslError::kMaxFieldChars));
    for (const QChar c : std::as_const(text)) {
        if (clean.size() >= OAuthSaslError::kMaxFieldChars)
            break;
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format && !c.isSurrogate())
            clean.append(c);
    }
    return clean;
}

}  // namespace

std::optional<OAuthSaslError> OAuthSaslError::fromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    OAuthSaslError e;
    e.status = field(object, QLatin1String("status"));
    e.schemes = field(object, QLatin1String("schemes"));
    e.scope = field(object, QLatin1String("scope"));
    e.openidConfiguration = field(object, QLatin1String("openid-configuration"));
    e.json = document.toJson(QJsonDocument::Compact);
    return e;
}

std::optional<OAuthSaslError> OAuthSaslError::fromChallenge(QByteArrayView base64)
{
    const QByteArray text = base64.trimmed().toByteArray();
    if (text.isEmpty() || text.size() > kMaxChallengeBytes)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return fromJson(*decoded);
}

}  // namespace ipw
