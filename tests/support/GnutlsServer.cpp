#include "GnutlsServer.h"

#include "FreePort.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

namespace ipw::test {

GnutlsServer::~GnutlsServer()
{
    kill();
}

void GnutlsServer::kill()
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
    // A port picked by freePort() may be taken before gnutls-serv binds it (tests run in parallel): try new ones, as
    // DovecotFixture does.
    for (int attempt = 0; attempt < 5; ++attempt) {
        switch (startOnce(program)) {
        case Start::Ready:
            return true;
        case Start::Failed:
            return false;
        case Start::PortTaken:
            continue;
        }
    }
    m_error = QStringLiteral("gnutls-serv found its port taken five times in a row");
    return false;
}

GnutlsServer::Start GnutlsServer::startOnce(const QString &program)
{
    ++m_startAttempts;
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return Start::Failed;
    }
    const auto &pki = TestPki::instance();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, {QStringLiteral("--echo"), QStringLiteral("-p"), QString::number(m_port),
                              QStringLiteral("--x509certfile"), pki.server().certFile, QStringLiteral("--x509keyfile"),
                              pki.server().keyFile, QStringLiteral("--priority"),
                              QStringLiteral("NORMAL:-VERS-TLS1.3:%DISABLE_SAFE_RENEGOTIATION")});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("gnutls-serv did not start");
        return Start::Failed;
    }
    // gnutls-serv (3.7) reports each listener on stderr: "Echo Server listening on IPv4 0.0.0.0 port N...done", or
    // "...bind() failed: Address already in use". It does not exit when the IPv4 bind fails: it goes on with IPv6
    // alone, while whoever took the port answers on 127.0.0.1. So a probe connection proves nothing; its own word
    // does. "done" comes after listen().
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const bool exited = m_process.state() == QProcess::NotRunning;
        if (!exited)
            m_process.waitForReadyRead(100);
        output += m_process.readAll();
        const qsizetype ipv4 = output.indexOf("listening on IPv4");
        const qsizetype lineEnd = ipv4 < 0 ? -1 : output.indexOf('\n', ipv4);
        if (lineEnd >= 0) {
            const QByteArray line = output.mid(ipv4, lineEnd - ipv4);
            if (line.endsWith("done"))
                return Start::Ready;
            kill();
            if (line.contains("Address already in use"))
                return Start::PortTaken;
            m_error = QStringLiteral("gnutls-serv could not listen: ") + QString::fromLocal8Bit(output);
            return Start::Failed;
        }
        if (exited)
            break;
    }
    kill();
    m_error = QStringLiteral("gnutls-serv is not listening: ") + QString::fromLocal8Bit(output);
    return Start::Failed;
}

}  // namespace ipw::test
