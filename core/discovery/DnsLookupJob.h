#pragma once

#include "discovery/DnsMessage.h"

#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace ipw {

/// One SRV or MX look-up over UDP to the system's name servers (/etc/resolv.conf), with a timeout of its own: a
/// resolver that never answers costs at most `timeoutMs`, and the job may be deleted at any time (nothing runs in
/// another thread). The query goes to every listed name server at once and is sent again after half the timeout;
/// the first well-formed reply with our id wins.
///
///     auto *job = new DnsLookupJob(u"_imaps._tcp.example.test"_s, DnsRecordType::Srv, 3000, parent);
///     connect(job, &DnsLookupJob::finished, [job] { job->outcome(); job->records(); job->deleteLater(); });
///     job->start();
class DnsLookupJob : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Records,    ///< the name has records of the type (maybe only ".")
        Nothing,    ///< NXDOMAIN, no records of that type, REFUSED, SERVFAIL: nothing here
        NoResolver  ///< no reply from any name server in time (or each refused the datagram): no network
    };

    DnsLookupJob(QString name, DnsRecordType type, int timeoutMs, QObject *parent = nullptr);
    ~DnsLookupJob() override;

    /// Queued: returns to the event loop first; exactly one finished() follows (unless the job is deleted first).
    void start();
    Outcome outcome() const { return m_outcome; }
    const QList<DnsRecord> &records() const { return m_records; }
    const QString &name() const { return m_name; }

    /// Where the name servers are read from; tests leave it (they bind-mount their own file over it).
    static constexpr const char *resolvConfPath = "/etc/resolv.conf";

Q_SIGNALS:
    void finished();

private:
    void send();
    void readReplies();
    void finish(Outcome outcome);

    QString m_name;
    DnsRecordType m_type;
    int m_timeoutMs;
    quint16 m_id = 0;
    QList<QString> m_servers;
    int m_refused = 0;
    QUdpSocket *m_socket = nullptr;
    QTimer m_timeout, m_resend;
    Outcome m_outcome = Outcome::NoResolver;
    QList<DnsRecord> m_records;
    bool m_done = false;
};

}  // namespace ipw
