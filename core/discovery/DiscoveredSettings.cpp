#include "discovery/DiscoveredSettings.h"

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

QString DiscoveredSettings::knownProviderId() const
{
    const bool known =
        source == DiscoverySource::Database || source == DiscoverySource::ProviderFile || source == DiscoverySource::Mx;
    return known ? provider.id : QString();
}

QJsonObject DiscoveredSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("source"), toString(source)},
                       {QStringLiteral("secure"), secure},
                       {QStringLiteral("needsConfirmation"), needsConfirmation},
                       {QStringLiteral("detail"), detail}};
}

}  // namespace ipw
