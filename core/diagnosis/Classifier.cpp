#include "diagnosis/Classifier.h"

#include "diagnosis/ProviderTexts.h"

#include <optional>

namespace ipw {
namespace {

using D = DiagnosisCode;

enum class ImapContext { Login, Mailbox };

// RFC 5530 §3 response codes (and WEBALERT, which Gmail sends with a sign-in URL). Codes that only carry
// information (ALERT, CAPABILITY, TRYCREATE, …) say nothing about the cause: std::nullopt.
std::optional<DiagnosisCode> fromImapResponseCode(const QByteArray &code, ImapContext context)
{
    const bool login = context == ImapContext::Login;
    if (code == "AUTHENTICATIONFAILED")
        return D::WrongCredentials;
    if (code == "AUTHORIZATIONFAILED" || code == "NOPERM")
        return D::NotAuthorized;
    if (code == "EXPIRED")
        return D::PasswordExpired;
    if (code == "PRIVACYREQUIRED")
        return D::TlsRequired;
    if (code == "CONTACTADMIN")
        return D::ContactAdmin;
    if (code == "UNAVAILABLE")
        return D::ServerUnavailable;
    if (code == "WEBALERT")
        return D::WebLoginRequired;
    if (code == "SERVERBUG" || code == "CORRUPTION" || code == "CANNOT")
        return D::ServerError;
    if (code == "CLIENTBUG")
        return D::ProtocolError;
    if (code == "OVERQUOTA")
        return D::MailboxUnavailable;
    // At login, LIMIT/INUSE mean the account has too many sessions open; on a mailbox, that it is busy.
    if (code == "LIMIT" || code == "INUSE")
        return login ? D::TooManyConnections : D::MailboxUnavailable;
    // At login, "no such account" is the same fix as a wrong password: check the login name and the password.
    if (code == "NONEXISTENT")
        return login ? D::WrongCredentials : D::MailboxUnavailable;
    return std::nullopt;
}

DiagnosisCode fromImapStatus(const QByteArray &status, ImapContext context)
{
    if (status == "NO")
        return context == ImapContext::Login ? D::WrongCredentials : D::MailboxUnavailable;
    if (status == "BYE")
        return D::ServerUnavailable;
    return D::ProtocolError;  // BAD (the server did not understand us), or no valid status at all
}

DiagnosisCode classifyImap(const ImapRejection &rejection, ImapContext context)
{
    // Provider texts come last but win: each row names a cause more precisely than any response code can
    // (Dovecot's "NO [UNAVAILABLE] Maximum number of connections…" is too-many-connections, not a server outage).
    if (auto fromText = matchProviderText(ProviderTextProtocol::Imap, rejection.text, rejection.responseCode))
        return *fromText;
    if (auto fromCode = fromImapResponseCode(rejection.responseCode.toUpper(), context))
        return *fromCode;
    return fromImapStatus(rejection.status.toUpper(), context);
}

// RFC 3463 enhanced codes that name an AUTH outcome (RFC 4954 §6, RFC 5248 registry). Used only when their class
// digit agrees with the reply code's (RFC 3463 §2), so a malformed reply cannot flip the class.
std::optional<DiagnosisCode> fromEnhancedCode(const QByteArray &enhanced, int replyCode)
{
    if (enhanced.isEmpty() || enhanced.front() != char('0' + replyCode / 100))
        return std::nullopt;
    const QByteArray detail = enhanced.mid(1);  // ".7.8"
    if (detail == ".7.8")
        return D::WrongCredentials;  // 535 5.7.8 Authentication credentials invalid
    if (detail == ".7.9")
        return D::AuthMethodUnsupported;  // 534 5.7.9 Authentication mechanism is too weak
    if (detail == ".7.11")
        return D::TlsRequired;  // 538 5.7.11 Encryption required for requested authentication mechanism
    if (detail == ".7.12")
        return D::PasswordExpired;  // 432 4.7.12 A password transition is needed
    if (detail == ".7.13")
        return D::AccountLocked;  // RFC 5248 "User Account Disabled": authenticated, but the account is disabled
    return std::nullopt;
}

DiagnosisCode fromSmtpReplyCode(int code, const QByteArray &enhanced)
{
    switch (code) {
    case 421:  // service not available, closing transmission channel
    case 454:  // temporary authentication failure (RFC 4954); TLS not available (RFC 3207)
        return D::ServerUnavailable;
    case 432:
        return D::PasswordExpired;
    case 500:
    case 501:
    case 503:
        return D::ProtocolError;
    case 502:  // AUTH not implemented at all
    case 504:  // unrecognized authentication type
    case 534:  // mechanism too weak
        return D::AuthMethodUnsupported;
    case 530:  // RFC 3207 §4 "Must issue a STARTTLS command first" (in reply to AUTH)
    case 538:  // encryption required for the mechanism
        return D::TlsRequired;
    case 535:
        return D::WrongCredentials;
    default:
        break;
    }
    if (code >= 400 && code < 500)
        return D::ServerUnavailable;
    if (code >= 500 && code < 600)
        return enhanced == "5.7.1" ? D::NotAuthorized : D::ServerError;
    return D::ProtocolError;  // not a failure reply at all
}

}  // namespace

DiagnosisCode classifyImapRejection(const ImapRejection &rejection)
{
    return classifyImap(rejection, ImapContext::Login);
}

DiagnosisCode classifyImapMailboxFailure(const ImapRejection &rejection)
{
    return classifyImap(rejection, ImapContext::Mailbox);
}

DiagnosisCode classifySmtpRejection(const SmtpRejection &rejection)
{
    if (auto fromText = matchProviderText(ProviderTextProtocol::Smtp, rejection.text, rejection.enhancedCode))
        return *fromText;
    if (auto fromEnhanced = fromEnhancedCode(rejection.enhancedCode, rejection.code))
        return *fromEnhanced;
    return fromSmtpReplyCode(rejection.code, rejection.enhancedCode);
}

DiagnosisCode classifySocketError(QAbstractSocket::SocketError error)
{
    using S = QAbstractSocket;
    switch (error) {
    case S::HostNotFoundError:
    case S::ProxyNotFoundError:
        return D::DnsFailure;
    case S::ConnectionRefusedError:
    case S::ProxyConnectionRefusedError:
        return D::ConnectionRefused;
    case S::SocketTimeoutError:
    case S::ProxyConnectionTimeoutError:
        return D::Timeout;
    case S::RemoteHostClosedError:  // the server hung up before the exchange was complete
    case S::ProxyConnectionClosedError:
        return D::ServerUnavailable;
    case S::SslHandshakeFailedError:
    case S::SslInternalError:
    case S::SslInvalidUserDataError:
        return D::TlsHandshakeFailed;
    case S::DatagramTooLargeError:
    case S::ProxyProtocolError:
    case S::OperationError:
    case S::UnfinishedSocketOperationError:
        return D::ProtocolError;
    case S::NetworkError:
    case S::SocketAccessError:
    case S::SocketResourceError:
    case S::AddressInUseError:
    case S::SocketAddressNotAvailableError:
    case S::UnsupportedSocketOperationError:
    case S::ProxyAuthenticationRequiredError:
    case S::TemporaryError:
    case S::UnknownSocketError:
        return D::NetworkUnreachable;
    }
    return D::NetworkUnreachable;
}

namespace {

// Lower rank = more important. Trust comes first: a name or a date on a certificate nobody vouches for means
// little, and trusting that one certificate is the decision the user is asked to make.
int sslErrorRank(QSslError::SslError error, DiagnosisCode *code)
{
    switch (error) {
    case QSslError::NoError:
        return 100;
    case QSslError::HostNameMismatch:
        *code = D::CertificateNameMismatch;
        return 1;
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateExpired:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        *code = D::CertificateExpired;
        return 2;
    case QSslError::NoPeerCertificate:
    case QSslError::NoSslSupport:
    case QSslError::UnspecifiedError:
        *code = D::TlsHandshakeFailed;
        return 3;
    default:  // self-signed, unknown or invalid issuer, bad signature, revoked, rejected, OCSP failures, …
        *code = D::CertificateUntrusted;
        return 0;
    }
}

}  // namespace

DiagnosisCode classifySslErrors(const QList<QSslError> &errors)
{
    DiagnosisCode best = D::Ok;
    int bestRank = 100;
    for (const QSslError &error : errors) {
        DiagnosisCode code = D::Ok;
        const int rank = sslErrorRank(error.error(), &code);
        if (rank < bestRank) {
            bestRank = rank;
            best = code;
        }
    }
    return best;
}

bool clockLooksWrong(const QList<QSslError> &errors, const QSslCertificate &cert, const QDateTime &now)
{
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateNotYetValid)
            return true;  // servers renew early; a certificate from the future means our clock is behind
        if (error.error() == QSslError::CertificateExpired) {
            const QSslCertificate &expired = error.certificate().isNull() ? cert : error.certificate();
            const QDateTime expiry = expired.expiryDate();
            // A certificate that expired years ago would have broken this server for everyone long since.
            if (expiry.isValid() && now.isValid() && expiry < now.addYears(-2))
                return true;
        }
    }
    return false;
}

}  // namespace ipw
