#include "oauth/OAuthError.h"

namespace ipw {

using namespace Qt::StringLiterals;

namespace {

// A token endpoint we could not talk to: the same words as for a mail server we could not reach.
DiagnosisCode networkDiagnosis(QNetworkReply::NetworkError error, int httpStatus)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return DiagnosisCode::DnsFailure;
    case QNetworkReply::ConnectionRefusedError:
        return DiagnosisCode::ConnectionRefused;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // QNetworkAccessManager's transfer timeout aborts this way
        return DiagnosisCode::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return DiagnosisCode::TlsHandshakeFailed;
    case QNetworkReply::NoError:
        break;
    default:
        if (httpStatus == 0)
            return DiagnosisCode::NetworkUnreachable;
        break;
    }
    return httpStatus >= 500 ? DiagnosisCode::ServerUnavailable : DiagnosisCode::NetworkUnreachable;
}

}  // namespace

DiagnosisCode OAuthFailure::diagnosis(bool duringRefresh) const
{
    switch (error) {
    case OAuthError::NotConfigured:
    case OAuthError::ForeignMailServer:
        return DiagnosisCode::OauthNotConfigured;
    case OAuthError::ConsentDenied:
        return DiagnosisCode::OauthConsentDenied;
    case OAuthError::Timeout:
        return DiagnosisCode::OauthSignInTimeout;
    case OAuthError::Cancelled:
        return DiagnosisCode::Cancelled;
    case OAuthError::TokenEndpointUnreachable:
        return networkDiagnosis(networkError, httpStatus);
    case OAuthError::TokenRejected:
        // RFC 6749 §5.2: invalid_grant on a refresh means the refresh token is expired or revoked.
        if (duringRefresh && oauthError == u"invalid_grant")
            return DiagnosisCode::OauthRefreshRejected;
        return DiagnosisCode::OauthFlowFailed;
    case OAuthError::ListenFailed:
    case OAuthError::AuthorizationFailed:
    case OAuthError::StateMismatch:
    case OAuthError::MissingCode:
    case OAuthError::InvalidTokenResponse:
        return DiagnosisCode::OauthFlowFailed;
    }
    return DiagnosisCode::OauthFlowFailed;
}

QString toString(OAuthError error)
{
    switch (error) {
    case OAuthError::NotConfigured:
        return u"not-configured"_s;
    case OAuthError::ListenFailed:
        return u"listen-failed"_s;
    case OAuthError::ConsentDenied:
        return u"consent-denied"_s;
    case OAuthError::AuthorizationFailed:
        return u"authorization-failed"_s;
    case OAuthError::StateMismatch:
        return u"state-mismatch"_s;
    case OAuthError::MissingCode:
        return u"missing-code"_s;
    case OAuthError::Timeout:
        return u"timeout"_s;
    case OAuthError::Cancelled:
        return u"cancelled"_s;
    case OAuthError::TokenRejected:
        return u"token-rejected"_s;
    case OAuthError::TokenEndpointUnreachable:
        return u"token-endpoint-unreachable"_s;
    case OAuthError::InvalidTokenResponse:
        return u"invalid-token-response"_s;
    case OAuthError::ForeignMailServer:
        return u"foreign-mail-server"_s;
    }
    return u"unknown"_s;
}

}  // namespace ipw
