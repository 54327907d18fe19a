#pragma once

#include "net/ImapParser.h"
#include "net/ProtocolJob.h"

namespace ipw {

/// Proves an IMAP login: greeting → capabilities → [STARTTLS → capabilities] → AUTHENTICATE PLAIN (SASL-IR when
/// offered) or LOGIN → LIST "" "%" + EXAMINE INBOX (read-only), in one write → LOGOUT (not waited for). With PLAIN
/// and SASL-IR, LIST and EXAMINE go in the same write as the AUTHENTICATE (RFC 3501 §5.5); their replies count only
/// after the login's OK, and a refused login ends the check there.
///
/// A hostile server cannot keep it busy: at most kMaxUntaggedPerStep untagged responses per command and
/// kMaxAlerts [ALERT]s (past either: protocol-error), one unexpected "+" during AUTHENTICATE is answered with a
/// cancel and the check ends there.
///
/// With Credential::OAuthAccessToken the secret is an access token and the login is AUTHENTICATE OAUTHBEARER
/// (RFC 7628) or XOAUTH2 (JobSettings::oauthMechanism; never PLAIN/LOGIN). A refused token gets the server's base64
/// JSON challenge, which is answered (RFC 7628 §3.2.3) and parsed into ProtocolResult::oauthStatus; the diagnosis
/// is then oauth-token-rejected.
///
/// Capabilities the server volunteers (in the greeting's or the login reply's [CAPABILITY …]) are used instead of
/// asking again. One login attempt at most; a rejection is classified (diagnosis/Classifier.h), never retried.
///
///     auto *job = new ImapCheckJob(settings, password, new SslTransport(policy), this);
///     connect(job, &ProtocolJob::finished, this, [](const ProtocolResult &r) { … });
///     job->start();
class ImapCheckJob : public ProtocolJob {
    Q_OBJECT
public:
    ImapCheckJob(JobSettings settings, Secret secret, Transport *transport, QObject *parent = nullptr);

    /// Untagged responses accepted in answer to one command (LIST "" "%" on a large namespace stays far below).
    static constexpr int kMaxUntaggedPerStep = 10000;
    /// [ALERT]s kept; a server that sends more is not talking to a person.
    static constexpr int kMaxAlerts = 20;

Q_SIGNALS:
    /// The server accepted the login and the session is usable (LIST answered OK): SMTP may spend its login
    /// attempt now. Not at AUTHENTICATE's OK: Exchange Online accepts a login it then refuses to serve ("User is
    /// authenticated but not connected.").
    void sessionUsable();

protected:
    void onConnectionReady() override;
    void onTlsUpgraded() override;
    void onData() override;
    void onClosedByPeer() override;

private:
    // KIMAP LoginJobPrivate::AuthState, extended by what comes after the login.
    enum class State {
        Connecting,
        Greeting,
        Capability,
        StartTls,
        Authenticate,       ///< AUTHENTICATE sent, waiting for its result (or its "+" without SASL-IR, or an OAuth
                            ///< error challenge)
        LoginContinuation,  ///< LOGIN with a synchronizing literal: waiting for "+"
        Login,              ///< LOGIN sent completely, waiting for its result
        List,
        Examine,
        Done,
    };

    void handle(const imap::Response &response);
    void handleUntagged(const imap::Response &response);
    void handleTagged(const imap::Response &response);
    void handleContinuation(const imap::Response &response);
    void afterCapabilities();
    void authenticate();
    void authenticateWithToken();
    void answerOAuthChallenge(const QByteArray &challenge);
    bool isOAuth() const { return settings().credential == Credential::OAuthAccessToken; }
    void sendLogin();
    void onLoginResult(const imap::Response &response);
    void onMailboxFailure(const imap::Response &response);
    void keepAlert(const imap::Response &response);
    void keepWebAlert(const imap::Response &response);
    /// The classification of a refused login, with what the rest of the dialogue adds (an untagged WEBALERT, a
    /// provider that takes no passwords).
    DiagnosisCode diagnoseRefusedLogin(const imap::Response &response) const;
    /// `command` with the next tag in front and CRLF behind; its reply is expected after those already pending.
    ClientLine tagged(const ClientLine &command);
    void sendCommand(const ClientLine &command);
    void sendCommand(const QByteArray &command) { sendCommand(ClientLine(command)); }
    /// LIST "" "%" and EXAMINE INBOX, tagged, for one write.
    ClientLine mailboxCommands();
    QByteArray nextTag();

    State m_state = State::Connecting;
    QList<QByteArray> m_capabilities;
    QList<QByteArray> m_pendingTags;  // tags sent, in the order their replies must come
    ClientLine m_saslResponse;        // AUTHENTICATE without SASL-IR: sent after "+"
    QByteArray m_mechanism;           // OAuth: "OAUTHBEARER" or "XOAUTH2"
    bool m_oauthChallenged = false;   // the server answered the token with an error challenge
    bool m_webAlertDuringLogin = false;
    int m_untaggedThisStep = 0;
    QList<ClientLine> m_loginParts;  // LOGIN split at synchronizing literals
    std::optional<imap::Response> m_bye;
    int m_tagCounter = 0;
    int m_listed = 0;
    bool m_mailboxPipelined = false;  // LIST and EXAMINE went out behind the AUTHENTICATE
};

}  // namespace ipw
