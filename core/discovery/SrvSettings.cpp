#include "discovery/SrvSettings.h"

#include "types/HostName.h"

#include <algorithm>

namespace ipw {
namespace {

// The usable record of one service: lowest priority, then highest weight (RFC 2782's weighted choice made
// deterministic, so the same domain always gives the same proposal).
std::optional<DnsRecord> bestRecord(QList<DnsRecord> records)
{
    std::stable_sort(records.begin(), records.end(), [](const DnsRecord &a, const DnsRecord &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    for (const DnsRecord &r : records) {
        if (r.target.isEmpty() || r.port == 0)
            return std::nullopt;  // "." : not offered (a lone record of its own, RFC 2782)
        if (isValidHostName(r.target))
            return r;
    }
    return std::nullopt;
}

}  // namespace

QList<SrvService> mailSrvServices()
{
    return {
        {QStringLiteral("_imaps._tcp"), Protocol::Imap, Security::ImplicitTls},
        {QStringLiteral("_imap._tcp"), Protocol::Imap, Security::StartTls},
        {QStringLiteral("_submissions._tcp"), Protocol::Smtp, Security::ImplicitTls},
        {QStringLiteral("_submission._tcp"), Protocol::Smtp, Security::StartTls},
    };
}

std::optional<Provider> providerFromSrv(const QString &domain, const QMap<QString, QList<DnsRecord>> &records,
                                        QString *detail)
{
    Provider p;
    p.id = domain;
    p.name = LocalizedText{domain, domain};
    p.domains = {domain};
    p.username = UsernameRule::Address;
    p.auth = {AuthMethod::Password};
    bool haveImap = false, haveSmtp = false;
    QStringList used;
    for (const SrvService &service : mailSrvServices()) {
        const bool imap = service.protocol == Protocol::Imap;
        if ((imap && haveImap) || (!imap && haveSmtp))
            continue;
        const auto record = bestRecord(records.value(service.label));
        if (!record)
            continue;
        ServerSettings server;
        server.host = record->target;
        server.port = record->port;
        server.security = service.security;
        (imap ? p.imap : p.smtp) = server;
        (imap ? haveImap : haveSmtp) = true;
        used.append(QStringLiteral("%1.%2 → %3:%4").arg(service.label, domain, record->target).arg(record->port));
    }
    if (!haveImap)
        return std::nullopt;
    if (!haveSmtp)
        p.uncertain.append(QStringLiteral("smtp"));
    if (detail)
        *detail = used.join(QStringLiteral(", "));
    return p;
}

}  // namespace ipw
