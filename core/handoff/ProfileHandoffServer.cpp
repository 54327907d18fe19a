#include "handoff/ProfileHandoffServer.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

constexpr qsizetype kMaxRequestHead = 8 * 1024;  // a phone's GET is well under 1 KiB
constexpr int kConnectionTimeoutMs = 15000;      // a connection that never finishes its request is dropped

// 16 bytes (128 bits) from the system's CSPRNG, base64url: the unguessable part of the URL.
QString randomPath()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

}  // namespace

ProfileHandoffServer::ProfileHandoffServer(QByteArray body, QByteArray contentType, QString fileName, QObject *parent)
    : QObject(parent)
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
    , m_fileName(std::move(fileName))
{
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may run 5 % long, and the page counts the minutes down to the user.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(Ending::TimedOut); });
}

ProfileHandoffServer::~ProfileHandoffServer()
{
    if (m_server)
        m_server->close();
}

bool ProfileHandoffServer::listen(const QHostAddress &address, quint16 port)
{
    if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6) {
        m_error = Error::AnyAddressRefused;
        m_errorString = u"refusing to listen on every address"_s;
        return false;
    }
    delete m_server;
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        m_error = Error::ListenFailed;
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &ProfileHandoffServer::onNewConnection);
    m_path = u'/' + randomPath() + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_fileName));
    m_url = QUrl(u"http://%1:%2%3"_s
                     .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                              : address.toString())
                     .arg(m_server->serverPort())
                     .arg(m_path),
                 QUrl::StrictMode);
    m_finished = false;
    m_downloaded = false;
    m_timer.start(m_lifetime);
    return true;
}

bool ProfileHandoffServer::isListening() const
{
    return m_server && m_server->isListening();
}

std::chrono::milliseconds ProfileHandoffServer::remaining() const
{
    return isListening() ? std::min(m_timer.remainingTimeAsDuration(), m_lifetime) : std::chrono::milliseconds(0);
}

void ProfileHandoffServer::close()
{
    finish(Ending::Cancelled);
}

void ProfileHandoffServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kConnectionTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void ProfileHandoffServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxRequestHead)
            socket->abort();
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // Request line (RFC 9112 §3): method SP request-target SP HTTP-version.
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const bool isGet = requestLine.size() == 3 && (requestLine[0] == "GET" || requestLine[0] == "HEAD");
    const bool pathMatches = isGet && requestLine[1] == m_path.toUtf8();
    if (!pathMatches || m_downloaded || m_finished) {
        reply(socket, isGet ? "404 Not Found" : "405 Method Not Allowed", "text/plain; charset=utf-8", "Not found\n");
        return;
    }
    if (requestLine[0] == "HEAD") {
        reply(socket, "200 OK", m_contentType, {});
        return;
    }
    const QByteArray disposition =
        "Content-Disposition: attachment; filename=\"" + QUrl::toPercentEncoding(m_fileName) + "\"\r\n";
    reply(socket, "200 OK", m_contentType, m_body, disposition);
    m_downloaded = true;
    // Close the listener now; the reply still drains on its own socket.
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(Ending::Downloaded); });
    if (m_server)
        m_server->close();
}

void ProfileHandoffServer::reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType,
                                 const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
                          "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void ProfileHandoffServer::finish(Ending ending)
{
    if (m_finished || !m_server)
        return;
    m_finished = true;
    m_timer.stop();
    m_server->close();
    if (ending != Ending::Downloaded) {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->abort();
    }
    Q_EMIT finished(m_downloaded ? Ending::Downloaded : ending);
}

}  // namespace ipw
