#include "discovery/DiscoveryTrust.h"

#include "providers/ProviderDatabase.h"

namespace ipw {
namespace {

bool isKnownHosterHost(QStringView host, const ProviderDatabase &database)
{
    for (const Provider &p : database.providers()) {
        if (p.hostsMailFor(host))
            return true;
        for (const ServerSettings &s : p.allServers()) {
            if (!s.host.isEmpty() && s.host.compare(host, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

}  // namespace

bool hostIsInDomain(QStringView host, QStringView domain)
{
    if (domain.isEmpty())
        return false;
    return host.compare(domain, Qt::CaseInsensitive) == 0 ||
           (host.size() > domain.size() + 1 && host.endsWith(domain, Qt::CaseInsensitive) &&
            host.at(host.size() - domain.size() - 1) == u'.');
}

bool needsConfirmationFor(const DiscoveredSettings &found, QStringView domain, const ProviderDatabase &database)
{
    if (!found.secure)
        return true;
    if (found.source == DiscoverySource::Database || found.source == DiscoverySource::ProviderFile)
        return false;
    const QList<ServerSettings> servers = {found.provider.imap, found.provider.smtp};
    for (const ServerSettings &s : servers) {
        if (!s.host.isEmpty() && !hostIsInDomain(s.host, domain) && !isKnownHosterHost(s.host, database))
            return true;
    }
    return false;
}

}  // namespace ipw
