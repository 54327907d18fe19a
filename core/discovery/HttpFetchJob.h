#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ipw {

/// One GET of a configuration file, as discovery allows it: certificates verified (the system's CAs plus
/// `extraCas`, the CLI's --ca-file), a redirect followed only to https (at most five), at most `maxBytes`, and a
/// timeout for the whole fetch. Never sends a password or a cookie.
///
///     auto *job = new HttpFetchJob(manager, QUrl(u"https://autoconfig.example.test/mail/config-v1.1.xml"_s), {},
///     parent); connect(job, &HttpFetchJob::finished, [job] { if (job->outcome() == HttpFetchJob::Outcome::Ok)
///     job->body(); }); job->start();
class HttpFetchJob : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Ok,                ///< status 200 and a body within the limit
        NotThere,          ///< the host does not exist, refused, or answered with another status
        TlsFailed,         ///< the certificate did not verify (or the TLS handshake failed)
        InsecureRedirect,  ///< a redirect to http (or to another scheme), or too many redirects
        TooLarge,          ///< the body is over maxBytes
        TimedOut,          ///< no complete answer in time
    };
    struct Limits {
        int timeoutMs = 4000;
        qint64 maxBytes = 1024 * 1024;  ///< 1 MiB: a clientConfig is a few kB
        int maxRedirects = 5;
    };

    HttpFetchJob(QNetworkAccessManager *manager, QUrl url, QList<QSslCertificate> extraCas, Limits limits,
                 QObject *parent = nullptr);
    ~HttpFetchJob() override;

    /// Queued; exactly one finished() follows unless the job is deleted first (which aborts the transfer).
    void start();
    Outcome outcome() const { return m_outcome; }
    const QByteArray &body() const { return m_body; }
    QUrl finalUrl() const { return m_url; }  ///< after redirects

Q_SIGNALS:
    void finished();

private:
    void get();
    void onFinished();
    void checkSize();
    void finish(Outcome outcome);

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    QList<QSslCertificate> m_extraCas;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QByteArray m_body;
    int m_redirects = 0;
    Outcome m_outcome = Outcome::TimedOut;
    bool m_done = false;
};

}  // namespace ipw
