#include "discovery/DiscoveredSettings.h"

namespace ipw {

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
