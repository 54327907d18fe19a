#include "setup/LoginVerification.h"

namespace ipw {
namespace {

bool sameServer(const std::optional<ServerEndpoint> &checked, const std::optional<ServerAddress> &profile)
{
    if (!checked || !profile || !profile->hasHost())
        return !checked && (!profile || !profile->hasHost());
    return ServerAddress(*checked).sameServer(ServerAddress{profile->host.trimmed(), profile->port, profile->security});
}

// A pin belongs to the endpoint that presented that certificate in this check, and to no other: a pin given for
// "the servers being checked" (the CLI's bare --trust-cert) is saved only where it was actually seen.
CertificatePins presentedPins(const CertificatePins &pins, const CheckSettings &checked, const CheckResult &result)
{
    CertificatePins kept;
    for (const CertificatePins::Entry &pin : pins.entries()) {
        const auto presented = [&](const std::optional<ServerEndpoint> &endpoint,
                                   const std::optional<ProtocolResult> &protocol) {
            return endpoint && protocol && endpoint->key() == pin.where && protocol->certificate.sha256 == pin.sha256;
        };
        if (presented(checked.imap, result.imap) || presented(checked.smtp, result.smtp))
            kept.add(pin.where, pin.sha256);
    }
    return kept;
}

}  // namespace

std::optional<VerifiedLogin> LoginVerification::fromCheck(const AccountProfile &profile, const CheckSettings &checked,
                                                          const CheckResult &result, const QString &secret)
{
    if (!result.verified() || !result.imap || secret.isEmpty())
        return std::nullopt;
    if (checked.loginName != profile.loginName ||
        checked.smtpLoginName.value_or(checked.loginName) != profile.smtpLogin() ||
        !sameServer(checked.imap, profile.imap) || !sameServer(checked.smtp, profile.smtp))
        return std::nullopt;
    if (bool(result.smtp) != bool(checked.smtp))
        return std::nullopt;
    SavedAccount account = profile.toSaved();
    account.pinnedCertificates = presentedPins(profile.pinnedCertificates, checked, result);
    return VerifiedLogin(std::move(account), secret, QDateTime::currentDateTimeUtc());
}

}  // namespace ipw
