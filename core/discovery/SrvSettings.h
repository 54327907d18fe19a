#pragma once

#include "discovery/DnsMessage.h"
#include "providers/Provider.h"

#include <QMap>

namespace ipw {

/// The SRV services RFC 6186 names for mail submission and access, in discovery's order of preference: implicit
/// TLS first (RFC 8314 5.1), then STARTTLS. Plain IMAP or submission without TLS is never proposed.
struct SrvService {
    QString label;  ///< "_imaps._tcp"
    Protocol protocol;
    Security security;
};
QList<SrvService> mailSrvServices();

/// Settings from the SRV records found for a domain (service label → its records; a service not asked or without
/// records is absent). The record with the lowest priority (then the highest weight) of the most preferred
/// service wins; a target of "." means the service is not offered (RFC 6186 3.4) and the next service is tried.
/// std::nullopt when no IMAP server is offered. The login is the full address (RFC 6186 4); SMTP missing is left
/// uncertain. *detail gets the records used ("_imaps._tcp.example.test → imap.example.test:993").
///
///     providerFromSrv(u"example.test"_s, {{u"_imaps._tcp"_s, {{DnsRecordType::Srv, 0, 1, 993,
///     u"imap.example.test"_s}}}}, &detail);
std::optional<Provider> providerFromSrv(const QString &domain, const QMap<QString, QList<DnsRecord>> &records,
                                        QString *detail);

}  // namespace ipw
