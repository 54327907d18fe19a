#pragma once

#include "net/ProtocolJob.h"
#include "net/SmtpParser.h"

namespace ipw {

/// Proves an SMTP submission login: greeting → EHLO → [STARTTLS → EHLO] → AUTH PLAIN or LOGIN → QUIT (not waited
/// for). It never sends a message.
///
/// With setWaitForPermission(true) the job stops before AUTH and emits readyToAuthenticate(); the caller then
/// calls authenticate() (IMAP accepted the password) or skipAuthentication() (it did not: not-attempted). Either
/// call may come before the job is ready; it is remembered.
///
///     auto *job = new SmtpCheckJob(settings, password, new SslTransport(policy), this);
///     job->setWaitForPermission(true);
///     connect(imapJob, &ImapCheckJob::credentialsAccepted, job, &SmtpCheckJob::authenticate);
///     job->start();
class SmtpCheckJob : public ProtocolJob {
    Q_OBJECT
public:
    SmtpCheckJob(JobSettings settings, const QString &password, Transport *transport, QObject *parent = nullptr);

    void setWaitForPermission(bool wait) { m_waitForPermission = wait; }
    void authenticate();
    void skipAuthentication();

Q_SIGNALS:
    void readyToAuthenticate();

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
        Done,
    };
    enum class Permission { Pending, Granted, Denied };

    void handle(const smtp::Reply &reply);
    void sendEhlo();
    void afterEhlo();
    void sendAuth();
    void fail(const smtp::Reply &reply);

    State m_state = State::Connecting;
    Permission m_permission = Permission::Pending;
    bool m_waitForPermission = false;
    smtp::Capabilities m_capabilities;
};

}  // namespace ipw
