#include "net/SslTransport.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QTimer>

namespace ipw {

SslTransport::SslTransport(TlsPolicy policy, QObject *parent)
    : Transport(parent)
    , m_policy(std::move(policy))
    , m_socket(new QSslSocket(this))
{
    // Mail servers are reached directly; an application-wide HTTP proxy must not see (or break) the dialogue.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::ConnectingState)
            Q_EMIT connecting();
    });
    connect(m_socket, &QAbstractSocket::connected, this, &Transport::connected);
    connect(m_socket, &QSslSocket::encrypted, this, &Transport::encrypted);
    connect(m_socket, &QIODevice::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SslTransport::onError);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (!m_done) {
            m_done = true;
            Q_EMIT closedByPeer();
        }
    });
}

SslTransport::~SslTransport() = default;

void SslTransport::connectToServer(const ServerEndpoint &endpoint)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_policy.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_policy.extraCaCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // docomo's servers (and only those, by the caller's choice) lack RFC 5746 secure renegotiation, which
    // OpenSSL 3 refuses by default (resources/providers/docomo.json, `tlsQuirks`, with its source).
    if (endpoint.quirks.allowLegacyRenegotiation)
        config.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, false);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(endpoint.host);
    if (endpoint.security == Security::ImplicitTls)
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    else
        m_socket->connectToHost(endpoint.host, endpoint.port);
}

void SslTransport::startTls()
{
    m_socket->startClientEncryption();
}

void SslTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

QByteArray SslTransport::readAll()
{
    return m_socket->readAll();
}

void SslTransport::closeGracefully()
{
    m_done = true;
    disconnect(this, nullptr, nullptr, nullptr);  // nobody listens any more
    setParent(nullptr);
    m_socket->flush();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        deleteLater();
        return;
    }
    connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    // A server that never reads must not keep us around: give up after a moment.
    QTimer::singleShot(2000, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_socket->disconnectFromHost();
}

void SslTransport::abort()
{
    m_done = true;
    m_socket->abort();
}

bool SslTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QSslCertificate SslTransport::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QByteArray SslTransport::localAddressLiteral() const
{
    const QHostAddress address = m_socket->localAddress();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        if (const QHostAddress v4(address.toIPv4Address()); address.isEqual(v4, QHostAddress::ConvertV4MappedToIPv4))
            return '[' + v4.toString().toLatin1() + ']';
        return "[IPv6:" + address.toString().toLatin1() + ']';
    }
    if (address.isNull())
        return "localhost";
    return '[' + address.toString().toLatin1() + ']';
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex();
    if (!certificate.isNull() && m_policy.pinnedSha256.contains(fingerprint)) {
        // The user trusts exactly this certificate for exactly this host:port.
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_rejectedErrors = errors;
}

void SslTransport::onError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_rejectedErrors.isEmpty()) {
        m_done = true;
        Q_EMIT closedByPeer();
        return;
    }
    m_done = true;
    TransportFailure failure;
    failure.socketError = error;
    failure.sslErrors = m_rejectedErrors;
    failure.certificate = m_socket->peerCertificate();
    failure.detail = m_socket->errorString();
    Q_EMIT failed(failure);
}

}  // namespace ipw
