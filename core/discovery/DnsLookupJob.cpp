#include "discovery/DnsLookupJob.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace ipw {

namespace {
constexpr int kMaxServers = 3;  // as the C library (resolv.conf(5) MAXNS)
}

DnsLookupJob::DnsLookupJob(QString name, DnsRecordType type, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_type(type)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    m_resend.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(Outcome::NoResolver); });
    connect(&m_resend, &QTimer::timeout, this, &DnsLookupJob::send);
}

DnsLookupJob::~DnsLookupJob() = default;

void DnsLookupJob::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            QFile file(QString::fromLatin1(resolvConfPath));
            const QByteArray text = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
            m_servers = nameserversFromResolvConf(text).mid(0, kMaxServers);
            m_id = quint16(QRandomGenerator::system()->generate());
            m_socket = new QUdpSocket(this);
            connect(m_socket, &QUdpSocket::readyRead, this, &DnsLookupJob::readReplies);
            // An ICMP "port unreachable" from a name server that is not running arrives as an error on the socket.
            connect(m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::ConnectionRefusedError && ++m_refused >= m_servers.size())
                    finish(Outcome::NoResolver);
            });
            if (!m_socket->bind(QHostAddress::Any, 0) && !m_socket->bind(QHostAddress::AnyIPv4, 0)) {
                finish(Outcome::NoResolver);
                return;
            }
            m_timeout.start(m_timeoutMs);
            send();
            m_resend.start(m_timeoutMs / 2);
        },
        Qt::QueuedConnection);
}

void DnsLookupJob::send()
{
    if (m_done)
        return;
    const QByteArray query = dnsQuery(m_id, m_name, m_type);
    for (const QString &server : m_servers)
        m_socket->writeDatagram(query, QHostAddress(server), 53);
}

void DnsLookupJob::readReplies()
{
    while (!m_done && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(64 * 1024);
        const auto reply = parseDnsReply(datagram.data(), m_type);
        if (!reply || reply->id != m_id)
            continue;  // a stray or forged datagram: keep waiting for ours
        m_records = reply->records;
        // A truncated reply still holds whole records for what fit (RFC 2181 9); SRV and MX answers of a mail
        // domain fit in 512 bytes, so discovery does not retry over TCP.
        finish(reply->rcode == 0 && !m_records.isEmpty() ? Outcome::Records : Outcome::Nothing);
    }
}

void DnsLookupJob::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    m_timeout.stop();
    m_resend.stop();
    if (m_socket)
        m_socket->close();
    QMetaObject::invokeMethod(this, &DnsLookupJob::finished, Qt::QueuedConnection);
}

}  // namespace ipw
