#pragma once

#include "net/Transport.h"

#include <QPointer>
#include <QSet>
#include <QSslSocket>

namespace ipw {

/// What a TLS connection trusts, beyond the system's CAs and default settings.
struct TlsPolicy {
    QList<QSslCertificate> extraCaCertificates;
    QSet<QByteArray> pinnedSha256;  ///< for this endpoint only (lower-case hex)
};

/// The real transport: a QSslSocket, certificate verified against the system CAs plus the policy's, or pinned.
class SslTransport : public Transport {
    Q_OBJECT
public:
    explicit SslTransport(TlsPolicy policy, QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToServer(const ServerEndpoint &endpoint) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void closeGracefully() override;
    void abort() override;
    bool isEncrypted() const override;
    QSslCertificate peerCertificate() const override;
    QByteArray localAddressLiteral() const override;

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onError(QAbstractSocket::SocketError error);

    TlsPolicy m_policy;
    QSslSocket *m_socket = nullptr;
    QList<QSslError> m_rejectedErrors;
    bool m_done = false;  // failed or closedByPeer was emitted
};

}  // namespace ipw
