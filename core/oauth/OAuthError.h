#pragma once

#include "diagnosis/Diagnosis.h"

#include <QNetworkReply>
#include <QString>

namespace ipw {

/// Why an OAuth sign-in or refresh failed. Typed; it becomes words only in app/.
enum class OAuthError {
    NotConfigured,        ///< OAuthSettings::isConfigured() is false (no client ID in this build)
    ListenFailed,         ///< the loopback redirect listener could not be opened
    ConsentDenied,        ///< redirect carried error=access_denied (the user said no, or policy forbids)
    AuthorizationFailed,  ///< redirect carried another error= (invalid_scope, unauthorized_client, …)
    StateMismatch,        ///< no longer produced: a redirect without this sign-in's state is ignored and the
                          ///< sign-in goes on (RFC 6749 §10.12; issue 13). Kept for the stable name.
    MissingCode,          ///< redirect without code and without error
    Timeout,              ///< no redirect within OAuthSettings::signInTimeout (a token endpoint that does not
                          ///< answer within requestTimeout is TokenEndpointUnreachable with networkError
                          ///< QNetworkReply::TimeoutError: the browser is not to blame for that)
    Cancelled,            ///< cancel() was called
    TokenRejected,        ///< token endpoint answered an error (invalid_grant, invalid_client, …): oauthError says
    TokenEndpointUnreachable,  ///< network-level failure talking to the token endpoint (DNS, TLS, refused, no
                               ///< answer in requestTimeout), or an HTTP 5xx (oauthError kept if sent)
    InvalidTokenResponse,      ///< token endpoint answered 2xx without a usable access_token
    /// Refused before anything was sent: the token would come from a known issuer (Google, Microsoft) but go to
    /// mail servers that are not that provider's, or this installation's client would be used with another
    /// provider's endpoints (core/setup/KnownIssuers.h).
    ForeignMailServer,
};

/// A failure with the details the diagnosis and a support report need. Never contains a token or a code.
struct OAuthFailure {
    OAuthError error = OAuthError::AuthorizationFailed;
    QString oauthError;   ///< the RFC 6749 "error" value when the provider sent one, e.g. "invalid_grant"
    QString description;  ///< error_description, or the network error text (untranslated)
    int httpStatus = 0;   ///< token endpoint HTTP status, 0 when none
    /// For TokenEndpointUnreachable: what went wrong on the network (NoError for an HTTP 5xx).
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    /// The diagnosis code this failure stands for. A refresh rejected with invalid_grant is
    /// oauth-refresh-rejected (sign in again); during sign-in it is oauth-flow-failed. A token endpoint that cannot
    /// be reached gets the network's own code (dns-failure, connection-refused, timeout, tls-handshake-failed,
    /// server-unavailable, network-unreachable): the user's remedy is the network's, not
    /// another sign-in.
    DiagnosisCode diagnosis(bool duringRefresh) const;
};

QString toString(OAuthError error);  ///< stable machine-readable name, e.g. "state-mismatch"

}  // namespace ipw
