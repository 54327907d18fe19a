#pragma once

#include "net/CheckSettings.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

namespace ipw {

/// Why a transport gave up.
struct TransportFailure {
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    /// Non-empty when the server's certificate was rejected; `certificate` is the one it presented.
    QList<QSslError> sslErrors;
    QSslCertificate certificate;
    QString detail;  ///< the socket's own message, for the transcript only (never parsed, never the diagnosis)
};

/// The seam under the protocol code: a byte stream that can be upgraded to TLS. SslTransport is the real one
/// (QSslSocket); the unit tests drive the IMAP and SMTP jobs through an in-memory one.
///
/// Certificate policy (CA certificates, pinned fingerprints, quirks) is the transport's business: `encrypted`
/// means TLS is up AND the certificate was accepted; a rejected certificate arrives as `failed` with sslErrors.
class Transport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Resolves and connects; with Security::ImplicitTls it also starts TLS right away.
    virtual void connectToServer(const ServerEndpoint &endpoint) = 0;
    /// Upgrades a plaintext connection (after the server agreed to STARTTLS).
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual QByteArray readAll() = 0;
    /// Sends what is pending, then closes; the transport may live on briefly to do so (it deletes itself).
    virtual void closeGracefully() = 0;
    /// Drops the connection at once.
    virtual void abort() = 0;
    virtual bool isEncrypted() const = 0;
    virtual QSslCertificate peerCertificate() const = 0;
    /// The local address as an SMTP address literal ("[127.0.0.1]", "[IPv6:::1]") for EHLO.
    virtual QByteArray localAddressLiteral() const = 0;

Q_SIGNALS:
    void connecting();  ///< the name is resolved, the TCP connection is being made
    void connected();   ///< TCP connection up (with implicit TLS, the handshake starts now)
    void encrypted();   ///< TLS up and the certificate accepted
    void readyRead();
    void failed(const ipw::TransportFailure &failure);
    void closedByPeer();
};

}  // namespace ipw
