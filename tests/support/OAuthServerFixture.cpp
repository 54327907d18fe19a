#include "OAuthServerFixture.h"

#include "OAuthServerPrivate.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <cstdlib>
#include <mutex>

namespace ipw::test {

namespace {
std::mutex sharedMutex;
OAuthServerFixture *sharedServer = nullptr;

void deleteShared()
{
    std::lock_guard lock(sharedMutex);
    delete sharedServer;
    sharedServer = nullptr;
}
}  // namespace

OAuthServerFixture::OAuthServerFixture()
    : d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("OAuthServerFixture"));
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.start();
    QMetaObject::invokeMethod(
        d->context, [this] { d->listen(); }, Qt::BlockingQueuedConnection);
}

std::unique_ptr<OAuthServerFixture> OAuthServerFixture::start()
{
    return std::unique_ptr<OAuthServerFixture>(new OAuthServerFixture);
}

OAuthServerFixture &OAuthServerFixture::shared()
{
    std::lock_guard lock(sharedMutex);
    if (!sharedServer) {
        sharedServer = new OAuthServerFixture;
        // Its thread must end while the QCoreApplication still exists; atexit for a process that has none.
        qAddPostRoutine(deleteShared);
        std::atexit(deleteShared);
    }
    return *sharedServer;
}

OAuthServerFixture::~OAuthServerFixture()
{
    QObject *context = d->context;
    // The server and its sockets are deleted in their own thread, then the thread ends.
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

void OAuthServerFixture::reset()
{
    QMutexLocker lock(&d->mutex);
    d->user = defaultOAuthUser();
    d->consent = Consent::Approve;
    d->accessTokenLifetime = 3600;
    d->rotate = true;
    d->tokenFault = TokenFault::None;
    d->authorizeError.clear();
    d->authorizeCount = 0;
    d->introspectionCount = 0;
    d->movedTokenCount = 0;
    d->tokenCounts.clear();
    d->lastAuthorize.clear();
    d->lastToken.clear();
    d->lastTokenError.clear();
}

bool OAuthServerFixture::ok() const
{
    QMutexLocker lock(&d->mutex);
    return d->error.isEmpty() && d->port != 0;
}

QString OAuthServerFixture::error() const
{
    QMutexLocker lock(&d->mutex);
    return d->error;
}

void OAuthServerFixture::setUser(const QString &user)
{
    QMutexLocker lock(&d->mutex);
    d->user = user;
}

QString OAuthServerFixture::user() const
{
    QMutexLocker lock(&d->mutex);
    return d->user;
}

quint16 OAuthServerFixture::port() const
{
    QMutexLocker lock(&d->mutex);
    return d->port;
}

QUrl OAuthServerFixture::authorizeUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(port()));
}

QUrl OAuthServerFixture::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port()));
}

QUrl OAuthServerFixture::introspectionUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/introspect").arg(port()));
}

void OAuthServerFixture::setConsent(Consent consent)
{
    QMutexLocker lock(&d->mutex);
    d->consent = consent;
}

void OAuthServerFixture::setAccessTokenLifetime(int seconds)
{
    QMutexLocker lock(&d->mutex);
    d->accessTokenLifetime = seconds;
}

void OAuthServerFixture::expireAccessTokens()
{
    QMutexLocker lock(&d->mutex);
    for (Private::AccessToken &token : d->accessTokens)
        token.active = false;
}

void OAuthServerFixture::revokeRefreshTokens()
{
    QMutexLocker lock(&d->mutex);
    for (Private::RefreshToken &token : d->refreshTokens)
        token.alive = false;
}

void OAuthServerFixture::setRotateRefreshTokens(bool rotate)
{
    QMutexLocker lock(&d->mutex);
    d->rotate = rotate;
}

void OAuthServerFixture::setTokenFault(TokenFault fault)
{
    QMutexLocker lock(&d->mutex);
    d->tokenFault = fault;
}

void OAuthServerFixture::setAuthorizeError(const QString &error)
{
    QMutexLocker lock(&d->mutex);
    d->authorizeError = error;
}

int OAuthServerFixture::authorizeRequests() const
{
    QMutexLocker lock(&d->mutex);
    return d->authorizeCount;
}

int OAuthServerFixture::tokenRequests(const QString &grantType) const
{
    QMutexLocker lock(&d->mutex);
    return d->tokenCounts.value(grantType);
}

int OAuthServerFixture::movedTokenRequests() const
{
    QMutexLocker lock(&d->mutex);
    return d->movedTokenCount;
}

int OAuthServerFixture::introspectionRequests() const
{
    QMutexLocker lock(&d->mutex);
    return d->introspectionCount;
}

QUrlQuery OAuthServerFixture::lastAuthorizeQuery() const
{
    QMutexLocker lock(&d->mutex);
    return d->lastAuthorize;
}

QUrlQuery OAuthServerFixture::lastTokenRequest() const
{
    QMutexLocker lock(&d->mutex);
    return d->lastToken;
}

QString OAuthServerFixture::lastTokenParameter(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    return d->lastToken.queryItemValue(name, QUrl::FullyDecoded);
}

QString OAuthServerFixture::lastTokenError() const
{
    QMutexLocker lock(&d->mutex);
    return d->lastTokenError;
}

QString OAuthServerFixture::issueAccessToken()
{
    QMutexLocker lock(&d->mutex);
    return d->newAccessToken(d->user, QString::fromLatin1(defaultOAuthScope));
}

QString OAuthServerFixture::issueRefreshToken()
{
    QMutexLocker lock(&d->mutex);
    return d->newRefreshToken(d->user, QString::fromLatin1(defaultOAuthScope));
}

}  // namespace ipw::test
