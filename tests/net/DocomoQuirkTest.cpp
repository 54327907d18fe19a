// docomo's TLS quirk (resources/providers/docomo.json, `tlsQuirks`, with its source): servers without RFC 5746 secure
// renegotiation, which OpenSSL 3 refuses by default. Reproduced with GnuTLS's test server on loopback: without
// TlsQuirks::allowLegacyRenegotiation the handshake fails; with it, TLS comes up (gnutls-serv --echo then never greets:
// the check waits for a greeting).
#include "CatchQt.h"
#include "CheckRunner.h"
#include "GnutlsServer.h"
#include "TestPki.h"

using namespace ipw;
using namespace ipw::test;

TEST_CASE("docomo quirk: legacy renegotiation is needed and enough", "[tls][quirk]")
{
    GnutlsServer server;
    if (!server.start()) {
        WARN(server.error().toStdString() << ": the docomo TLS quirk is not reproduced");
        return;
    }
    CheckSettings settings;
    settings.imap = loopback(server.port(), Security::ImplicitTls);
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
