#pragma once

#include "oauth/OAuthError.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace ipw {

/// The browser's redirect to the loopback listener (RFC 6749 §4.1.2), checked before Qt NetworkAuth sees it.
/// Pure: tested without a socket.
///
/// `values` are what QOAuthHttpServerReplyHandler 6.4 emits in callbackReceived: the query items in
/// QUrl::PrettyDecoded form (so "%2F", "%2B", "%25" are still encoded, '+' is still a '+', but '=' and '&' are
/// already decoded). code() is the code exactly as the authorization server issued it.
///
///     const auto r = AuthorizationResponse::check(values, expectedState);
///     if (r.isIgnorable()) …;              // not this sign-in's redirect: no OAuth parameter, or not our state
///     else if (r.failure) …;               // ConsentDenied, AuthorizationFailed, MissingCode
///     else useCode(r.code);
struct AuthorizationResponse {
    QString code;
    std::optional<OAuthFailure> failure;
    bool ignorable = false;

    bool isIgnorable() const { return ignorable; }

    static AuthorizationResponse check(const QVariantMap &values, const QString &expectedState);
    /// One query value from the PrettyDecoded form to the value it stands for (application/x-www-form-urlencoded,
    /// RFC 6749 Appendix B: '+' is a space, then percent-decoding).
    static QString decodeValue(const QString &prettyDecoded);
};

}  // namespace ipw
