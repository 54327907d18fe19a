#pragma once
// The inside of OAuthServerFixture, shared by OAuthServerFixture.cpp (life cycle, switches, accessors) and
// OAuthServerEndpoints.cpp (the HTTP endpoints, run in the server's thread).

#include "MiniHttp.h"
#include "OAuthServerFixture.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

class QTcpSocket;

namespace ipw::test {

inline QString defaultOAuthUser()
{
    return QStringLiteral("alice@example.test");
}

/// The scope of tokens issued without an authorization request (issueAccessToken(), issueRefreshToken()).
inline constexpr char defaultOAuthScope[] = "https://mail.example.test/";

class OAuthServerFixture::Private {
public:
    struct Code {
        QString clientId, redirectUri, challenge, user, scope;
        bool used = false;
    };
    struct AccessToken {
        QString user, scope;
        qint64 expiresAtMs = 0;
        bool active = true;
    };
    struct RefreshToken {
        QString user, scope;
        bool alive = true;
    };

    // Everything below the mutex is shared between the server thread and the test thread.
    mutable QMutex mutex;
    QString user = defaultOAuthUser();
    Consent consent = Consent::Approve;
    int accessTokenLifetime = 3600;
    bool rotate = true;
    TokenFault tokenFault = TokenFault::None;
    QString authorizeError;
    QHash<QString, Code> codes;
    QHash<QString, AccessToken> accessTokens;
    QHash<QString, RefreshToken> refreshTokens;
    int authorizeCount = 0;
    int introspectionCount = 0;
    int movedTokenCount = 0;
    QHash<QString, int> tokenCounts;
    QUrlQuery lastAuthorize;
    QUrlQuery lastToken;
    QString lastTokenError;
    quint16 port = 0;
    QString error;

    QThread thread;
    QObject *context = nullptr;  // lives in `thread`; parent of the QTcpServer and its sockets

    void listen();
    void serve(QTcpSocket *socket);
    HttpResponse handle(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse introspect(const HttpRequest &request);
    HttpResponse tokenError(int status, const QString &error, const QString &description);

    // With the mutex held.
    QString newAccessToken(const QString &forUser, const QString &scope);
    QString newRefreshToken(const QString &forUser, const QString &scope);
    QJsonObject tokenResponse(const QString &forUser, const QString &scope, const QString &refreshToken);
};

}  // namespace ipw::test
