#include "net/SmtpCheckJob.h"

#include "diagnosis/Classifier.h"
#include "net/OAuthSasl.h"
#include "net/OAuthSaslError.h"
#include "net/Transport.h"

namespace ipw {
namespace {

QByteArray serverWords(const smtp::Reply &reply)
{
    return reply.rawLines.join('\n');
}

// RFC 4954 §4: an AUTH command line, initial response included, may be up to 12288 octets; a longer token goes
// after an empty 334 instead.
constexpr qsizetype kMaxAuthLine = 12288;

}  // namespace

SmtpCheckJob::SmtpCheckJob(JobSettings settings, Secret secret, Transport *transport, QObject *parent)
    : ProtocolJob(Protocol::Smtp, std::move(settings), std::move(secret), transport, parent)
{
}

void SmtpCheckJob::authenticate()
{
    if (isFinished() || m_permission != Permission::Pending)
        return;
    m_permission = Permission::Granted;
    if (m_state == State::ReadyForAuth)
        sendAuth();
}

void SmtpCheckJob::skipAuthentication()
{
    if (isFinished() || m_permission != Permission::Pending)
        return;
    m_permission = Permission::Denied;
    transcript().note(QStringLiteral("IMAP did not accept the login: SMTP AUTH not attempted"));
    const bool saidHello = m_state != State::Connecting && m_state != State::Greeting;
    finish(DiagnosisCode::NotAttempted, {}, saidHello ? QByteArray("QUIT\r\n") : QByteArray());
}

void SmtpCheckJob::onConnectionReady()
{
    m_state = State::Greeting;
}

void SmtpCheckJob::onTlsUpgraded()
{
    // RFC 3207 §4.2: forget what the server said before TLS and ask again.
    m_capabilities = {};
    setStage(CheckStage::Capability);
    sendEhlo();
}

void SmtpCheckJob::onData()
{
    while (!isFinished()) {
        const smtp::ParseResult parsed = smtp::parseReply(buffer());
        if (parsed.status == smtp::ParseResult::Status::Incomplete)
            return;
        if (parsed.status == smtp::ParseResult::Status::Malformed) {
            // Whole, not cut: what would reveal a secret is withheld before anything is cut.
            transcript().server(buffer());
            transcript().note(QStringLiteral("unreadable reply: ") + QString::fromLatin1(parsed.error));
            finish(DiagnosisCode::ProtocolError, buffer());
            return;
        }
        buffer().remove(0, parsed.consumed);
        for (const QByteArray &line : parsed.reply.rawLines)
            transcript().server(line);
        handle(parsed.reply);
    }
}

void SmtpCheckJob::sendEhlo()
{
    m_state = State::Ehlo;
    // RFC 5321 §4.1.4: our address literal rather than a host name that would leak the computer's name.
    send("EHLO " + localAddressLiteral() + "\r\n");
}

void SmtpCheckJob::handle(const smtp::Reply &reply)
{
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220) {
            fail(reply);
            return;
        }
        setStage(CheckStage::Capability);
        sendEhlo();
        return;
    case State::Ehlo:
        if (reply.code >= 500 && reply.code <= 504) {
            // A server that does not understand EHLO (502: not implemented) says nothing about AUTH methods.
            finish(DiagnosisCode::ProtocolError, serverWords(reply), "QUIT\r\n");
            return;
        }
        if (reply.code != 250) {
            fail(reply);
            return;
        }
        m_capabilities = smtp::Capabilities::fromEhlo(reply);
        afterEhlo();
        return;
    case State::StartTls:
        if (reply.code != 220) {
            finish(DiagnosisCode::StarttlsUnavailable, serverWords(reply));
            return;
        }
        setStage(CheckStage::Tls);
        upgradeToTls();
        return;
    case State::AuthPlain:
    case State::AuthLoginResult:
        if (reply.code == 235) {
            mutableResult().credentialsAccepted = true;
            m_state = State::Done;
            finish(DiagnosisCode::Ok, serverWords(reply), "QUIT\r\n");
            return;
        }
        if (reply.code == 334) {
            // PLAIN has no challenge after the initial response: cancel the exchange (RFC 4954 §4).
            send("*\r\n");
            finish(DiagnosisCode::ProtocolError, serverWords(reply));
            return;
        }
        fail(reply);
        return;
    case State::AuthOAuth:
        if (reply.code == 235) {
            mutableResult().credentialsAccepted = true;
            m_state = State::Done;
            finish(DiagnosisCode::Ok, serverWords(reply), "QUIT\r\n");
            return;
        }
        if (reply.code == 334) {
            answerOAuthChallenge(reply);
            return;
        }
        failOAuth(reply);
        return;
    case State::AuthOAuthInitial:
        if (reply.code != 334) {
            failOAuth(reply);
            return;
        }
        m_state = State::AuthOAuth;
        send(m_oauthResponse.text("\r\n"));
        m_oauthResponse = {};
        return;
    case State::AuthOAuthErrorReply:
        if (reply.code == 334) {
            // The error challenge comes once; cancel a second round (RFC 4954 §4).
            send("*\r\n");
            finish(DiagnosisCode::OauthTokenRejected, serverWords(reply));
            return;
        }
        // 235 after an error challenge breaks RFC 7628 §3.2.3 (the exchange fails): not a verified login.
        if (reply.code == 235) {
            finish(DiagnosisCode::ProtocolError, serverWords(reply), "QUIT\r\n");
            return;
        }
        failOAuth(reply);
        return;
    case State::AuthLoginUser:
        if (reply.code != 334) {
            fail(reply);
            return;
        }
        m_state = State::AuthLoginPassword;
        send(ClientLine().hidden(settings().loginName.toUtf8().toBase64(), "<redacted>").text("\r\n"));
        return;
    case State::AuthLoginPassword: {
        if (reply.code != 334) {
            fail(reply);
            return;
        }
        m_state = State::AuthLoginResult;
        const QByteArray line = password().utf8().toByteArray().toBase64();
        send(ClientLine().secret(line, "<redacted>", {line}).text("\r\n"));
        return;
    }
    case State::ReadyForAuth:
        // A reply while we wait for IMAP's verdict: RFC 5321 §3.8 lets a server say 421 at any time. Nothing was
        // attempted, so no login is counted.
        if (reply.code >= 400 && reply.code < 600) {
            const bool unavailable = reply.code < 500;
            transcript().note(QStringLiteral("the server spoke while SMTP waited for IMAP's verdict"));
            finish(unavailable ? DiagnosisCode::ServerUnavailable : DiagnosisCode::ServerError, serverWords(reply),
                   reply.code == 421 ? QByteArray() : QByteArray("QUIT\r\n"));
            return;
        }
        break;
    case State::Connecting:
    case State::Done:
        break;
    }
    finish(DiagnosisCode::ProtocolError, serverWords(reply));
}

void SmtpCheckJob::afterEhlo()
{
    if (settings().endpoint.security == Security::StartTls && !isEncrypted()) {
        setStage(CheckStage::Starttls);
        if (!m_capabilities.startTls) {
            // Never fall back to plaintext: this may be a downgrade attack.
            transcript().note(QStringLiteral("the server does not offer STARTTLS"));
            finish(DiagnosisCode::StarttlsUnavailable, {}, "QUIT\r\n");
            return;
        }
        m_state = State::StartTls;
        send("STARTTLS\r\n");
        return;
    }
    if (!mayUseCredentials()) {
        transcript().note(isOAuth() ? QStringLiteral("not sending the token without TLS")
                                    : QStringLiteral("not sending the password without TLS"));
        finish(DiagnosisCode::TlsRequired, {}, "QUIT\r\n");
        return;
    }
    const QList<QByteArray> &mechanisms = m_capabilities.authMechanisms;
    const bool usable = isOAuth() ? oauthsasl::chooseMechanism(mechanisms, settings().oauthMechanism).has_value()
                                  : (mechanisms.contains("PLAIN") || mechanisms.contains("LOGIN"));
    if (!usable) {
        // Over plaintext, servers commonly hide AUTH until STARTTLS (smtp-starttls-first transcript).
        const bool hiddenUntilTls = !isEncrypted() && m_capabilities.startTls;
        if (isOAuth() && !hiddenUntilTls)
            transcript().note(QStringLiteral("the server does not offer %1 for the OAuth token: nothing sent")
                                  .arg(oauthsasl::wantedMechanismsText(settings().oauthMechanism)));
        finish(hiddenUntilTls ? DiagnosisCode::TlsRequired : DiagnosisCode::AuthMethodUnsupported, {}, "QUIT\r\n");
        return;
    }
    setStage(CheckStage::Auth);
    m_state = State::ReadyForAuth;
    if (!m_waitForPermission || m_permission == Permission::Granted) {
        sendAuth();
        return;
    }
    pauseStepTimer();
}

void SmtpCheckJob::sendAuth()
{
    setStage(CheckStage::Auth);
    if (isOAuth()) {
        sendOAuth();
        return;
    }
    const QByteArray user = settings().loginName.toUtf8();
    if (m_capabilities.authMechanisms.contains("PLAIN")) {
        m_state = State::AuthPlain;
        mutableResult().authMechanism = QStringLiteral("PLAIN");
        const QByteArray response = saslPlain(user, password());
        send(ClientLine("AUTH PLAIN ").secret(response, "<redacted>", {response}).text("\r\n"));
        return;
    }
    // No initial response for LOGIN: servers differ in whether they take one, and a password must never end up
    // in the user name's place. The user name answers the first 334, the password the second.
    m_state = State::AuthLoginUser;
    mutableResult().authMechanism = QStringLiteral("LOGIN");
    send("AUTH LOGIN\r\n");
}

void SmtpCheckJob::sendOAuth()
{
    // Chosen once (afterEhlo checked it is offered); never PLAIN/LOGIN with a token, never a second mechanism.
    m_mechanism = *oauthsasl::chooseMechanism(m_capabilities.authMechanisms, settings().oauthMechanism);
    mutableResult().authMechanism = QString::fromLatin1(m_mechanism);
    const QByteArray response = oauthsasl::initialResponse(m_mechanism, settings().loginName, settings().endpoint.host,
                                                           settings().endpoint.port, password().utf8())
                                    .toBase64();
    // A token is never a word: a server line with the token itself in it is withheld too.
    const ClientLine secret =
        ClientLine().secret(response, transcript().placeholder(), {response, password().utf8().toByteArray()});
    const QByteArray command = "AUTH " + m_mechanism;
    if (command.size() + 1 + response.size() + 2 <= kMaxAuthLine) {
        m_state = State::AuthOAuth;
        send(ClientLine(command + ' ').append(secret).text("\r\n"));
        return;
    }
    m_state = State::AuthOAuthInitial;
    m_oauthResponse = secret;
    send(command + "\r\n");
}

void SmtpCheckJob::answerOAuthChallenge(const smtp::Reply &reply)
{
    // RFC 7628 §3.2.2/§3.2.3: "334 <base64 JSON>" says why the token was refused; the client finishes the exchange
    // (%x01 for OAUTHBEARER, an empty line for XOAUTH2) and the server then sends its 535.
    m_state = State::AuthOAuthErrorReply;
    const QByteArray challenge = reply.rawLines.value(0).mid(4);
    if (const std::optional<OAuthSaslError> error = OAuthSaslError::fromChallenge(challenge)) {
        mutableResult().oauthStatus = error->status;
        transcript().note(QStringLiteral("the server's OAuth error (decoded): ") + QString::fromUtf8(error->json));
    } else {
        transcript().note(QStringLiteral("the server's OAuth error challenge is not base64 JSON"));
    }
    send(oauthsasl::errorChallengeReply(m_mechanism) + "\r\n");
}

void SmtpCheckJob::failOAuth(const smtp::Reply &reply)
{
    const DiagnosisCode code = oauthsasl::diagnoseRefusedToken(
        classifySmtpRejection(SmtpRejection{reply.code, reply.enhancedCode, reply.text()}),
        m_state == State::AuthOAuthErrorReply);
    const bool connectionUsable = reply.code != 421;
    finish(code, serverWords(reply), connectionUsable ? QByteArray("QUIT\r\n") : QByteArray());
}

void SmtpCheckJob::fail(const smtp::Reply &reply)
{
    // Before STARTTLS, only the reply code counts: its words could be anyone's.
    DiagnosisCode code = beforeStartTls()
                             ? classifySmtpRejection(SmtpRejection{reply.code, {}, {}})
                             : classifySmtpRejection(SmtpRejection{reply.code, reply.enhancedCode, reply.text()});
    // A provider that takes browser sign-in only refuses passwords without saying why.
    if (code == DiagnosisCode::WrongCredentials && !isOAuth() && settings().passwordsRetired)
        code = DiagnosisCode::OauthRequired;
    const bool connectionUsable = reply.code != 421;
    finish(code, serverWords(reply), connectionUsable ? QByteArray("QUIT\r\n") : QByteArray());
}

void SmtpCheckJob::onClosedByPeer()
{
    finish(DiagnosisCode::ServerUnavailable);
}

}  // namespace ipw
