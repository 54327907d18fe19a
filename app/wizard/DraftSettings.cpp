#include "DraftSettings.h"

#include "providers/ProviderDatabase.h"

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

ServerEndpoint endpointFor(const ServerSettings &server, const ProviderDatabase &providers)
{
    ServerEndpoint endpoint;
    endpoint.host = server.host.trimmed();
    endpoint.port = server.port;
    endpoint.security = toSecurity(server.security);
    for (const TlsQuirk quirk : providers.quirksForHost(endpoint.host)) {
        switch (quirk) {
        case TlsQuirk::LegacyRenegotiation:
            endpoint.quirks.allowLegacyRenegotiation = true;
            break;
        }
    }
    return endpoint;
}

CheckSettings checkSettingsFor(const AccountDraft &draft, const ProviderDatabase &providers,
                               const QList<QSslCertificate> &extraCaCertificates)
{
    CheckSettings settings;
    settings.imap = endpointFor(draft.imap, providers);
    if (draft.checkSmtp && draft.smtp.hasHost())
        settings.smtp = endpointFor(draft.smtp, providers);
    settings.loginName = draft.loginName;
    settings.extraCaCertificates = extraCaCertificates;
    settings.pinnedCertificates = draft.pinnedCertificates;
    settings.allowPlaintext = draft.allowPlaintext;
    return settings;
}

}  // namespace ipw
