#include "oauth/AuthorizationResponse.h"

#include <QUrl>

namespace ipw {

using namespace Qt::StringLiterals;

QString AuthorizationResponse::decodeValue(const QString &prettyDecoded)
{
    QByteArray bytes = prettyDecoded.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

AuthorizationResponse AuthorizationResponse::check(const QVariantMap &values, const QString &expectedState)
{
    AuthorizationResponse r;
    const auto value = [&](const QString &key) { return decodeValue(values.value(key).toString()); };
    const bool hasState = values.contains(u"state"_s);
    const bool hasCode = values.contains(u"code"_s);
    const bool hasError = values.contains(u"error"_s);
    if (!hasState && !hasCode && !hasError) {
        r.ignorable = true;  // e.g. the browser asking for /favicon.ico: not the redirect
        return r;
    }

    // RFC 6749 §10.12 (CSRF): whatever the redirect says, it only counts when it carries the state we sent. A
    // missing or different state is a mismatch even for error= answers, so that a forged "access_denied" cannot
    // end a sign-in either.
    const QString state = value(u"state"_s);
    if (expectedState.isEmpty() || state != expectedState) {
        OAuthFailure f;
        f.error = OAuthError::StateMismatch;
        f.description =
            hasState ? u"the redirect's state is not the one this sign-in sent"_s : u"the redirect has no state"_s;
        r.failure = f;
        return r;
    }
    if (hasError) {
        OAuthFailure f;
        f.oauthError = value(u"error"_s);
        f.description = value(u"error_description"_s);
        f.error = f.oauthError == u"access_denied" ? OAuthError::ConsentDenied : OAuthError::AuthorizationFailed;
        r.failure = f;
        return r;
    }
    r.code = value(u"code"_s);
    if (r.code.isEmpty()) {
        OAuthFailure f;
        f.error = OAuthError::MissingCode;
        f.description = u"the redirect has neither a code nor an error"_s;
        r.failure = f;
    }
    return r;
}

}  // namespace ipw
