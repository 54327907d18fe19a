// BrowserStandIn (declared in OAuthServerFixture.h): the "system browser" of OAuth tests.
#include "OAuthServerFixture.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace ipw::test {
namespace {

// Tests touch loopback only: 127.0.0.0/8, ::1 and the name "localhost".
bool isLoopbackHost(const QUrl &url)
{
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

// The app's redirect listener binds 127.0.0.1 only, while Qt may try ::1 first for "localhost" (RFC 8252 section
// 8.3 prefers the literal for this reason): connect to 127.0.0.1 ourselves, as a browser falling back would.
QUrl pinnedToIpv4(QUrl url)
{
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        url.setHost(QStringLiteral("127.0.0.1"));
    return url;
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

}  // namespace

class BrowserStandIn::Private {
public:
    QNetworkAccessManager network;
    QPointer<QNetworkReply> reply;
    int authorizeStatus = 0;
    QUrl redirectedTo;
    QString error;
    bool finished = true;
    int generation = 0;  // which open() a reply belongs to, so an old one that ends late changes nothing

    QNetworkReply *get(const QUrl &url)
    {
        QNetworkRequest request(pinnedToIpv4(url));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(15000);
        return network.get(request);
    }
};

BrowserStandIn::BrowserStandIn(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->network.setProxy(QNetworkProxy::NoProxy);  // never an http_proxy from the environment
}

BrowserStandIn::~BrowserStandIn()
{
    if (d->reply) {
        d->reply->disconnect(this);  // no done() from a destructor
        d->reply->abort();
    }
    delete d;
}

int BrowserStandIn::authorizeStatus() const
{
    return d->authorizeStatus;
}

QUrl BrowserStandIn::redirectedTo() const
{
    return d->redirectedTo;
}

QString BrowserStandIn::error() const
{
    return d->error;
}

bool BrowserStandIn::waitForDone(int timeoutMs)
{
    if (d->finished)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &BrowserStandIn::done, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!d->finished)
        loop.exec();
    return d->finished;
}

void BrowserStandIn::open(const QUrl &url)
{
    ++m_opened;
    m_lastUrl = url;
    m_redirectStatus = 0;
    d->authorizeStatus = 0;
    d->redirectedTo.clear();
    d->error.clear();
    d->finished = false;
    const int generation = ++d->generation;
    if (d->reply)
        d->reply->abort();

    auto finish = [this, generation](const QString &error) {
        if (generation != d->generation)
            return;
        d->error = error;
        d->finished = true;
        Q_EMIT done();
    };
    if (!isLoopbackHost(url)) {
        // Asynchronous like every other ending, so a test can connect to done() after open().
        QTimer::singleShot(0, this, [finish] { finish(QStringLiteral("refused: not a loopback host")); });
        return;
    }

    QNetworkReply *authorize = d->get(url);
    d->reply = authorize;
    connect(authorize, &QNetworkReply::finished, this, [this, authorize, generation, finish] {
        authorize->deleteLater();
        if (generation != d->generation)
            return;
        d->authorizeStatus = httpStatus(authorize);
        const QByteArray location = authorize->rawHeader("Location");
        if (d->authorizeStatus / 100 != 3 || location.isEmpty()) {
            finish(d->authorizeStatus ? QStringLiteral("no redirect: HTTP %1").arg(d->authorizeStatus)
                                      : QStringLiteral("no answer: ") + authorize->errorString());
            return;
        }
        // Kept as sent: fromEncoded leaves %2F, %2B and %3D in the query alone.
        d->redirectedTo = authorize->url().resolved(QUrl::fromEncoded(location));
        if (!isLoopbackHost(d->redirectedTo)) {
            finish(QStringLiteral("refused: the redirect is not to a loopback host"));
            return;
        }
        QNetworkReply *redirect = d->get(d->redirectedTo);
        d->reply = redirect;
        connect(redirect, &QNetworkReply::finished, this, [this, redirect, generation, finish] {
            redirect->deleteLater();
            if (generation != d->generation)
                return;
            m_redirectStatus = httpStatus(redirect);
            finish(m_redirectStatus ? QString()
                                    : QStringLiteral("no answer at the redirect: ") + redirect->errorString());
        });
    });
}

}  // namespace ipw::test
