// TEMPORARY stand-in (branch net) for diag's implementation; deleted when main's core/diagnosis is merged.
#include "diagnosis/CheckStage.h"
#include "diagnosis/Classifier.h"
#include "diagnosis/Diagnosis.h"

namespace ipw {
namespace {
const char *const kNames[] = {"ok", "not-attempted", "wrong-credentials", "app-password-required", "oauth-required",
    "imap-disabled", "web-login-required", "password-expired", "too-many-attempts", "too-many-connections",
    "account-locked", "contact-admin", "not-authorized", "server-unavailable", "server-error", "tls-required",
    "starttls-unavailable", "certificate-untrusted", "certificate-expired", "certificate-name-mismatch",
    "tls-handshake-failed", "dns-failure", "connection-refused", "timeout", "network-unreachable", "protocol-error",
    "mailbox-unavailable", "auth-method-unsupported", "cancelled"};
}
QString toString(DiagnosisCode code)
{
    return QString::fromLatin1(kNames[int(code)]);
}
std::optional<DiagnosisCode> diagnosisFromString(QStringView name)
{
    for (int i = 0; i <= int(DiagnosisCode::Cancelled); ++i)
        if (name == QLatin1String(kNames[i]))
            return DiagnosisCode(i);
    return std::nullopt;
}
QList<DiagnosisCode> allDiagnosisCodes()
{
    QList<DiagnosisCode> all;
    for (int i = 0; i <= int(DiagnosisCode::Cancelled); ++i)
        all << DiagnosisCode(i);
    return all;
}
QString toString(CheckStage stage)
{
    static const char *const names[] = {"resolve", "connect", "tls", "greeting", "capability", "starttls", "auth",
                                        "mailbox"};
    return QString::fromLatin1(names[int(stage)]);
}
DiagnosisCode classifyImapRejection(const ImapRejection &r)
{
    const QByteArray t = r.text.toLower();
    if (t.contains("application-specific password"))
        return DiagnosisCode::AppPasswordRequired;
    if (t.contains("not enabled for imap"))
        return DiagnosisCode::ImapDisabled;
    if (t.contains("basic authentication is disabled"))
        return DiagnosisCode::OauthRequired;
    if (r.responseCode == "PRIVACYREQUIRED")
        return DiagnosisCode::TlsRequired;
    if (r.responseCode == "UNAVAILABLE" || r.status == "BYE")
        return DiagnosisCode::ServerUnavailable;
    if (r.status == "BAD")
        return DiagnosisCode::ProtocolError;
    return DiagnosisCode::WrongCredentials;
}
DiagnosisCode classifyImapMailboxFailure(const ImapRejection &)
{
    return DiagnosisCode::MailboxUnavailable;
}
DiagnosisCode classifySmtpRejection(const SmtpRejection &r)
{
    if (r.enhancedCode == "5.7.9")
        return DiagnosisCode::AppPasswordRequired;
    if (r.code == 530 || r.code == 538)
        return DiagnosisCode::TlsRequired;
    if (r.code == 535)
        return DiagnosisCode::WrongCredentials;
    if (r.code == 421)
        return DiagnosisCode::ServerUnavailable;
    return DiagnosisCode::ServerError;
}
DiagnosisCode classifySocketError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::HostNotFoundError:
        return DiagnosisCode::DnsFailure;
    case QAbstractSocket::ConnectionRefusedError:
        return DiagnosisCode::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return DiagnosisCode::Timeout;
    case QAbstractSocket::NetworkError:
        return DiagnosisCode::NetworkUnreachable;
    case QAbstractSocket::SslHandshakeFailedError:
        return DiagnosisCode::TlsHandshakeFailed;
    default:
        return DiagnosisCode::ProtocolError;
    }
}
DiagnosisCode classifySslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return DiagnosisCode::CertificateExpired;
        case QSslError::HostNameMismatch:
            return DiagnosisCode::CertificateNameMismatch;
        default:
            break;
        }
    }
    return errors.isEmpty() ? DiagnosisCode::TlsHandshakeFailed : DiagnosisCode::CertificateUntrusted;
}
bool clockLooksWrong(const QList<QSslError> &errors, const QSslCertificate &, const QDateTime &)
{
    for (const QSslError &e : errors)
        if (e.error() == QSslError::CertificateNotYetValid)
            return true;
    return false;
}
}  // namespace ipw
