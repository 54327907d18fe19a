#include "SavedSettings.h"

namespace ipw::cli {

AccountProfile profileFromSettings(const CheckSettings &settings, const QString &address, const QString &providerId)
{
    AccountProfile profile;
    profile.address = address;
    profile.providerId = providerId;
    profile.loginName = settings.loginName;
    if (settings.imap)
        profile.imap = *settings.imap;
    if (settings.smtp)
        profile.smtp = ServerAddress(*settings.smtp);
    profile.pinnedCertificates = settings.pinnedCertificates;
    profile.allowPlaintext = settings.allowPlaintext;
    return profile;
}

}  // namespace ipw::cli
