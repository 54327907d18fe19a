#include "ScriptedServer.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace ipw::test {

ScriptedSession::ScriptedSession(ScriptedServer *server, QSslSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QIODevice::readyRead, this, &ScriptedSession::onReadyRead);
    // A client that gives up on our certificate is a normal test case, not a server error.
    connect(socket, &QSslSocket::sslErrors, this, [] {});
}

void ScriptedSession::send(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void ScriptedSession::startTls()
{
    m_socket->flush();
    m_socket->startServerEncryption();
}

void ScriptedSession::close()
{
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void ScriptedSession::flood(const QByteArray &chunk)
{
    // Refilled whenever the socket has handed its queue to the kernel: the server never buffers more than a few
    // chunks itself, so only the client's memory is under test.
    QByteArray block;
    while (block.size() < 64 * 1024)
        block += chunk;
    m_flood = block;
    auto refill = [this] {
        // With TLS, written bytes move at once from bytesToWrite() to encryptedBytesToWrite(): count both.
        while (m_socket->state() == QAbstractSocket::ConnectedState &&
               m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < 4 * m_flood.size())
            m_socket->write(m_flood);
    };
    connect(m_socket, &QSslSocket::bytesWritten, this, refill);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, refill);
    refill();
}

bool ScriptedSession::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void ScriptedSession::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_received += bytes;
    m_pending += bytes;
    for (;;) {
        const qsizetype lf = m_pending.indexOf('\n');
        if (lf < 0)
            return;
        QByteArray line = m_pending.left(lf);
        m_pending.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_server->onLine)
            m_server->onLine(*this, line);
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

ScriptedServer::ScriptedServer(Tls tls, QSslCertificate certificate, QSslKey key, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_certificate(std::move(certificate))
    , m_key(std::move(key))
{
}

ScriptedServer::~ScriptedServer()
{
    close();
}

bool ScriptedServer::listen(const QHostAddress &address)
{
    return QTcpServer::listen(address, 0);
}

QByteArray ScriptedServer::received() const
{
    QByteArray all;
    for (const auto &session : m_sessions)
        if (session)
            all += session->received();
    return all;
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (!m_certificate.isNull()) {
        QSslConfiguration config = socket->sslConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(config);
    }
    auto *session = new ScriptedSession(this, socket);
    m_sessions.append(session);
    if (m_tls == Tls::Implicit) {
        connect(socket, &QSslSocket::encrypted, session, [this, session] {
            if (onConnect)
                onConnect(*session);
        });
        socket->startServerEncryption();
    } else if (onConnect) {
        onConnect(*session);
    }
}

}  // namespace ipw::test
