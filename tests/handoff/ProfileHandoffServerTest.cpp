// The one-shot server of "Send to my iPhone", on 127.0.0.1 only: serves the profile exactly once at its random
// path with Apple's content type, refuses other paths without counting them, and is closed afterwards.

#include "handoff/ProfileHandoffServer.h"
#include "CatchQt.h"
#include "handoff/AppleMailProfile.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

const QByteArray kBody = "<plist>settings only</plist>";

struct Reply {
    bool connected = false;
    QByteArray bytes;
    QByteArray status() const { return bytes.left(bytes.indexOf("\r\n")); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : bytes.left(bytes.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
};

// A raw HTTP/1.1 request, as a phone's Safari sends it; the reply until the server closes.
Reply request(const QHostAddress &host, quint16 port, const QByteArray &requestLine)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    Reply reply;
    QElapsedTimer connecting;
    connecting.start();
    while (socket.state() != QAbstractSocket::ConnectedState && socket.state() != QAbstractSocket::UnconnectedState &&
           connecting.elapsed() < 3000)
        QTest::qWait(10);
    reply.connected = socket.state() == QAbstractSocket::ConnectedState;
    if (!reply.connected)
        return reply;
    socket.write(requestLine + "\r\nHost: " + host.toString().toLatin1() + "\r\nUser-Agent: test\r\n\r\n");
    QElapsedTimer t;
    t.start();
    // The server runs in this thread: let the event loop turn while waiting for its reply.
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
        QTest::qWait(10);
        reply.bytes += socket.readAll();
    }
    reply.bytes += socket.readAll();
    return reply;
}

}  // namespace

TEST_CASE("the handoff server serves the profile once at its random path, then closes", "[handoff]")
{
    ProfileHandoffServer server(kBody, AppleMailProfile::kContentType, u"taro@example.jp.mobileconfig"_s);
    QSignalSpy finished(&server, &ProfileHandoffServer::finished);
    const QHostAddress loopback(QHostAddress::LocalHost);
    REQUIRE(server.listen(loopback));
    const QUrl url = server.url();
    CHECK(url.scheme() == u"http"_s);
    CHECK(url.host() == u"127.0.0.1"_s);
    const quint16 port = quint16(url.port());
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    // 128 random bits, base64url: 22 characters before the file name.
    CHECK(path.split('/').value(1).size() == 22);
    CHECK(path.endsWith("/taro%40example.jp.mobileconfig"));

    // Other paths: 404, and they do not use up the one download.
    CHECK(request(loopback, port, "GET / HTTP/1.1").status() == "HTTP/1.1 404 Not Found");
    CHECK(request(loopback, port, "GET " + path.left(path.lastIndexOf('/')) + "x/a HTTP/1.1").status() ==
          "HTTP/1.1 404 Not Found");
    CHECK(request(loopback, port, "POST " + path + " HTTP/1.1").status() == "HTTP/1.1 405 Method Not Allowed");
    CHECK_FALSE(server.downloaded());
    CHECK(server.isListening());

    const Reply ok = request(loopback, port, "GET " + path + " HTTP/1.1");
    CHECK(ok.status() == "HTTP/1.1 200 OK");
    CHECK(ok.header("Content-Type") == "application/x-apple-aspen-config");
    CHECK(ok.body() == kBody);
    // (It may have finished while the request above waited for the reply.)
    REQUIRE((finished.size() == 1 || finished.wait(3000)));
    CHECK(finished.first().first().value<ProfileHandoffServer::Ending>() == ProfileHandoffServer::Ending::Downloaded);
    CHECK(server.downloaded());
    CHECK_FALSE(server.isListening());

    // Closed: a second phone (or the same one again) cannot connect at all.
    CHECK_FALSE(request(loopback, port, "GET " + path + " HTTP/1.1").connected);
    CHECK(finished.size() == 1);
}

TEST_CASE("the handoff server listens only on the chosen address, never on every address", "[handoff]")
{
    ProfileHandoffServer any(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    CHECK_FALSE(any.listen(QHostAddress::Any));
    CHECK(any.error() == ProfileHandoffServer::Error::AnyAddressRefused);
    CHECK_FALSE(any.listen(QHostAddress::AnyIPv4));
    CHECK_FALSE(any.listen(QHostAddress::AnyIPv6));
    CHECK_FALSE(any.isListening());

    ProfileHandoffServer server(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    REQUIRE(server.listen(QHostAddress(u"127.0.0.1"_s)));
    // The same port on another loopback address is not served.
    CHECK_FALSE(request(QHostAddress(u"127.0.0.2"_s), quint16(server.url().port()), "GET / HTTP/1.1").connected);
    CHECK(server.isListening());
}

TEST_CASE("the handoff server closes when its time is up or the page is left", "[handoff]")
{
    ProfileHandoffServer server(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    CHECK(server.lifetime() == std::chrono::minutes(5));
    server.setLifetime(std::chrono::milliseconds(300));
    QSignalSpy finished(&server, &ProfileHandoffServer::finished);
    REQUIRE(server.listen(QHostAddress::LocalHost));
    CHECK(server.remaining() > std::chrono::milliseconds(0));
    const quint16 port = quint16(server.url().port());
    REQUIRE(finished.wait(3000));
    CHECK(finished.first().first().value<ProfileHandoffServer::Ending>() == ProfileHandoffServer::Ending::TimedOut);
    CHECK_FALSE(server.isListening());
    CHECK(server.remaining() == std::chrono::milliseconds(0));
    CHECK_FALSE(request(QHostAddress::LocalHost, port, "GET " + server.url().path().toUtf8() + " HTTP/1.1").connected);

    ProfileHandoffServer left(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    QSignalSpy leftFinished(&left, &ProfileHandoffServer::finished);
    REQUIRE(left.listen(QHostAddress::LocalHost));
    left.close();
    REQUIRE(leftFinished.size() == 1);
    CHECK(leftFinished.first().first().value<ProfileHandoffServer::Ending>() ==
          ProfileHandoffServer::Ending::Cancelled);
    CHECK_FALSE(left.isListening());
    left.close();
    CHECK(leftFinished.size() == 1);
}

TEST_CASE("two servers get different random paths", "[handoff]")
{
    ProfileHandoffServer a(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    ProfileHandoffServer b(kBody, AppleMailProfile::kContentType, u"a.mobileconfig"_s);
    REQUIRE(a.listen(QHostAddress::LocalHost));
    REQUIRE(b.listen(QHostAddress::LocalHost));
    CHECK(a.url().path() != b.url().path());
}
