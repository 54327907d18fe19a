#pragma once

#include "net/CheckSettings.h"
#include "providers/ProviderDatabase.h"

namespace ipw {

/// The one place where provider data becomes tester settings, for the CLI and the wizard alike.
///
///     ServerEndpoint imap = endpointFor(provider.imap, database);   // docomo: legacy renegotiation allowed
Security toSecurity(ServerSecurity security);
ServerSecurity toServerSecurity(Security security);

/// The TLS quirks the provider database records for the endpoint's host, also for a host typed by hand.
/// Nowhere else is TLS relaxed.
void applyQuirks(ServerEndpoint &endpoint, const ProviderDatabase &database);

/// A provider's (or the user's) server as an endpoint to check, with its host's quirks applied.
ServerEndpoint endpointFor(const ServerSettings &server, const ProviderDatabase &database);

}  // namespace ipw
