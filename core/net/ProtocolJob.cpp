#include "net/ProtocolJob.h"

#include "diagnosis/Classifier.h"
#include "net/Transport.h"

namespace ipw {

ProtocolJob::ProtocolJob(Protocol protocol, JobSettings settings, Secret secret, Transport *transport, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_settings(std::move(settings))
    , m_password(std::move(secret))
    , m_transport(transport)
    , m_transcript(m_settings.credential)
{
    m_transport->setParent(this);
    m_stepTimer.setSingleShot(true);
    m_stepTimer.setInterval(m_settings.stepTimeout);
    connect(&m_stepTimer, &QTimer::timeout, this, &ProtocolJob::onStepTimeout);
    connect(m_transport, &Transport::connecting, this, [this] { setStage(CheckStage::Connect); });
    connect(m_transport, &Transport::connected, this, &ProtocolJob::onConnected);
    connect(m_transport, &Transport::encrypted, this, &ProtocolJob::onEncrypted);
    connect(m_transport, &Transport::readyRead, this, &ProtocolJob::onReadyRead);
    connect(m_transport, &Transport::failed, this, &ProtocolJob::onFailed);
    connect(m_transport, &Transport::closedByPeer, this, &ProtocolJob::onPeerClosed);
}

ProtocolJob::~ProtocolJob()
{
    if (m_transport)
        m_transport->abort();
}

void ProtocolJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &ProtocolJob::begin, Qt::QueuedConnection);
}

void ProtocolJob::begin()
{
    if (m_finished)
        return;  // cancelled before the event loop got here
    m_clock.start();
    m_result.stage = CheckStage::Resolve;
    Q_EMIT stageChanged(CheckStage::Resolve);
    m_stepTimer.start();
    m_transcript.note(
        QStringLiteral("connecting to %1:%2").arg(m_settings.endpoint.host).arg(m_settings.endpoint.port));
    m_transport->connectToServer(m_settings.endpoint);
}

void ProtocolJob::cancel()
{
    if (m_finished)
        return;
    finish(DiagnosisCode::Cancelled);
}

void ProtocolJob::setStage(CheckStage stage)
{
    m_stepTimer.start();
    if (m_result.stage == stage)
        return;
    m_result.stage = stage;
    Q_EMIT stageChanged(stage);
}

void ProtocolJob::send(const ClientLine &line)
{
    if (m_finished || !m_transport)
        return;
    m_transcript.client(line);
    m_transport->write(line.bytes());
    m_stepTimer.start();
}

QByteArray ProtocolJob::saslPlain(const QByteArray &user, const Secret &password)
{
    QByteArray message = QByteArray(1, '\0') + user + QByteArray(1, '\0') + password.utf8().toByteArray();
    const QByteArray encoded = message.toBase64();
    secureZero(message.data(), std::size_t(message.size()));
    return encoded;
}

void ProtocolJob::pauseStepTimer()
{
    m_stepTimer.stop();
}

void ProtocolJob::upgradeToTls()
{
    m_buffer.clear();
    m_upgrading = true;
    m_stepTimer.start();
    m_transport->startTls();
}

bool ProtocolJob::mayUseCredentials() const
{
    if (m_encrypted && m_transport && m_transport->isEncrypted())
        return true;
    return m_settings.endpoint.security == Security::None && m_settings.allowPlaintext;
}

bool ProtocolJob::isEncrypted() const
{
    return m_encrypted;
}

bool ProtocolJob::beforeStartTls() const
{
    return m_settings.endpoint.security == Security::StartTls && !m_encrypted;
}

QByteArray ProtocolJob::localAddressLiteral() const
{
    return m_transport ? m_transport->localAddressLiteral() : QByteArray("localhost");
}

void ProtocolJob::onConnected()
{
    if (m_settings.endpoint.security == Security::ImplicitTls) {
        setStage(CheckStage::Tls);
        return;
    }
    setStage(CheckStage::Greeting);
    onConnectionReady();
}

void ProtocolJob::onEncrypted()
{
    m_encrypted = true;
    m_result.certificate = CertificateInfo::fromCertificate(m_transport->peerCertificate());
    m_transcript.note(QStringLiteral("TLS established, certificate %1 accepted")
                          .arg(QString::fromLatin1(m_result.certificate.sha256)));
    if (m_upgrading) {
        m_upgrading = false;
        m_transcript.note(QStringLiteral("the lines above came before TLS: anyone on the network could have written "
                                         "them, so none of them counts as the server's words"));
        onTlsUpgraded();
        return;
    }
    setStage(CheckStage::Greeting);
    onConnectionReady();
}

void ProtocolJob::onReadyRead()
{
    if (m_finished)
        return;
    m_buffer.append(m_transport->readAll());
    onData();
}

void ProtocolJob::onFailed(const TransportFailure &failure)
{
    if (m_finished)
        return;
    m_transcript.note(QStringLiteral("connection failed: ") + failure.detail);
    if (!failure.sslErrors.isEmpty()) {
        m_result.certificate = CertificateInfo::fromCertificate(failure.certificate);
        for (const QSslError &e : failure.sslErrors)
            m_result.sslErrors.append(e.error());
        const DiagnosisCode code = classifySslErrors(failure.sslErrors);
        if (code == DiagnosisCode::CertificateExpired)
            m_result.clockLooksWrong =
                clockLooksWrong(failure.sslErrors, failure.certificate, QDateTime::currentDateTimeUtc());
        finish(code);
        return;
    }
    if (failure.socketError == QAbstractSocket::HostNotFoundError)
        m_result.stage = CheckStage::Resolve;
    const bool inHandshake = m_upgrading || m_result.stage == CheckStage::Tls;
    if (inHandshake && failure.socketError != QAbstractSocket::SocketTimeoutError)
        finish(DiagnosisCode::TlsHandshakeFailed);
    else
        finish(classifySocketError(failure.socketError));
}

void ProtocolJob::onPeerClosed()
{
    if (m_finished)
        return;
    if (m_transport)
        m_buffer.append(m_transport->readAll());
    if (!m_buffer.isEmpty())
        onData();
    if (m_finished)
        return;
    m_transcript.note(QStringLiteral("the server closed the connection"));
    if (m_upgrading || m_result.stage == CheckStage::Tls) {
        finish(DiagnosisCode::TlsHandshakeFailed);
        return;
    }
    onClosedByPeer();
    if (!m_finished)
        finish(DiagnosisCode::ServerUnavailable);
}

void ProtocolJob::onStepTimeout()
{
    if (m_finished)
        return;
    m_transcript.note(QStringLiteral("no answer within %1 s").arg(m_settings.stepTimeout.count() / 1000.0));
    finish(DiagnosisCode::Timeout);
}

void ProtocolJob::finish(DiagnosisCode diagnosis, const QByteArray &serverText, const QByteArray &goodbye)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stepTimer.stop();
    m_password.clear();  // nothing is sent after this: the secret need not live on until the job is deleted
    m_result.diagnosis = diagnosis;
    m_result.verified = diagnosis == DiagnosisCode::Ok;
    if (!serverText.isEmpty() && !beforeStartTls())
        m_result.serverText = m_transcript.serverWords(serverText);
    m_result.elapsed = std::chrono::milliseconds(m_clock.isValid() ? m_clock.elapsed() : 0);
    if (m_transport) {
        Transport *transport = m_transport;
        m_transport = nullptr;
        transport->disconnect(this);
        if (!goodbye.isEmpty()) {
            // RFC 3501 §6.1.3 / RFC 5321 §4.1.1.10: the reply to LOGOUT/QUIT tells us nothing; don't wait for it.
            m_transcript.client(ClientLine(goodbye));
            transport->write(goodbye);
            transport->closeGracefully();
        } else {
            transport->abort();
            transport->deleteLater();
        }
    }
    m_result.transcript = m_transcript.lines();
    Q_EMIT finished(m_result);
}

}  // namespace ipw
