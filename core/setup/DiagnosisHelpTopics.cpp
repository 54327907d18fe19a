#include "setup/DiagnosisHelpTopics.h"

using namespace Qt::StringLiterals;

namespace ipw {

QStringList allHelpTopics()
{
    return {u"glossary"_s, u"checklist"_s, u"faq"_s, u"security"_s, u"iphone-profile"_s};
}

QStringList helpTopicsFor(DiagnosisCode code)
{
    switch (code) {
    case DiagnosisCode::Ok:
    case DiagnosisCode::NotAttempted:
    case DiagnosisCode::Cancelled:
        return {};
    // A refused password: the checklist before trying again (old password on another device, 半角/全角, Wi-Fi off
    // for docomo), which password is meant, and a carrier profile holding an old one.
    case DiagnosisCode::WrongCredentials:
        return {u"checklist"_s, u"glossary"_s, u"faq"_s, u"iphone-profile"_s};
    case DiagnosisCode::AppPasswordRequired:
        return {u"glossary"_s, u"faq"_s, u"security"_s};
    case DiagnosisCode::OauthRequired:
    case DiagnosisCode::OauthNotConfigured:
    case DiagnosisCode::OauthConsentDenied:
    case DiagnosisCode::OauthTokenRejected:
    case DiagnosisCode::OauthFlowFailed:
    case DiagnosisCode::OauthSignInTimeout:
    case DiagnosisCode::OauthRefreshRejected:
        return {u"glossary"_s, u"faq"_s};
    case DiagnosisCode::ImapDisabled:
        return {u"checklist"_s, u"glossary"_s};
    case DiagnosisCode::WebLoginRequired:
    case DiagnosisCode::AccountLocked:
    case DiagnosisCode::PasswordExpired:
        return {u"faq"_s, u"security"_s};
    case DiagnosisCode::TooManyAttempts:
        return {u"checklist"_s, u"faq"_s, u"iphone-profile"_s};
    case DiagnosisCode::TooManyConnections:
    case DiagnosisCode::ContactAdmin:
    case DiagnosisCode::NotAuthorized:
        return {u"faq"_s};
    // The server's side: the checklist names the outage page first.
    case DiagnosisCode::ServerUnavailable:
    case DiagnosisCode::ServerError:
    case DiagnosisCode::MailboxUnavailable:
        return {u"checklist"_s};
    case DiagnosisCode::DnsFailure:
    case DiagnosisCode::ConnectionRefused:
    case DiagnosisCode::Timeout:
    case DiagnosisCode::NetworkUnreachable:
        return {u"checklist"_s, u"glossary"_s};
    case DiagnosisCode::TlsRequired:
    case DiagnosisCode::StarttlsUnavailable:
    case DiagnosisCode::CertificateUntrusted:
    case DiagnosisCode::CertificateExpired:
    case DiagnosisCode::CertificateNameMismatch:
    case DiagnosisCode::TlsHandshakeFailed:
    case DiagnosisCode::ProtocolError:
    case DiagnosisCode::AuthMethodUnsupported:
        return {u"glossary"_s};
    }
    return {};
}

}  // namespace ipw
