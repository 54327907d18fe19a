#pragma once

#include "discovery/DiscoveredSettings.h"

namespace ipw {

class ProviderDatabase;

/// The trust rule (docs/autodetect.md): settings from the database, a provider file, the domain's own https
/// autoconfig, the ISPDB, SRV or a known hoster's MX are proposed; they need the user's confirmation before any
/// password is sent when they came over plain http, or when a server's host lies outside the address's domain and
/// is no known hoster's (a host some provider entry lists, or one matching a provider's mxPatterns).
///
///     needsConfirmationFor(found, u"example.test", database);  // true for imap.other-isp.test found by SRV
bool needsConfirmationFor(const DiscoveredSettings &found, QStringView domain, const ProviderDatabase &database);

/// Is the host the domain itself or a name below it?
bool hostIsInDomain(QStringView host, QStringView domain);

}  // namespace ipw
