// Proves OAuthServerFixture and BrowserStandIn with raw HTTP (QNetworkAccessManager, and a blocking QTcpSocket),
// not with the product's OAuth code. Tokens and codes are compared, never printed: comparisons are wrapped in
// double parentheses so Catch2 does not show the values.
#include "OAuthServerFixture.h"

#include "CatchQt.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ipw::test;
using namespace Qt::StringLiterals;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString jsonString(const char *key) const { return json().value(QLatin1String(key)).toString(); }
};

Reply send(const QUrl &url, const QByteArray &method, const QByteArray &body = QByteArray(),
           const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    // One manager per request, gone when it returns: a process-wide one leaked its HTTP thread's objects at exit
    // now and then (LeakSanitizer).
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    const std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    return result;
}

Reply postForm(const QUrl &url, const QList<std::pair<QByteArray, QString>> &form)
{
    QByteArray body;
    for (const auto &[name, value] : form)
        body += (body.isEmpty() ? "" : "&") + name + '=' + QUrl::toPercentEncoding(value);
    return send(url, "POST", body, {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString randomVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QString redirectUri = u"http://127.0.0.1:49999/callback"_s;  // never contacted: the tests read the 302

QUrl authorizeUrl(const OAuthServerFixture &server, const QString &verifier,
                  const QList<std::pair<QByteArray, QString>> &overrides = {})
{
    QList<std::pair<QByteArray, QString>> parameters = {{"response_type", u"code"_s},
                                                        {"client_id", OAuthServerFixture::clientId()},
                                                        {"redirect_uri", redirectUri},
                                                        {"scope", u"https://mail.example.test/ offline_access"_s},
                                                        {"state", u"state-42"_s},
                                                        {"code_challenge", challengeFor(verifier)},
                                                        {"code_challenge_method", u"S256"_s}};
    for (const auto &[name, value] : overrides) {
        for (auto &parameter : parameters) {
            if (parameter.first == name)
                parameter.second = value;
        }
    }
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (value.isNull())
            continue;  // an override of QString() drops the parameter
        query += (query.isEmpty() ? "" : "&") + name + '=' + QUrl::toPercentEncoding(value);
    }
    return QUrl::fromEncoded(server.authorizeUrl().toEncoded() + '?' + query);
}

// The query of a redirect Location, each value decoded once.
QUrlQuery redirectQuery(const Reply &reply)
{
    return QUrlQuery(QUrl::fromEncoded(reply.location).query(QUrl::FullyEncoded));
}

QString redirectValue(const Reply &reply, const QString &name)
{
    return redirectQuery(reply).queryItemValue(name, QUrl::FullyDecoded);
}

std::unique_ptr<OAuthServerFixture> startServer()
{
    auto server = OAuthServerFixture::start();
    INFO(server->error().toStdString());
    REQUIRE(server->ok());
    return server;
}

// Authorize (approved) and return the code.
QString authorizedCode(OAuthServerFixture &server, const QString &verifier)
{
    const Reply reply = send(authorizeUrl(server, verifier), "GET");
    REQUIRE(reply.status == 302);
    const QString code = redirectValue(reply, u"code"_s);
    REQUIRE(!code.isEmpty());
    return code;
}

Reply exchangeCode(OAuthServerFixture &server, const QString &code, const QString &verifier,
                   const QString &uri = redirectUri)
{
    return postForm(server.tokenUrl(), {{"grant_type", u"authorization_code"_s},
                                        {"code", code},
                                        {"redirect_uri", uri},
                                        {"client_id", OAuthServerFixture::clientId()},
                                        {"code_verifier", verifier}});
}

Reply refresh(OAuthServerFixture &server, const QString &refreshToken)
{
    return postForm(server.tokenUrl(), {{"grant_type", u"refresh_token"_s},
                                        {"refresh_token", refreshToken},
                                        {"client_id", OAuthServerFixture::clientId()}});
}

Reply introspect(OAuthServerFixture &server, const QString &token)
{
    return postForm(server.introspectionUrl(), {{"token", token}});
}

bool isActive(OAuthServerFixture &server, const QString &token)
{
    const Reply reply = introspect(server, token);
    REQUIRE(reply.status == 200);
    return reply.json().value(u"active"_s).toBool();
}

}  // namespace

TEST_CASE("authorize with PKCE S256, then the token endpoint gives Bearer tokens", "[oauth][fixture]")
{
    auto server = startServer();
    const QString verifier = randomVerifier();
    const Reply authorize = send(authorizeUrl(*server, verifier), "GET");
    REQUIRE(authorize.status == 302);
    const QUrl location = QUrl::fromEncoded(authorize.location);
    CHECK(location.host() == u"127.0.0.1"_s);
    CHECK(location.port() == 49999);
    CHECK(location.path() == u"/callback"_s);
    CHECK(redirectValue(authorize, u"state"_s) == u"state-42"_s);
    CHECK(server->authorizeRequests() == 1);
    CHECK(server->lastAuthorizeQuery().queryItemValue(u"code_challenge_method"_s) == u"S256"_s);
    CHECK(server->lastAuthorizeQuery().queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) == redirectUri);

    // Like Google's: '/', '+' and '=', percent-encoded in the Location.
    const QString code = redirectValue(authorize, u"code"_s);
    CHECK(code.contains(u'/'));
    CHECK(code.contains(u'+'));
    CHECK(code.contains(u'='));
    CHECK(authorize.location.contains("%2F"));
    CHECK(authorize.location.contains("%2B"));
    CHECK(authorize.location.contains("%3D"));

    const Reply token = exchangeCode(*server, code, verifier);
    INFO(token.jsonString("error").toStdString() + ' ' + token.jsonString("error_description").toStdString());
    REQUIRE(token.status == 200);
    CHECK(token.jsonString("token_type") == u"Bearer"_s);
    CHECK(token.json().value(u"expires_in"_s).toInt() == 3600);
    CHECK(token.jsonString("scope") == u"https://mail.example.test/ offline_access"_s);
    const QString accessToken = token.jsonString("access_token");
    const QString refreshToken = token.jsonString("refresh_token");
    CHECK(!accessToken.isEmpty());
    CHECK(!refreshToken.isEmpty());
    CHECK(server->tokenRequests(u"authorization_code"_s) == 1);
    CHECK(server->tokenRequests(u"refresh_token"_s) == 0);
    // The form as the server decoded it, once.
    CHECK((server->lastTokenParameter(u"code"_s) == code));
    CHECK((server->lastTokenRequest().queryItemValue(u"code"_s, QUrl::FullyDecoded) == code));
    CHECK(server->lastTokenParameter(u"redirect_uri"_s) == redirectUri);

    const Reply active = introspect(*server, accessToken);
    REQUIRE(active.status == 200);
    CHECK(active.json().value(u"active"_s).toBool());
    CHECK(active.jsonString("username") == u"alice@example.test"_s);
    CHECK(active.jsonString("scope") == u"https://mail.example.test/ offline_access"_s);
    CHECK(active.json().value(u"exp"_s).toInteger() > QDateTime::currentSecsSinceEpoch() + 3500);
}

TEST_CASE("the token endpoint refuses a wrong verifier, a reused code, a changed redirect_uri", "[oauth][fixture]")
{
    auto server = startServer();
    const QString verifier = randomVerifier();

    SECTION("wrong PKCE verifier")
    {
        const Reply token = exchangeCode(*server, authorizedCode(*server, verifier), randomVerifier());
        CHECK(token.status == 400);
        CHECK(token.jsonString("error") == u"invalid_grant"_s);
        CHECK(server->lastTokenError() == u"invalid_grant: PKCE verifier does not match"_s);
    }
    SECTION("a code is good once")
    {
        const QString code = authorizedCode(*server, verifier);
        REQUIRE(exchangeCode(*server, code, verifier).status == 200);
        const Reply again = exchangeCode(*server, code, verifier);
        CHECK(again.status == 400);
        CHECK(again.jsonString("error") == u"invalid_grant"_s);
        CHECK(again.jsonString("error_description") == u"authorization code already used"_s);
        CHECK(server->tokenRequests(u"authorization_code"_s) == 2);
    }
    SECTION("a code encoded twice (QTBUG-81624) is unknown")
    {
        const QString code = authorizedCode(*server, verifier);
        const QString onceEncoded = QString::fromLatin1(QUrl::toPercentEncoding(code));
        const Reply token = exchangeCode(*server, onceEncoded, verifier);  // encoded again on the wire
        CHECK(token.status == 400);
        CHECK(token.jsonString("error") == u"invalid_grant"_s);
        CHECK(server->lastTokenError() == u"invalid_grant: unknown authorization code"_s);
        CHECK((server->lastTokenParameter(u"code"_s) == onceEncoded));
    }
    SECTION("redirect_uri differs from the authorization request")
    {
        const Reply token =
            exchangeCode(*server, authorizedCode(*server, verifier), verifier, u"http://127.0.0.1:49998/callback"_s);
        CHECK(token.status == 400);
        CHECK(server->lastTokenError() == u"invalid_grant: redirect_uri does not match the authorization request"_s);
    }
    SECTION("an unknown grant type")
    {
        const Reply token = postForm(server->tokenUrl(), {{"grant_type", u"password"_s}});
        CHECK(token.status == 400);
        CHECK(token.jsonString("error") == u"unsupported_grant_type"_s);
        CHECK(server->tokenRequests(u"password"_s) == 1);
    }
}

TEST_CASE("refresh rotates the refresh token and the old one is dead, revoked ones are refused", "[oauth][fixture]")
{
    auto server = startServer();
    const QString verifier = randomVerifier();
    const Reply first = exchangeCode(*server, authorizedCode(*server, verifier), verifier);
    REQUIRE(first.status == 200);
    const QString refresh1 = first.jsonString("refresh_token");

    const Reply second = refresh(*server, refresh1);
    REQUIRE(second.status == 200);
    const QString refresh2 = second.jsonString("refresh_token");
    CHECK(!refresh2.isEmpty());
    CHECK((refresh2 != refresh1));
    CHECK((second.jsonString("access_token") != first.jsonString("access_token")));
    CHECK(isActive(*server, second.jsonString("access_token")));
    CHECK(server->tokenRequests(u"refresh_token"_s) == 1);

    const Reply old = refresh(*server, refresh1);
    CHECK(old.status == 400);
    CHECK(old.jsonString("error") == u"invalid_grant"_s);

    SECTION("without rotation the same refresh token comes back and stays good")
    {
        server->setRotateRefreshTokens(false);
        const Reply third = refresh(*server, refresh2);
        REQUIRE(third.status == 200);
        CHECK((third.jsonString("refresh_token") == refresh2));
        CHECK(refresh(*server, refresh2).status == 200);
    }
    SECTION("revoked")
    {
        server->revokeRefreshTokens();
        const Reply revoked = refresh(*server, refresh2);
        CHECK(revoked.status == 400);
        CHECK(revoked.jsonString("error") == u"invalid_grant"_s);
        // A refresh token issued after the revocation is good.
        CHECK(refresh(*server, server->issueRefreshToken()).status == 200);
    }
}

TEST_CASE("introspection: POST form, Bearer header, inactive, expired", "[oauth][fixture]")
{
    auto server = startServer();
    const QString token = server->issueAccessToken();

    CHECK(isActive(*server, token));
    CHECK_FALSE(isActive(*server, u"ya29.not-a-token"_s));
    const QByteArray bearer = "Bearer " + token.toLatin1();
    const Reply get = send(server->introspectionUrl(), "GET", {}, {{"Authorization", bearer}});
    CHECK(get.status == 200);
    CHECK(get.json().value(u"active"_s).toBool());
    CHECK(get.jsonString("username") == u"alice@example.test"_s);
    const Reply post = send(server->introspectionUrl(), "POST", {}, {{"Authorization", bearer}});
    CHECK(post.json().value(u"active"_s).toBool());
    CHECK(send(server->introspectionUrl(), "GET").status == 400);  // no token at all
    CHECK(server->introspectionRequests() == 5);

    SECTION("setUser: the user the next tokens are for")
    {
        server->setUser(u"bob@example.test"_s);
        CHECK(introspect(*server, server->issueAccessToken()).jsonString("username") == u"bob@example.test"_s);
        server->reset();
        CHECK(server->user() == u"alice@example.test"_s);
        CHECK(server->introspectionRequests() == 0);
        CHECK(isActive(*server, token));  // reset() keeps issued tokens
    }
    SECTION("expireAccessTokens")
    {
        server->expireAccessTokens();
        CHECK_FALSE(isActive(*server, token));
        CHECK(introspect(*server, token).json() == QJsonObject{{u"active"_s, false}});
        CHECK(isActive(*server, server->issueAccessToken()));  // new ones are good
    }
    SECTION("a lifetime of 0 s: expired at once")
    {
        server->setAccessTokenLifetime(0);
        CHECK_FALSE(isActive(*server, server->issueAccessToken()));
    }
    SECTION("a lifetime of a few seconds: active at first, inactive once it is over")
    {
        // 4 s: the first introspection, one loopback request away, comes well within it even on a loaded machine.
        server->setAccessTokenLifetime(4);
        const QString shortLived = server->issueAccessToken();
        CHECK(isActive(*server, shortLived));
        // Then a poll with a deadline, not a sleep of the lifetime plus a guess.
        const QDeadlineTimer deadline(30000);
        while (isActive(*server, shortLived) && !deadline.hasExpired())
            QTest::qWait(100);
        CHECK_FALSE(isActive(*server, shortLived));
    }
}

TEST_CASE("authorize: deny, wrong state, no redirect, and requests it refuses", "[oauth][fixture]")
{
    auto server = startServer();
    const QString verifier = randomVerifier();

    SECTION("Deny")
    {
        server->setConsent(OAuthServerFixture::Consent::Deny);
        const Reply reply = send(authorizeUrl(*server, verifier), "GET");
        REQUIRE(reply.status == 302);
        CHECK(reply.location.startsWith(QByteArray(redirectUri.toLatin1() + '?')));
        CHECK(redirectValue(reply, u"error"_s) == u"access_denied"_s);
        CHECK(!redirectValue(reply, u"error_description"_s).isEmpty());
        CHECK(redirectValue(reply, u"state"_s) == u"state-42"_s);
        CHECK(!redirectQuery(reply).hasQueryItem(u"code"_s));
    }
    SECTION("WrongState")
    {
        server->setConsent(OAuthServerFixture::Consent::WrongState);
        const Reply reply = send(authorizeUrl(*server, verifier), "GET");
        REQUIRE(reply.status == 302);
        CHECK(!redirectValue(reply, u"code"_s).isEmpty());
        CHECK(!redirectValue(reply, u"state"_s).isEmpty());
        CHECK(redirectValue(reply, u"state"_s) != u"state-42"_s);
    }
    SECTION("NoRedirect")
    {
        server->setConsent(OAuthServerFixture::Consent::NoRedirect);
        const Reply reply = send(authorizeUrl(*server, verifier), "GET");
        CHECK(reply.status == 200);
        CHECK(reply.location.isEmpty());
    }
    SECTION("PKCE missing or plain: 302 with invalid_request")
    {
        for (const auto &override : QList<std::pair<QByteArray, QString>>{{"code_challenge", QString()},
                                                                          {"code_challenge_method", u"plain"_s},
                                                                          {"code_challenge_method", QString()},
                                                                          {"response_type", u"token"_s}}) {
            INFO(override.first.toStdString() + '=' + override.second.toStdString());
            const Reply reply = send(authorizeUrl(*server, verifier, {override}), "GET");
            CHECK(reply.status == 302);
            CHECK(redirectValue(reply, u"error"_s) == u"invalid_request"_s);
            CHECK(redirectValue(reply, u"state"_s) == u"state-42"_s);
        }
    }
    SECTION("unknown client or a redirect_uri that is not loopback: 400, no redirect")
    {
        for (const auto &override :
             QList<std::pair<QByteArray, QString>>{{"client_id", u"someone-else"_s},
                                                   {"redirect_uri", u"http://mail.example.test:8080/"_s},
                                                   {"redirect_uri", u"https://127.0.0.1:8080/"_s},
                                                   {"redirect_uri", u"http://127.0.0.1/no-port"_s}}) {
            INFO(override.first.toStdString() + '=' + override.second.toStdString());
            const Reply reply = send(authorizeUrl(*server, verifier, {override}), "GET");
            CHECK(reply.status == 400);
            CHECK(reply.location.isEmpty());
        }
    }
    SECTION("localhost redirect")
    {
        const Reply reply =
            send(authorizeUrl(*server, verifier, {{"redirect_uri", u"http://localhost:49999/"_s}}), "GET");
        CHECK(reply.status == 302);
        CHECK(reply.location.startsWith("http://localhost:49999/?code="));
    }
}

TEST_CASE("switches that make the provider misbehave: token faults and an authorize error", "[oauth][fixture]")
{
    auto server = startServer();
    const QString verifier = randomVerifier();
    const QString code = authorizedCode(*server, verifier);

    SECTION("ServerError")
    {
        server->setTokenFault(OAuthServerFixture::TokenFault::ServerError);
        const Reply reply = exchangeCode(*server, code, verifier);
        CHECK(reply.status == 500);
        CHECK(reply.jsonString("error") == u"server_error"_s);
        server->setTokenFault(OAuthServerFixture::TokenFault::None);
        CHECK(exchangeCode(*server, code, verifier).status == 200);  // the code was not consumed
    }
    SECTION("NoAccessToken")
    {
        server->setTokenFault(OAuthServerFixture::TokenFault::NoAccessToken);
        const Reply reply = exchangeCode(*server, code, verifier);
        CHECK(reply.status == 200);
        CHECK(!reply.json().contains(u"access_token"_s));
    }
    SECTION("NotJson")
    {
        server->setTokenFault(OAuthServerFixture::TokenFault::NotJson);
        const Reply reply = exchangeCode(*server, code, verifier);
        CHECK(reply.status == 200);
        CHECK(QJsonDocument::fromJson(reply.body).isNull());
    }
    SECTION("NoAnswer")
    {
        server->setTokenFault(OAuthServerFixture::TokenFault::NoAnswer);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        REQUIRE(socket.waitForConnected(5000));
        socket.write("POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Content-Length: 24\r\n\r\ngrant_type=refresh_token");
        REQUIRE(socket.waitForBytesWritten(5000));
        // The server thread counts the request once it has read it all; it has decided not to answer by then.
        CHECK(QTest::qWaitFor([&] { return server->tokenRequests(u"refresh_token"_s) == 1; }, 10000));
        // No answer comes (a negative: a short wait is all that can show it, and it cannot fail a correct server).
        CHECK_FALSE(socket.waitForReadyRead(1000));
        CHECK(socket.bytesAvailable() == 0);  // nor while the event loop ran above
        CHECK(socket.state() == QAbstractSocket::ConnectedState);
    }
    SECTION("authorize error, then reset()")
    {
        server->setAuthorizeError(u"invalid_scope"_s);
        const Reply reply = send(authorizeUrl(*server, verifier), "GET");
        CHECK(reply.status == 302);
        CHECK(redirectValue(reply, u"error"_s) == u"invalid_scope"_s);
        CHECK(redirectValue(reply, u"state"_s) == u"state-42"_s);
        server->setTokenFault(OAuthServerFixture::TokenFault::ServerError);
        server->reset();
        CHECK(!redirectValue(send(authorizeUrl(*server, verifier), "GET"), u"code"_s).isEmpty());
        CHECK(exchangeCode(*server, code, verifier).status == 200);
    }
}

TEST_CASE("the server answers while the test thread blocks", "[oauth][fixture]")
{
    auto server = startServer();
    // A blocking socket: no event loop runs in this thread while it waits.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    REQUIRE(socket.waitForConnected(5000));
    const QByteArray body = "token=nothing";
    socket.write("POST /introspect HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
    REQUIRE(socket.waitForBytesWritten(5000));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    CHECK(answer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    const QByteArray response = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    CHECK(response.startsWith("HTTP/1.1 200 OK\r\n"));
    CHECK(response.contains("\r\nConnection: close\r\n"));
    CHECK(response.endsWith("{\"active\":false}"));
    CHECK(socket.state() != QAbstractSocket::ConnectedState);  // the server closed
}

namespace {

// The app's loopback redirect listener, as far as the browser can tell.
class RedirectListener : public QTcpServer {
public:
    QByteArray requestLine;

    RedirectListener()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                    return;
                const QByteArray request = socket->readAll();
                requestLine = request.left(request.indexOf("\r\n"));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
    }
};

}  // namespace

TEST_CASE("BrowserStandIn follows the authorize redirect to a local listener", "[oauth][fixture]")
{
    auto server = startServer();
    RedirectListener app;
    REQUIRE(app.listen(QHostAddress::LocalHost, 0));
    const QString host = GENERATE(u"127.0.0.1"_s, u"localhost"_s);  // localhost: pinned to 127.0.0.1
    const QString uri = u"http://%1:%2/oauth-callback"_s.arg(host).arg(app.serverPort());
    const QString verifier = randomVerifier();
    const QUrl url = authorizeUrl(*server, verifier, {{"redirect_uri", uri}});

    BrowserStandIn browser;
    QSignalSpy done(&browser, &BrowserStandIn::done);
    browser.open(url);
    CHECK(done.count() == 0);  // asynchronous
    REQUIRE(browser.waitForDone(10000));
    INFO(browser.error().toStdString());
    CHECK(done.count() == 1);
    CHECK(browser.opened() == 1);
    CHECK(browser.lastUrl() == url);
    CHECK(browser.authorizeStatus() == 302);
    CHECK(browser.redirectStatus() == 200);
    CHECK(browser.error().isEmpty());
    CHECK(browser.redirectedTo().host() == host);
    // The code arrived at the app as the server sent it: encoded once.
    CHECK(app.requestLine.startsWith("GET /oauth-callback?code=4%2F0Ab%2B"));
    CHECK(app.requestLine.contains("&state=state-42 HTTP/1.1"));
    const QString code = QUrlQuery(QString::fromLatin1(app.requestLine.split(' ').at(1).split('?').at(1)))
                             .queryItemValue(u"code"_s, QUrl::FullyDecoded);
    CHECK(exchangeCode(*server, code, verifier, uri).status == 200);
}

TEST_CASE("BrowserStandIn refuses hosts that are not loopback, and reports a page without redirect", "[oauth][fixture]")
{
    BrowserStandIn browser;
    SECTION("not loopback: never contacted")
    {
        browser.open(QUrl(u"http://192.0.2.1/authorize"_s));  // TEST-NET-1
        REQUIRE(browser.waitForDone(5000));
        CHECK(browser.opened() == 1);
        CHECK(browser.authorizeStatus() == 0);
        CHECK(browser.redirectStatus() == 0);
        CHECK(browser.error().startsWith(u"refused"_s));
    }
    SECTION("nothing answers at the redirect")
    {
        auto server = startServer();
        server->setConsent(OAuthServerFixture::Consent::Deny);
        browser.open(authorizeUrl(*server, randomVerifier(), {{"redirect_uri", u"http://127.0.0.1:1/cb"_s}}));
        REQUIRE(browser.waitForDone(10000));
        CHECK(browser.authorizeStatus() == 302);
        CHECK(browser.redirectStatus() == 0);  // nothing listens on port 1
        CHECK(!browser.error().isEmpty());
    }
    SECTION("NoRedirect")
    {
        auto server = startServer();
        server->setConsent(OAuthServerFixture::Consent::NoRedirect);
        browser.open(authorizeUrl(*server, randomVerifier()));
        REQUIRE(browser.waitForDone(10000));
        CHECK(browser.authorizeStatus() == 200);
        CHECK(browser.redirectStatus() == 0);
        CHECK(browser.error() == u"no redirect: HTTP 200"_s);
    }
}

TEST_CASE("the shared server is one per process", "[oauth][fixture]")
{
    OAuthServerFixture &shared = OAuthServerFixture::shared();
    REQUIRE(shared.ok());
    CHECK(&shared == &OAuthServerFixture::shared());
    CHECK(shared.introspectionUrl() == QUrl(u"http://127.0.0.1:%1/introspect"_s.arg(shared.port())));
    shared.setConsent(OAuthServerFixture::Consent::Deny);
    shared.reset();
    const Reply reply = send(authorizeUrl(shared, randomVerifier()), "GET");
    CHECK(!redirectValue(reply, u"code"_s).isEmpty());
}
