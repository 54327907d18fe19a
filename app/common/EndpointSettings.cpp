#include "common/EndpointSettings.h"

namespace ipw {

Security toSecurity(ServerSecurity security)
{
    switch (security) {
    case ServerSecurity::ImplicitTls:
        return Security::ImplicitTls;
    case ServerSecurity::StartTls:
        return Security::StartTls;
    case ServerSecurity::None:
        return Security::None;
    }
    return Security::ImplicitTls;
}

ServerSecurity toServerSecurity(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return ServerSecurity::ImplicitTls;
    case Security::StartTls:
        return ServerSecurity::StartTls;
    case Security::None:
        return ServerSecurity::None;
    }
    return ServerSecurity::ImplicitTls;
}

void applyQuirks(ServerEndpoint &endpoint, const ProviderDatabase &database)
{
    endpoint.quirks = TlsQuirks{};
    for (const TlsQuirk quirk : database.quirksForHost(endpoint.host)) {
        switch (quirk) {
        case TlsQuirk::LegacyRenegotiation:
            endpoint.quirks.allowLegacyRenegotiation = true;
            break;
        }
    }
}

ServerEndpoint endpointFor(const ServerSettings &server, const ProviderDatabase &database)
{
    ServerEndpoint endpoint{server.host, server.port, toSecurity(server.security), {}};
    applyQuirks(endpoint, database);
    return endpoint;
}

}  // namespace ipw
