#pragma once
// "Send to my iPhone": a one-shot plain-HTTP server on one LAN address of this PC that hands one file (the Apple
// profile) to the first phone that asks for its random path, then closes.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace ipw {

/// Serves `body` once at http://<address>:<port>/<random path>/<file name>. Plain HTTP because a phone cannot trust
/// a certificate this PC makes up; the file holds settings only, never a password. The path carries 128 bits from
/// the system's CSPRNG, so another device on the network cannot guess it. Any other path gets 404 and does not count.
/// The server closes after the one download, after lifetime() (5 minutes) or when close() is called (the page is
/// left), whichever comes first; it never listens on every address (0.0.0.0 or ::) .
///
///     ProfileHandoffServer server(xml, AppleMailProfile::kContentType, u"taro.mobileconfig"_s);
///     if (server.listen(QHostAddress(u"192.168.1.20"_s)))
///         showQrCode(server.url());
///     connect(&server, &ProfileHandoffServer::finished, …);   // Downloaded, TimedOut or Cancelled
class ProfileHandoffServer : public QObject {
    Q_OBJECT
public:
    enum class Error { AnyAddressRefused, ListenFailed };
    enum class Ending { Downloaded, TimedOut, Cancelled };
    Q_ENUM(Ending)

    ProfileHandoffServer(QByteArray body, QByteArray contentType, QString fileName, QObject *parent = nullptr);
    ~ProfileHandoffServer() override;

    /// Starts listening on exactly `address` (port 0: any free port). False with error() for an any-address or when
    /// the socket cannot bind. Starts the lifetime timer.
    bool listen(const QHostAddress &address, quint16 port = 0);
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    bool isListening() const;
    /// http://address:port/path/file — what the QR code encodes. Empty before listen().
    QUrl url() const { return m_url; }
    std::chrono::milliseconds lifetime() const { return m_lifetime; }
    void setLifetime(std::chrono::milliseconds lifetime) { m_lifetime = lifetime; }
    std::chrono::milliseconds remaining() const;
    bool downloaded() const { return m_downloaded; }

    /// Stops listening and drops open connections (the page was left). Emits finished(Cancelled) if still open.
    void close();

Q_SIGNALS:
    /// Exactly once, after listen() succeeded: the server is closed.
    void finished(ipw::ProfileHandoffServer::Ending ending);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &contentType, const QByteArray &body,
               const QByteArray &extraHeaders = {});
    void finish(Ending ending);

    QByteArray m_body;
    QByteArray m_contentType;
    QString m_fileName;
    QString m_path;
    QUrl m_url;
    QTcpServer *m_server = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_lifetime = std::chrono::minutes(5);
    Error m_error = Error::ListenFailed;
    QString m_errorString;
    bool m_downloaded = false;
    bool m_finished = false;
};

}  // namespace ipw
