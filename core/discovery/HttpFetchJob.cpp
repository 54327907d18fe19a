#include "discovery/HttpFetchJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace ipw {

HttpFetchJob::HttpFetchJob(QNetworkAccessManager *manager, QUrl url, QList<QSslCertificate> extraCas, Limits limits,
                           QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(std::move(url))
    , m_extraCas(std::move(extraCas))
    , m_limits(limits)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(Outcome::TimedOut); });
}

HttpFetchJob::~HttpFetchJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpFetchJob::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_timeout.start(m_limits.timeoutMs);
            get();
        },
        Qt::QueuedConnection);
}

void HttpFetchJob::get()
{
    QNetworkRequest request(m_url);
    // Redirects are ours to judge (https only), cookies and credentials are never sent, no cache.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpFetchJob::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetchJob::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetchJob::onFinished);
}

void HttpFetchJob::checkSize()
{
    if (m_done || !m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if ((length.isValid() && length.toLongLong() > m_limits.maxBytes) ||
        m_body.size() + m_reply->bytesAvailable() > m_limits.maxBytes) {
        finish(Outcome::TooLarge);
        return;
    }
    m_body += m_reply->readAll();
}

void HttpFetchJob::onFinished()
{
    if (m_done || !m_reply)
        return;
    checkSize();
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        finish(Outcome::TlsFailed);
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl next = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (next.scheme() != u"https" || ++m_redirects > m_limits.maxRedirects) {
            finish(Outcome::InsecureRedirect);
            return;
        }
        m_url = next;
        m_body.clear();
        get();
        return;
    }
    finish(reply->error() == QNetworkReply::NoError && status == 200 ? Outcome::Ok : Outcome::NotThere);
}

void HttpFetchJob::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (outcome != Outcome::Ok)
        m_body.clear();
    QMetaObject::invokeMethod(this, &HttpFetchJob::finished, Qt::QueuedConnection);
}

}  // namespace ipw
