// The HTTP endpoints of OAuthServerFixture: authorize, token, introspection. Everything here runs in the server's
// thread and takes the mutex before it touches the state the test thread reads.
#include "OAuthServerPrivate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace ipw::test {
namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

// RFC 7636 section 4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), no padding.
QByteArray pkceS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RFC 7636 section 4.1: 43-128 characters of [A-Z] [a-z] [0-9] "-" "." "_" "~". The same set for the challenge.
bool isPkceText(const QString &text, int min, int max)
{
    if (text.size() < min || text.size() > max)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.' ||
              u == '_' || u == '~'))
            return false;
    }
    return true;
}

// A redirect URI for a native app's loopback listener (RFC 8252 section 7.3): http, a loopback host, a port.
bool isLoopbackRedirect(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0 || url.hasFragment())
        return false;
    return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers = {
        {"Content-Type", "application/json; charset=utf-8"}, {"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse htmlResponse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    response.body =
        "<!DOCTYPE html><html><head><title>OAuth test server</title></head><body><p>" + text + "</p></body></html>\n";
    return response;
}

// 302 to redirect_uri with `parameters` appended to its query, each value percent-encoded (RFC 6749 section
// 4.1.2: application/x-www-form-urlencoded), so a code's '/', '+' and '=' arrive as %2F, %2B and %3D.
HttpResponse redirectResponse(const QString &redirectUri, const QList<std::pair<QByteArray, QString>> &parameters)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto &[name, value] : parameters) {
        location += separator + name + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    HttpResponse response = htmlResponse(302, "Redirecting to the application.");
    response.headers.append({"Location", location});
    return response;
}

}  // namespace

void OAuthServerFixture::Private::listen()
{
    auto *server = new QTcpServer(context);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        QMutexLocker lock(&mutex);
        error = QStringLiteral("cannot listen on 127.0.0.1: ") + server->errorString();
        return;
    }
    QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection())
            serve(socket);
    });
    QMutexLocker lock(&mutex);
    port = server->serverPort();
}

// One request per connection, answered with `Connection: close`.
void OAuthServerFixture::Private::serve(QTcpSocket *socket)
{
    socket->setParent(context);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto reader = std::make_shared<HttpRequestReader>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, reader] {
        if (reader->done())
            return;
        reader->append(socket->readAll());
        if (reader->wantsContinue())
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        HttpResponse response;
        switch (reader->state()) {
        case HttpRequestReader::State::Incomplete:
            return;
        case HttpRequestReader::State::Bad:
            response = htmlResponse(reader->badStatus(), reader->badReason());
            break;
        case HttpRequestReader::State::Complete:
            response = handle(reader->request());
            break;
        }
        if (response.noAnswer)
            return;
        socket->write(response.toBytes());
        socket->disconnectFromHost();
    });
}

HttpResponse OAuthServerFixture::Private::handle(const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/authorize") {
        if (request.method != "GET")
            return htmlResponse(405, "Use GET.");
        return authorize(request);
    }
    if (path == "/token") {
        if (request.method != "POST")
            return htmlResponse(405, "Use POST.");
        return token(request);
    }
    if (path == "/token-moved") {
        QMutexLocker lock(&mutex);
        ++movedTokenCount;
        return jsonResponse(400, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    }
    if (path == "/introspect") {
        if (request.method != "POST" && request.method != "GET")
            return htmlResponse(405, "Use POST or GET.");
        return introspect(request);
    }
    return htmlResponse(404, "Not found.");
}

HttpResponse OAuthServerFixture::Private::authorize(const HttpRequest &request)
{
    const FormData query = FormData::decode(request.query());
    QMutexLocker lock(&mutex);
    ++authorizeCount;
    lastAuthorize = query.toUrlQuery();

    // RFC 6749 section 4.1.2.1: with a bad client_id or redirect_uri, tell the user and do not redirect.
    const QString redirectUri = query.value("redirect_uri");
    if (query.value("client_id") != OAuthServerFixture::clientId())
        return htmlResponse(400, "Error: invalid_request (unknown client_id).");
    if (!isLoopbackRedirect(redirectUri))
        return htmlResponse(400, "Error: invalid_request (redirect_uri is not http://127.0.0.1:port/ or "
                                 "http://localhost:port/).");

    const QString state = query.value("state");
    auto fail = [&](const QString &error, const QString &description) {
        QList<std::pair<QByteArray, QString>> parameters = {{"error", error}, {"error_description", description}};
        if (query.contains("state"))
            parameters.append({"state", state});
        return redirectResponse(redirectUri, parameters);
    };
    if (query.value("response_type") != QLatin1String("code"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("response_type must be code"));
    const QString challenge = query.value("code_challenge");
    if (!isPkceText(challenge, 43, 128))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge missing or malformed"));
    if (query.value("code_challenge_method") != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));

    if (!authorizeError.isEmpty())
        return fail(authorizeError, QStringLiteral("The test server was told to fail with %1.").arg(authorizeError));
    switch (consent) {
    case Consent::Deny:
        return fail(QStringLiteral("access_denied"), QStringLiteral("The user denied the request."));
    case Consent::NoRedirect:
        return htmlResponse(200, "Sign in to continue. (This page never redirects: the user went away.)");
    case Consent::Approve:
    case Consent::WrongState:
        break;
    }
    // Like Google's "4/0Ab…": '/', '+' and '=' (standard base64 of 17 bytes ends in one '='), so encoding the
    // code twice or not at all on the way to the token endpoint breaks it.
    const QString code = QStringLiteral("4/0Ab+") + QString::fromLatin1(randomBytes(17).toBase64());
    codes.insert(code, Code{query.value("client_id"), redirectUri, challenge, user, query.value("scope")});
    const QString sentState = consent == Consent::WrongState
                                  ? state + QStringLiteral("-not-yours-") + QString::number(authorizeCount)
                                  : state;
    return redirectResponse(redirectUri, {{"code", code}, {"state", sentState}});
}

HttpResponse OAuthServerFixture::Private::tokenError(int status, const QString &error, const QString &description)
{
    lastTokenError = error + QStringLiteral(": ") + description;
    return jsonResponse(status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

HttpResponse OAuthServerFixture::Private::token(const HttpRequest &request)
{
    const FormData form = FormData::decode(request.body);
    QMutexLocker lock(&mutex);
    const QString grantType = form.value("grant_type");
    ++tokenCounts[grantType];
    lastToken = form.toUrlQuery();
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));

    switch (tokenFault) {
    case TokenFault::None:
        break;
    case TokenFault::ServerError:
        lastTokenError = QStringLiteral("server_error: told to fail");
        return jsonResponse(500, {{QStringLiteral("error"), QStringLiteral("server_error")}});
    case TokenFault::NoAccessToken:
        return jsonResponse(200, {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), accessTokenLifetime}});
    case TokenFault::NotJson:
        return htmlResponse(200, "Service temporarily unavailable.");
    case TokenFault::NoAnswer: {
        HttpResponse none;
        none.noAnswer = true;
        return none;
    }
    case TokenFault::Redirect307:
    case TokenFault::Redirect308: {
        HttpResponse moved = htmlResponse(tokenFault == TokenFault::Redirect307 ? 307 : 308, "Moved.");
        moved.headers.append({"Location", "http://127.0.0.1:" + QByteArray::number(port) + "/token-moved"});
        return moved;
    }
    case TokenFault::HugeAnswer:
        return jsonResponse(200, {{QStringLiteral("access_token"), QStringLiteral("a")},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("padding"), QString(1024 * 1024, u'x')}});
    }

    // A public client (RFC 8252 section 8.4) names itself in the form; HTTP Basic (RFC 6749 section 2.3.1) works too.
    QString client = form.value("client_id");
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        client = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(pair.indexOf(':'))));
    }

    if (grantType == QLatin1String("authorization_code")) {
        const QString codeText = form.value("code");
        const auto code = codes.find(codeText);
        if (code == codes.end())
            return tokenError(400, QStringLiteral("invalid_grant"),
                              codeText.isEmpty() ? QStringLiteral("code missing")
                                                 : QStringLiteral("unknown authorization code"));
        // Single use: any request naming the code consumes it, as at Google.
        if (code->used)
            return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used"));
        code->used = true;
        if (client != code->clientId)
            return tokenError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("client_id does not match the authorization request"));
        if (form.value("redirect_uri") != code->redirectUri)
            return tokenError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("redirect_uri does not match the authorization request"));
        const QString verifier = form.value("code_verifier");
        if (!isPkceText(verifier, 43, 128))
            return tokenError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("code_verifier missing or malformed"));
        if (QString::fromLatin1(pkceS256(verifier.toLatin1())) != code->challenge)
            return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verifier does not match"));
        const QString refresh = newRefreshToken(code->user, code->scope);
        return jsonResponse(200, tokenResponse(code->user, code->scope, refresh));
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshText = form.value("refresh_token");
        const auto refresh = refreshTokens.find(refreshText);
        if (refresh == refreshTokens.end())
            return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
        if (!refresh->alive)
            return tokenError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Token has been expired or revoked."));
        if (client != OAuthServerFixture::clientId())
            return tokenError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("client_id does not match the refresh token"));
        const RefreshToken old = *refresh;
        QString next = refreshText;
        if (rotate) {
            refresh->alive = false;  // rotation: the old refresh token is dead from now on
            next = newRefreshToken(old.user, old.scope);
        }
        return jsonResponse(200, tokenResponse(old.user, old.scope, next));
    }
    if (grantType.isEmpty())
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type missing"));
    return tokenError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type %1 is not supported").arg(grantType));
}

// RFC 7662: the token in a POST form `token=…` (Dovecot introspection_mode = post), as `Authorization: Bearer`
// (introspection_mode = auth), or as ?token= in a GET (introspection_mode = get with the URL ending in "token=").
HttpResponse OAuthServerFixture::Private::introspect(const HttpRequest &request)
{
    QString tokenText;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer "))
        tokenText = QString::fromUtf8(authorization.mid(7).trimmed());
    else if (request.method == "POST")
        tokenText = FormData::decode(request.body).value("token");
    else
        tokenText = FormData::decode(request.query()).value("token");

    QMutexLocker lock(&mutex);
    ++introspectionCount;
    if (tokenText.isEmpty())
        return jsonResponse(400, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    const auto token = accessTokens.constFind(tokenText);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (token == accessTokens.constEnd() || !token->active || now >= token->expiresAtMs)
        return jsonResponse(200, {{QStringLiteral("active"), false}});
    return jsonResponse(200, {{QStringLiteral("active"), true},
                              {QStringLiteral("username"), token->user},
                              {QStringLiteral("sub"), token->user},
                              {QStringLiteral("scope"), token->scope},
                              {QStringLiteral("client_id"), OAuthServerFixture::clientId()},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("exp"), token->expiresAtMs / 1000}});
}

QString OAuthServerFixture::Private::newAccessToken(const QString &forUser, const QString &scope)
{
    // URL-safe, as Dovecot passes it on unchanged; "ya29." as at Google, to look the part in a debugger.
    const QString token =
        QStringLiteral("ya29.") +
        QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    accessTokens.insert(
        token, AccessToken{forUser, scope, QDateTime::currentMSecsSinceEpoch() + qint64(accessTokenLifetime) * 1000});
    return token;
}

QString OAuthServerFixture::Private::newRefreshToken(const QString &forUser, const QString &scope)
{
    const QString token =
        QStringLiteral("1//0") +
        QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    refreshTokens.insert(token, RefreshToken{forUser, scope});
    return token;
}

QJsonObject OAuthServerFixture::Private::tokenResponse(const QString &forUser, const QString &scope,
                                                       const QString &refreshToken)
{
    return {{QStringLiteral("access_token"), newAccessToken(forUser, scope)},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), accessTokenLifetime},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("scope"), scope}};
}

}  // namespace ipw::test
