#include "net/CheckResult.h"

namespace ipw {

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    return info;
}

bool CheckResult::verified() const
{
    if (!imap && !smtp)
        return false;
    return (!imap || imap->verified) && (!smtp || smtp->verified);
}

}  // namespace ipw
