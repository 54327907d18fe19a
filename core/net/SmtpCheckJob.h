#pragma once

#include "net/ProtocolJob.h"
#include "net/SmtpParser.h"

namespace ipw {

/// Proves an SMTP submission login: greeting → EHLO → [STARTTLS → EHLO] → AUTH PLAIN or LOGIN → QUIT (not waited
/// for). It never sends a message.
///
/// With Credential::OAuthAccessToken: AUTH OAUTHBEARER or XOAUTH2 with the token (never PLAIN/LOGIN); a refused
/// token gets "334 <base64 JSON>", answered per RFC 7628 §3.2.3, then 535: oauth-token-rejected with
/// ProtocolResult::oauthStatus from the JSON.
///
/// With setWaitForPermission(true) the job stops before AUTH until the caller calls authenticate() (IMAP accepted
/// the password) or skipAuthentication() (it did not: not-attempted). Either call may come before the job is
/// ready; it is remembered.
///
///     auto *job = new SmtpCheckJob(settings, password, new SslTransport(policy), this);
///     job->setWaitForPermission(true);
///     connect(imapJob, &ImapCheckJob::credentialsAccepted, job, &SmtpCheckJob::authenticate);
///     job->start();
class SmtpCheckJob : public ProtocolJob {
    Q_OBJECT
public:
    SmtpCheckJob(JobSettings settings, Secret secret, Transport *transport, QObject *parent = nullptr);

    void setWaitForPermission(bool wait) { m_waitForPermission = wait; }
    void authenticate();
    void skipAuthentication();

protected:
    void onConnectionReady() override;
    void onTlsUpgraded() override;
    void onData() override;
    void onClosedByPeer() override;

private:
    enum class State {
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        ReadyForAuth,  ///< connection secured, waiting for permission to spend the login attempt
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        AuthLoginResult,
        AuthOAuth,            ///< AUTH OAUTHBEARER/XOAUTH2 with the token sent: 235, 334 error challenge, or failure
        AuthOAuthInitial,     ///< AUTH sent without initial response (too long for the line): waiting for 334
        AuthOAuthErrorReply,  ///< the error challenge was answered: waiting for the final failure
        Done,
    };
    enum class Permission { Pending, Granted, Denied };

    void handle(const smtp::Reply &reply);
    void sendEhlo();
    void afterEhlo();
    void sendAuth();
    void sendOAuth();
    void answerOAuthChallenge(const smtp::Reply &reply);
    void fail(const smtp::Reply &reply);
    void failOAuth(const smtp::Reply &reply);
    bool isOAuth() const { return settings().credential == Credential::OAuthAccessToken; }

    State m_state = State::Connecting;
    Permission m_permission = Permission::Pending;
    bool m_waitForPermission = false;
    smtp::Capabilities m_capabilities;
    QByteArray m_mechanism;      // OAuth: "OAUTHBEARER" or "XOAUTH2"
    ClientLine m_oauthResponse;  // OAuth without initial response: sent after the empty 334
};

}  // namespace ipw
