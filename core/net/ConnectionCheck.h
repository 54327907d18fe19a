#pragma once

#include "net/CheckResult.h"
#include "net/CheckSettings.h"
#include "types/Secret.h"

#include <QObject>
#include <QPointer>

namespace ipw {

class ImapCheckJob;
class SmtpCheckJob;
class ProtocolJob;
struct TlsPolicy;

/// The connection tester: proves that IMAP (and SMTP submission) accept a login, or says exactly why not.
///
/// Both connections are opened and secured at the same time, but the account spends one login attempt, not two:
/// SMTP AUTH is sent only after IMAP accepted the password (SMTP is not-attempted when IMAP did not). Without
/// IMAP (settings.imap empty) SMTP logs in on its own. start() returns at once; exactly one finished() fires
/// (after cancel() too, before cancel() returns). The job does not delete itself.
///
///     auto *check = new ConnectionCheck(settings, Secret::fromString(passwordField->text()), this);
///     connect(check, &ConnectionCheck::progress, this, &Page::showStage);
///     connect(check, &ConnectionCheck::finished, this, [check](const CheckResult &r) { …; check->deleteLater(); });
///     check->start();
class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    /// `secret` is the password (or, with Credential::OAuthAccessToken, the access token). Each protocol gets its
    /// own copy when the check begins, and each wipes its copy when it finishes.
    ConnectionCheck(CheckSettings settings, Secret secret, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const CheckResult &result() const { return m_result; }

    /// The TLS policy for one endpoint: the extra CAs and the fingerprints pinned for exactly its host:port.
    static TlsPolicy policyFor(const CheckSettings &settings, const ServerEndpoint &endpoint);

Q_SIGNALS:
    void progress(ipw::Protocol protocol, ipw::CheckStage stage);
    /// One protocol is done (its final result), e.g. IMAP verified while SMTP is still at work; finished()
    /// follows once both are.
    void protocolFinished(ipw::Protocol protocol, const ipw::ProtocolResult &result);
    void finished(const ipw::CheckResult &result);

private:
    void begin();
    void onJobFinished();
    ProtocolJob *makeJob(Protocol protocol, const ServerEndpoint &endpoint);

    CheckSettings m_settings;
    Secret m_secret;
    QPointer<ImapCheckJob> m_imap;
    QPointer<SmtpCheckJob> m_smtp;
    CheckResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

}  // namespace ipw
