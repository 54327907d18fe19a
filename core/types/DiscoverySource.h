#pragma once
// Where an account's settings came from: shared by discovery (which finds them), the saved accounts (which remember
// it) and both front ends. Strings exist only at the edges (the CLI's JSON, the accounts file), through
// toString/discoverySourceFromString.

#include <QString>

#include <optional>

namespace ipw {

/// Where settings came from, in the order discovery asks (docs/autodetect.md). The strings are the CLI's JSON
/// values ("database", "provider-file", "autoconfig", "ispdb", "srv", "mx", "http-autoconfig").
///
///     discoverySourceFromString(u"srv") == DiscoverySource::Srv;   toString(DiscoverySource::Mx) == u"mx"
enum class DiscoverySource { Database, ProviderFile, Autoconfig, Ispdb, Srv, Mx, HttpAutoconfig };
QString toString(DiscoverySource source);
/// Exactly one of the spellings above (case-sensitive, as written); std::nullopt for anything else.
std::optional<DiscoverySource> discoverySourceFromString(QStringView text);
/// Asked over the network (autoconfig, ISPDB, SRV, MX, http), not the provider list on this machine.
bool isNetworkSource(DiscoverySource source);

}  // namespace ipw
