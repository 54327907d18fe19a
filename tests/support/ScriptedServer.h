#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QVariantMap>

#include <functional>

class QSslSocket;

namespace ipw::test {

class ScriptedServer;

/// One client connection to a ScriptedServer, as its handlers see it.
class ScriptedSession : public QObject {
    Q_OBJECT
public:
    void send(const QByteArray &bytes);
    void sendLine(const QByteArray &line) { send(line + "\r\n"); }
    /// Upgrades to TLS (after answering STARTTLS): what was sent before goes out in plaintext first.
    void startTls();
    void close();
    /// Hostile: sends `chunk` again and again, as fast as the client reads, until the client goes away.
    void flood(const QByteArray &chunk);
    bool isEncrypted() const;
    /// Everything this client sent (as decrypted bytes).
    const QByteArray &received() const { return m_received; }

    QVariantMap state;  ///< for handlers that need to remember something per connection

private:
    friend class ScriptedServer;
    ScriptedSession(ScriptedServer *server, QSslSocket *socket);
    void onReadyRead();

    ScriptedServer *m_server;
    QSslSocket *m_socket;
    QByteArray m_received;
    QByteArray m_pending;
    QByteArray m_flood;
};

/// A test server on loopback, port 0 (so tests run in parallel), that plays whatever its handlers script: the
/// transcript replays, and hostile servers (junk, huge lines, stalls, refusals). Plaintext, or implicit TLS with
/// the certificate given; any session can switch to TLS later (STARTTLS).
///
///     ScriptedServer server(ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
///     server.onConnect = [](ScriptedSession &s) { s.sendLine("* OK ready"); };
///     server.onLine = [](ScriptedSession &s, const QByteArray &line) { … };
///     REQUIRE(server.listen());
class ScriptedServer : public QTcpServer {
    Q_OBJECT
public:
    enum class Tls { None, Implicit };

    explicit ScriptedServer(Tls tls = Tls::None, QSslCertificate certificate = QSslCertificate(),
                            QSslKey key = QSslKey(), QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const { return serverPort(); }

    std::function<void(ScriptedSession &)> onConnect;
    /// Called for each line the client sends, without its CRLF.
    std::function<void(ScriptedSession &, const QByteArray &line)> onLine;

    /// Everything every client sent, in order of connection.
    QByteArray received() const;
    int connectionCount() const { return m_sessions.size(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ScriptedSession;
    Tls m_tls;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QPointer<ScriptedSession>> m_sessions;
};

}  // namespace ipw::test
