#include "SavedSettings.h"

#include "common/EndpointSettings.h"

namespace ipw::cli {
namespace {

std::optional<ServerEndpoint> endpointFromSaved(const SavedServer &server, const ProviderDatabase &providers)
{
    const std::optional<ServerSecurity> security = serverSecurityFromString(server.security);
    if (server.host.isEmpty() || !security)
        return std::nullopt;
    return endpointFor(ServerSettings{server.host, server.port, *security, {}}, providers);
}

SavedServer savedFromEndpoint(const ServerEndpoint &endpoint)
{
    return SavedServer{endpoint.host, endpoint.port, toString(toServerSecurity(endpoint.security))};
}

}  // namespace

CheckSettings settingsFromSaved(const SavedAccount &account, const ProviderDatabase &providers)
{
    CheckSettings settings;
    settings.imap = endpointFromSaved(account.imap, providers);
    if (account.smtp)
        settings.smtp = endpointFromSaved(*account.smtp, providers);
    settings.loginName = account.loginName;
    for (const PinnedCertificate &pin : account.pinnedCertificates) {
        const ServerEndpoint where{pin.host, pin.port, Security::ImplicitTls, {}};
        if (const auto sha256 = normalizeSha256Fingerprint(pin.sha256))
            settings.pinnedCertificates[where.key()].insert(*sha256);
    }
    return settings;
}

SavedAccount savedFromSettings(const CheckSettings &settings, const QString &address, const QString &providerId)
{
    SavedAccount account;
    account.address = address;
    account.providerId = providerId;
    account.loginName = settings.loginName;
    if (settings.imap)
        account.imap = savedFromEndpoint(*settings.imap);
    if (settings.smtp)
        account.smtp = savedFromEndpoint(*settings.smtp);
    for (auto it = settings.pinnedCertificates.cbegin(); it != settings.pinnedCertificates.cend(); ++it) {
        const qsizetype colon = it.key().lastIndexOf(u':');
        for (const QByteArray &sha256 : it.value())
            account.pinnedCertificates.append(PinnedCertificate{
                it.key().left(colon), quint16(it.key().mid(colon + 1).toUInt()), QString::fromLatin1(sha256)});
    }
    return account;
}

}  // namespace ipw::cli
