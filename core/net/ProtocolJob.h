#pragma once

#include "net/CheckResult.h"
#include "net/CheckSettings.h"
#include "net/ClientLine.h"
#include "net/Transcript.h"
#include "types/Secret.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ipw {

class Transport;
struct TransportFailure;

/// What one protocol check needs (the password is passed separately, as a Secret).
struct JobSettings {
    ServerEndpoint endpoint;
    QString loginName;
    std::chrono::milliseconds stepTimeout{std::chrono::seconds(20)};
    bool allowPlaintext = false;
    Credential credential = Credential::Password;
    OAuthMechanism oauthMechanism = OAuthMechanism::Automatic;
    bool passwordsRetired = false;  ///< CheckSettings::passwordsRetired
};

/// The common life of ImapCheckJob and SmtpCheckJob: one connection, one result.
///
/// start() returns at once and the work begins from the event loop; exactly one finished() fires, also after
/// cancel() (with DiagnosisCode::Cancelled). Each step (connecting, the TLS handshake, one command and its reply)
/// runs under its own timeout. The job never sends credentials unless mayUseCredentials() says so.
class ProtocolJob : public QObject {
    Q_OBJECT
public:
    ~ProtocolJob() override;

    void start();
    /// Stops at once: the connection is dropped, nothing keeps running, finished(Cancelled) fires before this returns
    /// (unless the job had finished already).
    void cancel();
    bool isFinished() const { return m_finished; }
    const ProtocolResult &result() const { return m_result; }
    Protocol protocol() const { return m_protocol; }
    /// The transcript so far (redacted), e.g. for a live view.
    QStringList transcriptLines() const { return m_transcript.lines(); }

Q_SIGNALS:
    void stageChanged(ipw::CheckStage stage);
    void finished(const ipw::ProtocolResult &result);

protected:
    /// `secret` (the password or the access token) is the job's own; it is wiped when the job finishes.
    ProtocolJob(Protocol protocol, JobSettings settings, Secret secret, Transport *transport, QObject *parent);

    /// The server may speak now: plaintext connected, or implicit TLS up and verified.
    virtual void onConnectionReady() = 0;
    /// STARTTLS completed and the certificate verified.
    virtual void onTlsUpgraded() = 0;
    /// New bytes were appended to buffer(); consume what forms complete responses.
    virtual void onData() = 0;
    /// The server closed the connection and everything it sent has been through onData().
    virtual void onClosedByPeer() = 0;

    void setStage(CheckStage stage);
    /// Writes the line, records it in the transcript with its secret parts shown as placeholders, and restarts the
    /// step timer.
    void send(const ClientLine &line);
    /// A line with no secret in it.
    void send(const QByteArray &line) { send(ClientLine(line)); }
    /// No timeout while the job waits for something other than the server (SMTP waiting for IMAP's verdict).
    void pauseStepTimer();
    /// After the server agreed to STARTTLS: bytes it sent after its "go ahead" are discarded (they arrived
    /// unencrypted: RFC 3207 §4.2 / CVE-2011-0411), then the handshake runs.
    void upgradeToTls();
    /// True when TLS is up and verified, or the caller allowed plaintext for a Security::None endpoint.
    bool mayUseCredentials() const;
    bool isEncrypted() const;
    /// True while a STARTTLS endpoint still speaks plaintext. Whatever the server says then may come from anyone on
    /// the path (RFC 3501 §6.2.1, RFC 2595 §3.1, RFC 3207 §4.2): it is kept in the transcript only, never as the
    /// server's words (serverText, alerts), and decides nothing beyond its reply code.
    bool beforeStartTls() const;
    QByteArray localAddressLiteral() const;
    /// Ends the job. `goodbye` (LOGOUT/QUIT) is sent without waiting for its reply.
    void finish(DiagnosisCode diagnosis, const QByteArray &serverText = {}, const QByteArray &goodbye = {});

    /// SASL PLAIN's message (RFC 4616: authzid (empty) NUL authcid NUL passwd) in base64; the clear-text message
    /// is wiped before this returns.
    static QByteArray saslPlain(const QByteArray &user, const Secret &password);

    QByteArray &buffer() { return m_buffer; }
    Transcript &transcript() { return m_transcript; }
    ProtocolResult &mutableResult() { return m_result; }
    const JobSettings &settings() const { return m_settings; }
    /// The password or token (empty once the job finished).
    const Secret &password() const { return m_password; }

private:
    void begin();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onFailed(const TransportFailure &failure);
    void onPeerClosed();
    void onStepTimeout();

    Protocol m_protocol;
    JobSettings m_settings;
    Secret m_password;
    QPointer<Transport> m_transport;
    Transcript m_transcript;
    ProtocolResult m_result;
    QByteArray m_buffer;
    QTimer m_stepTimer;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
    bool m_upgrading = false;
    bool m_encrypted = false;
};

}  // namespace ipw
