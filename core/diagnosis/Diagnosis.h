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
};

/// The stable machine-readable name, e.g. "app-password-required".
QString toString(DiagnosisCode code);
/// Inverse of toString(); std::nullopt for an unknown name.
std::optional<DiagnosisCode> diagnosisFromString(QStringView name);
/// Every code, in declaration order (for tests and for completeness checks of the texts).
QList<DiagnosisCode> allDiagnosisCodes();

}  // namespace ipw
