#include "setup/LoginVerification.h"

namespace ipw {
namespace {

bool sameServer(const std::optional<ServerEndpoint> &checked, const std::optional<ServerAddress> &profile)
{
    if (!checked || !profile || !profile->hasHost())
        return !checked && (!profile || !profile->hasHost());
    return ServerAddress(*checked).sameServer(ServerAddress{profile->host.trimmed(), profile->port, profile->security});
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
    return VerifiedLogin(profile.toSaved(), secret, QDateTime::currentDateTimeUtc());
}

}  // namespace ipw
