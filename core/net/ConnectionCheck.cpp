#include "net/ConnectionCheck.h"

#include "net/ImapCheckJob.h"
#include "net/SmtpCheckJob.h"
#include "net/SslTransport.h"

namespace ipw {

ConnectionCheck::ConnectionCheck(CheckSettings settings, Secret secret, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secret(std::move(secret))
{
}

ConnectionCheck::~ConnectionCheck() = default;

TlsPolicy ConnectionCheck::policyFor(const CheckSettings &settings, const ServerEndpoint &endpoint)
{
    TlsPolicy policy;
    policy.extraCaCertificates = settings.extraCaCertificates;
    policy.pinnedSha256 = settings.pinnedCertificates.forEndpoint(endpoint.key());
    return policy;
}

void ConnectionCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &ConnectionCheck::begin, Qt::QueuedConnection);
}

ProtocolJob *ConnectionCheck::makeJob(Protocol protocol, const ServerEndpoint &endpoint)
{
    JobSettings job{endpoint,
                    protocol == Protocol::Smtp ? m_settings.smtpLoginName.value_or(m_settings.loginName)
                                               : m_settings.loginName,
                    m_settings.stepTimeout,
                    m_settings.allowPlaintext,
                    m_settings.credential,
                    m_settings.oauthMechanism,
                    m_settings.passwordsRetired};
    Transport *transport = new SslTransport(policyFor(m_settings, endpoint));
    ProtocolJob *created = nullptr;
    if (protocol == Protocol::Imap)
        created = m_imap = new ImapCheckJob(job, m_secret.copy(), transport, this);
    else
        created = m_smtp = new SmtpCheckJob(job, m_secret.copy(), transport, this);
    connect(created, &ProtocolJob::stageChanged, this,
            [this, protocol](CheckStage s) { Q_EMIT progress(protocol, s); });
    connect(created, &ProtocolJob::finished, this, [this, protocol](const ProtocolResult &result) {
        if (!m_finished)
            Q_EMIT protocolFinished(protocol, result);
    });
    connect(created, &ProtocolJob::finished, this, &ConnectionCheck::onJobFinished);
    return created;
}

void ConnectionCheck::begin()
{
    if (m_finished)
        return;
    if (!m_settings.imap && !m_settings.smtp) {
        m_finished = true;
        Q_EMIT finished(m_result);
        return;
    }
    if (m_settings.imap)
        makeJob(Protocol::Imap, *m_settings.imap);
    if (m_settings.smtp) {
        makeJob(Protocol::Smtp, *m_settings.smtp);
        m_smtp->setWaitForPermission(bool(m_imap));
    }
    m_secret.clear();  // each job holds its own copy now
    if (m_imap && m_smtp) {
        connect(m_imap, &ImapCheckJob::sessionUsable, m_smtp, &SmtpCheckJob::authenticate);
    }
    if (m_imap)
        m_imap->start();
    if (m_smtp)
        m_smtp->start();
}

void ConnectionCheck::onJobFinished()
{
    if (m_finished)
        return;
    // IMAP ended without a usable session: SMTP must not spend a second login attempt.
    // (Once IMAP released SMTP, skipAuthentication() does nothing.)
    if (m_imap && m_imap->isFinished() && m_smtp && !m_smtp->isFinished())
        m_smtp->skipAuthentication();  // re-enters onJobFinished
    if (m_finished)
        return;
    if ((m_imap && !m_imap->isFinished()) || (m_smtp && !m_smtp->isFinished()))
        return;
    m_finished = true;
    if (m_imap)
        m_result.imap = m_imap->result();
    if (m_smtp)
        m_result.smtp = m_smtp->result();
    Q_EMIT finished(m_result);
}

void ConnectionCheck::cancel()
{
    if (m_finished || !m_started)
        return;
    if (!m_imap && !m_smtp) {
        // begin() has not run yet.
        m_finished = true;
        m_secret.clear();
        ProtocolResult cancelled;
        cancelled.diagnosis = DiagnosisCode::Cancelled;
        if (m_settings.imap)
            m_result.imap = cancelled;
        if (m_settings.smtp)
            m_result.smtp = cancelled;
        Q_EMIT finished(m_result);
        return;
    }
    // Cancelling SMTP first keeps IMAP's cancellation from turning SMTP into not-attempted.
    if (m_smtp)
        m_smtp->cancel();
    if (m_imap)
        m_imap->cancel();
}

}  // namespace ipw
