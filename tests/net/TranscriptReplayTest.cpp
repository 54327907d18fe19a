// Every real server reply in tests/data/transcripts/ replayed by a scripted server on loopback (TLS with the test
// CA), checked end to end through ConnectionCheck and the real socket: the diagnosis must be the one the file names.
#include "TranscriptReplay.h"
#include "CatchQt.h"
#include "CheckRunner.h"
#include "TestEnv.h"
#include "TestPki.h"

#include <QDir>

using namespace ipw;
using namespace ipw::test;

namespace {

QStringList transcriptFiles()
{
    QDir dir(sharedDataDir() + QStringLiteral("/transcripts"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    return files;
}

// Settings for a replay of `script` by a server on `port` that trusts the test CA.
CheckSettings replaySettings(const ReplayScript &script, quint16 port, Security security)
{
    CheckSettings settings;
    settings.loginName = QStringLiteral("user@example.com");
    settings.extraCaCertificates = TestPki::instance().caCertificates();
    settings.stepTimeout = std::chrono::seconds(10);
    const ServerEndpoint endpoint = loopback(port, security);
    if (script.protocol == ReplayScript::Protocol::Imap)
        settings.imap = endpoint;
    else
        settings.smtp = endpoint;
    return settings;
}

// Replays one file against the real check over a real socket (TLS with the test CA) and checks its outcome.
void replayWithPassword(const ReplayScript &script, bool passwordsRetired, const QString &expect)
{
    INFO("passwords retired: " << passwordsRetired);
    const auto &pki = TestPki::instance();
    const QString password = QStringLiteral("Rep1ay-s3cret");
    // A recorded EHLO that offers STARTTLS shows the plaintext side of a submission port: the client in
    // that transcript tried AUTH before STARTTLS. Replay it as such, with plaintext allowed; everything
    // else over implicit TLS.
    const ReplayScript::Exchange *ehlo = script.find("EHLO");
    bool plaintext = false;
    if (ehlo)
        for (const QByteArray &l : ehlo->serverLines)
            plaintext = plaintext || l.mid(4).toUpper() == "STARTTLS";

    ScriptedServer server(plaintext ? ScriptedServer::Tls::None : ScriptedServer::Tls::Implicit, pki.server().cert,
                          pki.server().key);
    script.install(server);
    REQUIRE(server.listen());

    CheckSettings settings = replaySettings(script, server.port(), plaintext ? Security::None : Security::ImplicitTls);
    settings.allowPlaintext = plaintext;
    settings.passwordsRetired = passwordsRetired;

    int finishedCount = 0;
    const auto result = runCheck(settings, password, 20000, &finishedCount);
    REQUIRE(result);
    CHECK(finishedCount == 1);
    const ProtocolResult &r = script.protocol == ReplayScript::Protocol::Imap ? *result->imap : *result->smtp;
    INFO("transcript:\n" << r.transcript.join(u'\n').toStdString());
    CHECK(toString(r.diagnosis) == expect);
    // The reply was recorded for one way of logging in; replayed to another, it proves nothing unless the
    // file says the server words it the same for any.
    if (!r.authMechanism.isEmpty() && !script.mechanismIndependent) {
        INFO("recorded login: " << script.recordedMechanism().toStdString()
                                << ", this client's: " << r.authMechanism.toStdString()
                                << " (add '# mechanism-independent: <why>' only with a source)");
        CHECK(r.authMechanism == script.recordedMechanism());
    }
    CHECK_FALSE(r.verified);
    CHECK_FALSE(r.credentialsAccepted);
    if (!plaintext)
        CHECK(r.certificate.sha256 == pki.server().sha256().toHex());
    // The server's own words for the failure are kept (verbatim, the failure lines are the last S: lines).
    if (r.diagnosis != DiagnosisCode::TlsRequired)
        CHECK_FALSE(r.serverText.isEmpty());
    for (const QByteArray &line : script.login()->serverLines)
        if (line.contains("[ALERT] "))
            CHECK(r.alerts.contains(QString::fromUtf8(line.mid(line.indexOf("[ALERT] ") + 8))));
    for (const QString &line : r.transcript)
        CHECK_FALSE(line.contains(password));
}

}  // namespace

TEST_CASE("Every shared transcript, replayed, ends in the diagnosis it names", "[replay]")
{
    const auto &pki = TestPki::instance();
    REQUIRE(pki.ok());
    const QStringList files = transcriptFiles();
    REQUIRE(files.size() >= 9);
    for (const QString &file : files) {
        DYNAMIC_SECTION(QFileInfo(file).fileName().toStdString())
        {
            QString error;
            const ReplayScript script = ReplayScript::fromFile(file, &error);
            REQUIRE(error.isEmpty());
            // "# replay: no": the file says why; test_diagnosis still classifies it. Otherwise once as the words
            // alone decide, once more for a provider that takes no passwords where the file names that outcome.
            if (script.replayable)
                replayWithPassword(script, false, script.expect);
            if (script.replayable && !script.expectWhenPasswordsRetired.isEmpty())
                replayWithPassword(script, true, script.expectWhenPasswordsRetired);
        }
    }
}

namespace {

void replayWithToken(const QString &file, const QString &token)
{
    QString error;
    const ReplayScript script = ReplayScript::fromFile(file, &error);
    REQUIRE(error.isEmpty());
    const auto &pki = TestPki::instance();
    // What the recording offers: IMAP capabilities (greeting or CAPABILITY reply), SMTP's EHLO AUTH line.
    QByteArray offered;
    for (const QByteArray &l : script.greeting)
        offered += l + ' ';
    for (const char *command : {"CAPABILITY", "EHLO"})
        if (const ReplayScript::Exchange *e = script.find(command))
            offered += e->serverLines.join(' ');
    const QList<QByteArray> words = offered.toUpper().replace("AUTH=", "").split(' ');
    const bool plaintext = offered.toUpper().contains("STARTTLS");
    if (plaintext || (script.protocol == ReplayScript::Protocol::Smtp && !script.find("EHLO")))
        return;  // recorded on a plaintext port, or without an EHLO reply to take the mechanisms from
    const QByteArray expectedMechanism =
        words.contains("OAUTHBEARER") ? "OAUTHBEARER" : (words.contains("XOAUTH2") ? "XOAUTH2" : "");

    ScriptedServer server(ScriptedServer::Tls::Implicit, pki.server().cert, pki.server().key);
    script.install(server);
    REQUIRE(server.listen());
    CheckSettings settings = replaySettings(script, server.port(), Security::ImplicitTls);
    settings.credential = Credential::OAuthAccessToken;

    const auto result = runCheck(settings, token);
    REQUIRE(result);
    const ProtocolResult &r = script.protocol == ReplayScript::Protocol::Imap ? *result->imap : *result->smtp;
    INFO("transcript:\n" << r.transcript.join(u'\n').toStdString());
    CHECK(r.authMechanism == QString::fromLatin1(expectedMechanism));
    if (expectedMechanism.isEmpty()) {
        CHECK(r.diagnosis == DiagnosisCode::AuthMethodUnsupported);
        CHECK_FALSE(server.received().contains(token.toUtf8()));
    } else {
        CHECK(r.diagnosis == DiagnosisCode::OauthTokenRejected);
        CHECK(r.oauthStatus.isEmpty());
        CHECK_FALSE(r.serverText.isEmpty());
    }
    const QByteArray received = server.received();
    CHECK_FALSE(received.contains(" LOGIN "));
    CHECK_FALSE(received.toUpper().contains("AUTH PLAIN"));
    CHECK_FALSE(received.toUpper().contains("AUTHENTICATE PLAIN"));
    CHECK_FALSE(received.toUpper().contains("AUTH LOGIN"));
    for (const QString &line : r.transcript)
        CHECK_FALSE(line.contains(token));
}

}  // namespace

TEST_CASE("Shared transcripts replayed with an OAuth token: the real capability lists decide the mechanism",
          "[replay][oauth]")
{
    // No file in tests/data/transcripts records a refused OAuth token; what they do record is which mechanisms real
    // servers offer (Gmail IMAP: XOAUTH2 only; Gmail SMTP and Yahoo IMAP: both). Replayed with a token, the client
    // must pick from exactly those lists, never send PLAIN/LOGIN, and a refusal without a challenge (the recorded
    // failure lines, answered to whatever login came) is oauth-token-rejected.
    REQUIRE(TestPki::instance().ok());
    for (const QString &file : transcriptFiles()) {
        DYNAMIC_SECTION(QFileInfo(file).fileName().toStdString())
        {
            replayWithToken(file, QStringLiteral("ya29.Rep1ay-token"));
        }
    }
}
