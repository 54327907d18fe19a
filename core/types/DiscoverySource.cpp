#include "types/DiscoverySource.h"

#include <array>
#include <utility>

namespace ipw {
namespace {

constexpr std::array<std::pair<DiscoverySource, QStringView>, 7> kNames{{
    {DiscoverySource::Database, u"database"},
    {DiscoverySource::ProviderFile, u"provider-file"},
    {DiscoverySource::Autoconfig, u"autoconfig"},
    {DiscoverySource::Ispdb, u"ispdb"},
    {DiscoverySource::Srv, u"srv"},
    {DiscoverySource::Mx, u"mx"},
    {DiscoverySource::HttpAutoconfig, u"http-autoconfig"},
}};

}  // namespace

QString toString(DiscoverySource source)
{
    for (const auto &[s, name] : kNames) {
        if (s == source)
            return name.toString();
    }
    return {};
}

std::optional<DiscoverySource> discoverySourceFromString(QStringView text)
{
    for (const auto &[s, name] : kNames) {
        if (name == text)
            return s;
    }
    return std::nullopt;
}

bool isNetworkSource(DiscoverySource source)
{
    return source != DiscoverySource::Database && source != DiscoverySource::ProviderFile;
}

}  // namespace ipw
