// docomo's TLS quirk (../shared/providers/FACTS.md): servers without RFC 5746 secure renegotiation, which OpenSSL 3
// refuses by default. Reproduced with GnuTLS's test server on loopback: without TlsQuirks::allowLegacyRenegotiation
// the handshake fails; with it, TLS comes up (gnutls-serv --echo then never greets: the check waits for a greeting).
#include "CatchQt.h"
#include "CheckRunner.h"
#include "FreePort.h"
#include "TestPki.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

using namespace ipw;
using namespace ipw::test;

namespace {

struct GnutlsServer {
    QProcess process;
    quint16 port = 0;

    bool start()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("gnutls-serv"));
        if (program.isEmpty())
            return false;
        const auto &pki = TestPki::instance();
        REQUIRE(pki.ok());
        port = freePort();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, {QStringLiteral("--echo"), QStringLiteral("-p"), QString::number(port),
                                QStringLiteral("--x509certfile"), pki.server().certFile,
                                QStringLiteral("--x509keyfile"), pki.server().keyFile, QStringLiteral("--priority"),
                                QStringLiteral("NORMAL:-VERS-TLS1.3:%DISABLE_SAFE_RENEGOTIATION")});
        REQUIRE(process.waitForStarted(5000));
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200)) {
                probe.abort();
                return true;
            }
            if (process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        FAIL("gnutls-serv did not start: " << process.readAll().toStdString());
        return false;
    }
    ~GnutlsServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

}  // namespace

TEST_CASE("docomo quirk: legacy renegotiation is needed and enough", "[tls][quirk]")
{
    GnutlsServer server;
    if (!server.start()) {
        WARN("gnutls-serv (Debian gnutls-bin) is not installed: the docomo TLS quirk is not reproduced");
        return;
    }
    CheckSettings settings;
    settings.imap = loopback(server.port, Security::ImplicitTls);
    settings.loginName = QStringLiteral("me");
    settings.extraCaCertificates = TestPki::instance().caCertificates();
    settings.stepTimeout = std::chrono::milliseconds(1500);

    auto r = runCheck(settings, QStringLiteral("x"));
    REQUIRE(r);
    INFO(r->imap->transcript.join(u'\n').toStdString());
    CHECK(r->imap->diagnosis == DiagnosisCode::TlsHandshakeFailed);
    CHECK(r->imap->stage == CheckStage::Tls);

    settings.imap->quirks.allowLegacyRenegotiation = true;
    r = runCheck(settings, QStringLiteral("x"));
    REQUIRE(r);
    INFO(r->imap->transcript.join(u'\n').toStdString());
    // TLS is up (certificate verified); the echo server never sends an IMAP greeting.
    CHECK(r->imap->stage == CheckStage::Greeting);
    CHECK(r->imap->diagnosis == DiagnosisCode::Timeout);
    CHECK(r->imap->certificate.sha256 == TestPki::instance().server().sha256().toHex());
}
