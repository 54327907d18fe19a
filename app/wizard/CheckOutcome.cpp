#include "CheckOutcome.h"

namespace ipw {

const ProtocolResult *decisiveResult(const CheckResult &result)
{
    if (result.imap && !result.imap->verified)
        return &*result.imap;
    if (result.smtp && !result.smtp->verified)
        return &*result.smtp;
    return nullptr;
}

bool loginWasRejected(const CheckResult &result)
{
    // Only the first login counts: SMTP logs in only after IMAP accepted, with the same password.
    const std::optional<ProtocolResult> &first = result.imap ? result.imap : result.smtp;
    if (!first || first->verified || first->credentialsAccepted || first->stage != CheckStage::Auth)
        return false;
    switch (first->diagnosis) {
    case DiagnosisCode::WrongCredentials:
    case DiagnosisCode::AppPasswordRequired:
    case DiagnosisCode::OauthRequired:
    case DiagnosisCode::ImapDisabled:
    case DiagnosisCode::WebLoginRequired:
    case DiagnosisCode::PasswordExpired:
    case DiagnosisCode::TooManyAttempts:
    case DiagnosisCode::AccountLocked:
    case DiagnosisCode::ContactAdmin:
    case DiagnosisCode::NotAuthorized:
        return true;
    default:
        return false;
    }
}

bool isCertificateProblem(DiagnosisCode code)
{
    return code == DiagnosisCode::CertificateUntrusted || code == DiagnosisCode::CertificateExpired ||
           code == DiagnosisCode::CertificateNameMismatch;
}

bool isPasswordProblem(DiagnosisCode code)
{
    return code == DiagnosisCode::WrongCredentials || code == DiagnosisCode::AppPasswordRequired ||
           code == DiagnosisCode::PasswordExpired;
}

bool isServerProblem(DiagnosisCode code)
{
    switch (code) {
    case DiagnosisCode::ServerUnavailable:
    case DiagnosisCode::ServerError:
    case DiagnosisCode::TooManyConnections:
    case DiagnosisCode::ConnectionRefused:
    case DiagnosisCode::Timeout:
    case DiagnosisCode::TlsHandshakeFailed:
    case DiagnosisCode::ProtocolError:
    case DiagnosisCode::MailboxUnavailable:
        return true;
    default:
        return false;
    }
}

}  // namespace ipw
