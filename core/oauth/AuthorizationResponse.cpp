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

    // RFC 6749 §10.12 (CSRF): whatever a request says, it only counts when it carries the state we sent. One with
    // a missing or different state is not this sign-in's redirect (an old tab, another page, a forged request):
    // it is answered and ignored, and the sign-in goes on, so that a forged "access_denied" or a stray request
    // cannot end it either (issue 13, item 17). The sign-in ends on the first request with the right state.
    const QString state = value(u"state"_s);
    if (expectedState.isEmpty() || state != expectedState) {
        r.ignorable = true;
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
