// BrowserStandIn as the "system browser" of GUI tests: a QDesktopServices URL handler, as the wizard's tests use it.
#include "OAuthServerFixture.h"

#include "CatchQt.h"
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace ipw::test;
using namespace Qt::StringLiterals;

TEST_CASE("QDesktopServices::openUrl reaches BrowserStandIn, which follows the redirect", "[oauth][fixture][gui]")
{
    auto server = OAuthServerFixture::start();
    REQUIRE(server->ok());
    // The app's redirect listener: answers any request with 200.
    QTcpServer app;
    REQUIRE(app.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&app, &QTcpServer::newConnection, &app, [&app] {
        QTcpSocket *socket = app.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->peek(65536).contains("\r\n\r\n"))
                return;
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });

    const QByteArray verifier(43, 'v');
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray redirect = QUrl::toPercentEncoding(u"http://localhost:%1/"_s.arg(app.serverPort()));
    const QUrl url = QUrl::fromEncoded(server->authorizeUrl().toEncoded() +
                                       "?response_type=code&client_id=ipw-test-client&redirect_uri=" + redirect +
                                       "&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256");

    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    QSignalSpy done(&browser, &BrowserStandIn::done);
    CHECK(QDesktopServices::openUrl(url));
    QDesktopServices::unsetUrlHandler(u"http"_s);
    REQUIRE((done.count() == 1 || done.wait(10000)));
    INFO(browser.error().toStdString());
    CHECK(browser.opened() == 1);
    CHECK(browser.lastUrl() == url);
    CHECK(browser.authorizeStatus() == 302);
    CHECK(browser.redirectStatus() == 200);
    CHECK(server->authorizeRequests() == 1);
}
