#include "setup/DiscoveryRecord.h"

#include "discovery/DiscoveredSettings.h"
#include "setup/AccountProfile.h"

namespace ipw {
namespace {

bool sameAsFound(const ServerAddress &used, const ServerAddress &found)
{
    ServerAddress trimmed = used;
    trimmed.host = trimmed.host.trimmed();
    return trimmed.sameServer(found);
}

}  // namespace

std::optional<DiscoveryRecord> DiscoveryRecord::fromFound(const DiscoveredSettings &found)
{
    if (!isNetworkSource(found.source) || !found.provider.imap.hasHost())
        return std::nullopt;
    DiscoveryRecord record;
    record.origin = SavedDiscovery{found.source, found.detail, found.foundAt.toUTC()};
    record.imap = found.provider.imap;
    if (found.provider.smtp.hasHost())
        record.smtp = ServerAddress(found.provider.smtp);
    return record;
}

std::optional<DiscoveryRecord> DiscoveryRecord::fromSaved(const AccountProfile &saved)
{
    if (!saved.discovery)
        return std::nullopt;
    return DiscoveryRecord{*saved.discovery, saved.imap, saved.smtp};
}

std::optional<SavedDiscovery> DiscoveryRecord::originFor(const AccountProfile &profile) const
{
    if (!sameAsFound(profile.imap, imap))
        return std::nullopt;
    if (profile.smtp && profile.smtp->hasHost() && (!smtp || !sameAsFound(*profile.smtp, *smtp)))
        return std::nullopt;
    return origin;
}

}  // namespace ipw
