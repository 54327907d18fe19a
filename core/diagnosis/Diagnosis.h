#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ipw {

/// Why a check ended the way it did. The string forms (toString) are a contract used by scripts and support
/// staff: never rename one; add new codes at the end.
///
///     DiagnosisCode code = classifyImapRejection({"NO", "AUTHENTICATIONFAILED", "Invalid credentials"});
///     qInfo() << toString(code);   // "wrong-credentials"   (classifiers: diagnosis/Classifier.h)
enum class DiagnosisCode {
    Ok,
    NotAttempted,
    WrongCredentials,
    AppPasswordRequired,
    OauthRequired,
    ImapDisabled,
    WebLoginRequired,
    PasswordExpired,
    TooManyAttempts,
    TooManyConnections,
    AccountLocked,
    ContactAdmin,
    NotAuthorized,
    ServerUnavailable,
    ServerError,
    TlsRequired,
    StarttlsUnavailable,
    CertificateUntrusted,
    CertificateExpired,
    CertificateNameMismatch,
    TlsHandshakeFailed,
    DnsFailure,
    ConnectionRefused,
    Timeout,
    NetworkUnreachable,
    ProtocolError,
    MailboxUnavailable,
    AuthMethodUnsupported,
    Cancelled,
    // OAuth 2.0 sign-in (core/oauth) and SASL XOAUTH2 / OAUTHBEARER (core/net):
    OauthNotConfigured,    ///< this build has no client ID for the provider: browser sign-in is not set up
    OauthConsentDenied,    ///< the user (or the provider's policy) refused access on the consent screen
    OauthTokenRejected,    ///< the mail server refused the access token (its JSON status says why)
    OauthFlowFailed,       ///< the sign-in could not be completed (state mismatch, token endpoint error, …)
    OauthSignInTimeout,    ///< no answer from the browser in time (closed, or never finished signing in)
    OauthRefreshRejected,  ///< the saved sign-in (refresh token) was revoked or expired: sign in again
};

/// The stable machine-readable name, e.g. "app-password-required".
QString toString(DiagnosisCode code);
/// Inverse of toString(); std::nullopt for an unknown name.
std::optional<DiagnosisCode> diagnosisFromString(QStringView name);
/// Every code, in declaration order (for tests and for completeness checks of the texts).
QList<DiagnosisCode> allDiagnosisCodes();

}  // namespace ipw
