#include "diagnosis/Diagnosis.h"

#include <QList>

#include <array>
#include <utility>

namespace ipw {
namespace {

using namespace Qt::StringLiterals;

// One row per code, in declaration order; the names are a contract (--json output, scripts): never rename one.
constexpr std::array<std::pair<DiagnosisCode, QStringView>, 35> names{{
    {DiagnosisCode::Ok, u"ok"},
    {DiagnosisCode::NotAttempted, u"not-attempted"},
    {DiagnosisCode::WrongCredentials, u"wrong-credentials"},
    {DiagnosisCode::AppPasswordRequired, u"app-password-required"},
    {DiagnosisCode::OauthRequired, u"oauth-required"},
    {DiagnosisCode::ImapDisabled, u"imap-disabled"},
    {DiagnosisCode::WebLoginRequired, u"web-login-required"},
    {DiagnosisCode::PasswordExpired, u"password-expired"},
    {DiagnosisCode::TooManyAttempts, u"too-many-attempts"},
    {DiagnosisCode::TooManyConnections, u"too-many-connections"},
    {DiagnosisCode::AccountLocked, u"account-locked"},
    {DiagnosisCode::ContactAdmin, u"contact-admin"},
    {DiagnosisCode::NotAuthorized, u"not-authorized"},
    {DiagnosisCode::ServerUnavailable, u"server-unavailable"},
    {DiagnosisCode::ServerError, u"server-error"},
    {DiagnosisCode::TlsRequired, u"tls-required"},
    {DiagnosisCode::StarttlsUnavailable, u"starttls-unavailable"},
    {DiagnosisCode::CertificateUntrusted, u"certificate-untrusted"},
    {DiagnosisCode::CertificateExpired, u"certificate-expired"},
    {DiagnosisCode::CertificateNameMismatch, u"certificate-name-mismatch"},
    {DiagnosisCode::TlsHandshakeFailed, u"tls-handshake-failed"},
    {DiagnosisCode::DnsFailure, u"dns-failure"},
    {DiagnosisCode::ConnectionRefused, u"connection-refused"},
    {DiagnosisCode::Timeout, u"timeout"},
    {DiagnosisCode::NetworkUnreachable, u"network-unreachable"},
    {DiagnosisCode::ProtocolError, u"protocol-error"},
    {DiagnosisCode::MailboxUnavailable, u"mailbox-unavailable"},
    {DiagnosisCode::AuthMethodUnsupported, u"auth-method-unsupported"},
    {DiagnosisCode::Cancelled, u"cancelled"},
    {DiagnosisCode::OauthNotConfigured, u"oauth-not-configured"},
    {DiagnosisCode::OauthConsentDenied, u"oauth-consent-denied"},
    {DiagnosisCode::OauthTokenRejected, u"oauth-token-rejected"},
    {DiagnosisCode::OauthFlowFailed, u"oauth-flow-failed"},
    {DiagnosisCode::OauthSignInTimeout, u"oauth-sign-in-timeout"},
    {DiagnosisCode::OauthRefreshRejected, u"oauth-refresh-rejected"},
}};

static_assert(names.back().first == DiagnosisCode::OauthRefreshRejected, "a new code needs a row in `names`");

}  // namespace

QString toString(DiagnosisCode code)
{
    for (const auto &[value, name] : names) {
        if (value == code)
            return name.toString();
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<DiagnosisCode> diagnosisFromString(QStringView name)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

QList<DiagnosisCode> allDiagnosisCodes()
{
    QList<DiagnosisCode> codes;
    codes.reserve(qsizetype(names.size()));
    for (const auto &row : names)
        codes.append(row.first);
    return codes;
}

}  // namespace ipw
