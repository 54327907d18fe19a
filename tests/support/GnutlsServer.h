#pragma once

#include "TestPki.h"

#include <QProcess>

namespace ipw::test {

/// GnuTLS's test server (gnutls-serv --echo) on a free loopback port with TestPki's server certificate, configured
/// like docomo's servers are reported to be: no RFC 5746 secure renegotiation, TLS 1.2
/// (resources/providers/docomo.json, `tlsQuirks`, with its source). Killed when the object dies.
///
///     GnutlsServer server;
///     if (!server.start()) { WARN(server.error().toStdString()); return; }   // gnutls-bin not installed
class GnutlsServer {
public:
    ~GnutlsServer();
    bool start();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    /// How many ports start() tried (more than 1 when another process took a port first).
    int startAttempts() const { return m_startAttempts; }

private:
    enum class Start { Ready, PortTaken, Failed };
    Start startOnce(const QString &program);
    void kill();

    QProcess m_process;
    quint16 m_port = 0;
    int m_startAttempts = 0;
    QString m_error;
};

}  // namespace ipw::test
