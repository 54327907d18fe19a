#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ipw {

/// The record types discovery asks for (RFC 1035 3.2.2, RFC 2782).
enum class DnsRecordType : quint16 { Mx = 15, Srv = 33 };

/// One SRV (RFC 2782) or MX (RFC 1035 3.3.9) answer: `target` is the host without a trailing dot ("" for the
/// root, ".", which in an SRV record means "not offered here", RFC 2782 and RFC 6186 3.4).
struct DnsRecord {
    DnsRecordType type = DnsRecordType::Srv;
    quint16 priority = 0;  ///< SRV priority or MX preference: lower first
    quint16 weight = 0;    ///< SRV only
    quint16 port = 0;      ///< SRV only
    QString target;
    friend bool operator==(const DnsRecord &, const DnsRecord &) = default;
};

/// A reply as discovery needs it. rcode 0 with no records of the type asked is NODATA; 3 is NXDOMAIN; 5 REFUSED.
struct DnsReply {
    quint16 id = 0;
    int rcode = 0;
    bool truncated = false;
    QList<DnsRecord> records;  ///< the answer section's records of the type asked, in the order sent
};

/// DNS messages for the SRV and MX look-ups, as pure functions over bytes (RFC 1035 4.1). Discovery sends them over
/// UDP to the system's name servers itself (DnsLookupJob), because Qt 6.4's QDnsLookup cannot be given a timeout
/// and blocks the exit of the process while its query waits for a resolver that never answers.
///
///     QByteArray q = dnsQuery(0x1234, u"_imaps._tcp.example.test", DnsRecordType::Srv);
///     std::optional<DnsReply> r = parseDnsReply(replyBytes, DnsRecordType::Srv);
///     r->records.first().target;  // "imap.example.test"
QByteArray dnsQuery(quint16 id, const QString &name, DnsRecordType type);
/// std::nullopt for bytes that are not a well-formed reply (too short, a bad name, a pointer loop, not a response).
std::optional<DnsReply> parseDnsReply(const QByteArray &bytes, DnsRecordType type);

/// The `nameserver` lines of a resolv.conf (resolv.conf(5)), in order; none → 127.0.0.1 as the C library assumes.
QList<QString> nameserversFromResolvConf(const QByteArray &text);

}  // namespace ipw
