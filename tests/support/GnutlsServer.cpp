#include "GnutlsServer.h"

#include "FreePort.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

namespace ipw::test {

GnutlsServer::~GnutlsServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool GnutlsServer::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gnutls-serv"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("gnutls-serv (Debian gnutls-bin) is not installed");
        return false;
    }
    const auto &pki = TestPki::instance();
    if (!pki.ok()) {
        m_error = pki.error();
        return false;
    }
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, {QStringLiteral("--echo"), QStringLiteral("-p"), QString::number(m_port),
                              QStringLiteral("--x509certfile"), pki.server().certFile, QStringLiteral("--x509keyfile"),
                              pki.server().keyFile, QStringLiteral("--priority"),
                              QStringLiteral("NORMAL:-VERS-TLS1.3:%DISABLE_SAFE_RENEGOTIATION")});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("gnutls-serv did not start");
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("gnutls-serv is not listening: ") + QString::fromLocal8Bit(m_process.readAll());
    return false;
}

}  // namespace ipw::test
