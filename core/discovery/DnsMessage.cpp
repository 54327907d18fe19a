#include "discovery/DnsMessage.h"

#include <QHostAddress>
#include <QStringList>

namespace ipw {
namespace {

constexpr int kHeaderSize = 12;
constexpr quint16 kClassIn = 1;

quint16 read16(const QByteArray &b, qsizetype at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

void append16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}

// Reads a possibly compressed name (RFC 1035 4.1.4) at *at; moves *at past it in the message. std::nullopt for a
// label running past the end, a pointer loop or a name longer than 255 bytes.
std::optional<QString> readName(const QByteArray &b, qsizetype *at)
{
    QStringList labels;
    qsizetype pos = *at;
    bool jumped = false;
    int jumps = 0, length = 0;
    while (true) {
        if (pos >= b.size())
            return std::nullopt;
        const quint8 len = quint8(b[pos]);
        if ((len & 0xc0) == 0xc0) {
            if (pos + 1 >= b.size() || ++jumps > 32)
                return std::nullopt;
            if (!jumped)
                *at = pos + 2;
            jumped = true;
            pos = read16(b, pos) & 0x3fff;
            continue;
        }
        if (len & 0xc0)
            return std::nullopt;  // the extended label types are not in use
        if (len == 0) {
            if (!jumped)
                *at = pos + 1;
            return labels.join(u'.');
        }
        if (pos + 1 + len > b.size() || (length += len + 1) > 255)
            return std::nullopt;
        labels.append(QString::fromLatin1(b.mid(pos + 1, len)).toLower());
        pos += 1 + len;
    }
}

}  // namespace

QByteArray dnsQuery(quint16 id, const QString &name, DnsRecordType type)
{
    QByteArray b;
    append16(b, id);
    append16(b, 0x0100);  // a standard query, recursion desired
    append16(b, 1);       // one question
    append16(b, 0);
    append16(b, 0);
    append16(b, 0);
    const QByteArray ascii = name.toLatin1();
    for (const QByteArray &label : ascii.split('.')) {
        if (label.isEmpty())
            continue;
        b.append(char(qMin<qsizetype>(label.size(), 63)));
        b.append(label.left(63));
    }
    b.append('\0');
    append16(b, quint16(type));
    append16(b, kClassIn);
    return b;
}

std::optional<DnsReply> parseDnsReply(const QByteArray &b, DnsRecordType type)
{
    if (b.size() < kHeaderSize)
        return std::nullopt;
    const quint16 flags = read16(b, 2);
    if (!(flags & 0x8000))
        return std::nullopt;  // a query, not a reply
    DnsReply reply;
    reply.id = read16(b, 0);
    reply.rcode = flags & 0x000f;
    reply.truncated = flags & 0x0200;
    const int questions = read16(b, 4), answers = read16(b, 6);
    qsizetype at = kHeaderSize;
    for (int i = 0; i < questions; ++i) {
        if (!readName(b, &at) || at + 4 > b.size())
            return std::nullopt;
        at += 4;
    }
    for (int i = 0; i < answers; ++i) {
        if (!readName(b, &at) || at + 10 > b.size())
            return std::nullopt;
        const quint16 rrType = read16(b, at), rrClass = read16(b, at + 2), rdLength = read16(b, at + 8);
        at += 10;
        const qsizetype end = at + rdLength;
        if (end > b.size())
            return std::nullopt;
        if (rrType == quint16(type) && rrClass == kClassIn) {
            DnsRecord r;
            r.type = type;
            qsizetype nameAt = at;
            if (type == DnsRecordType::Srv) {
                if (rdLength < 7)
                    return std::nullopt;
                r.priority = read16(b, at);
                r.weight = read16(b, at + 2);
                r.port = read16(b, at + 4);
                nameAt = at + 6;
            } else {
                if (rdLength < 3)
                    return std::nullopt;
                r.priority = read16(b, at);
                nameAt = at + 2;
            }
            const auto target = readName(b, &nameAt);
            if (!target || nameAt > end)
                return std::nullopt;
            r.target = *target;
            reply.records.append(r);
        }
        at = end;
    }
    return reply;
}

QList<QString> nameserversFromResolvConf(const QByteArray &text)
{
    QList<QString> servers;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QList<QByteArray> words = rawLine.simplified().split(' ');
        if (words.size() >= 2 && words[0] == "nameserver") {
            const QString address = QString::fromLatin1(words[1]);
            if (!QHostAddress(address).isNull())
                servers.append(address);
        }
    }
    if (servers.isEmpty())
        servers.append(QStringLiteral("127.0.0.1"));
    return servers;
}

}  // namespace ipw
