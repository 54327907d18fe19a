#include "net/ImapCheckJob.h"

#include "diagnosis/Classifier.h"
#include "net/OAuthSasl.h"
#include "net/OAuthSaslError.h"
#include "net/Transport.h"

#include <QUrl>

namespace ipw {
namespace {

QByteArray statusText(const imap::Response &r)
{
    QByteArray text;
    if (!r.responseCode.isEmpty()) {
        text = '[' + r.responseCode;
        if (!r.responseCodeArgs.isEmpty())
            text += ' ' + r.responseCodeArgs;
        text += "] ";
    }
    return text + r.text;
}

ImapRejection rejectionOf(const imap::Response &r)
{
    return ImapRejection{r.status, r.responseCode, r.text};
}

// "AUTH=XOAUTH2 AUTH=PLAIN …" → {"XOAUTH2", "PLAIN"}.
QList<QByteArray> saslMechanisms(const QList<QByteArray> &capabilities)
{
    QList<QByteArray> mechanisms;
    for (const QByteArray &c : capabilities)
        if (c.startsWith("AUTH="))
            mechanisms << c.mid(5);
    return mechanisms;
}

// Longer alerts are cut: they are for a person to read.
constexpr qsizetype kMaxAlertBytes = 2000;
constexpr qsizetype kMaxWebAlertUrl = 4096;

}  // namespace

ImapCheckJob::ImapCheckJob(JobSettings settings, Secret secret, Transport *transport, QObject *parent)
    : ProtocolJob(Protocol::Imap, std::move(settings), std::move(secret), transport, parent)
{
}

QByteArray ImapCheckJob::nextTag()
{
    return 'a' + QByteArray::number(++m_tagCounter);
}

ClientLine ImapCheckJob::tagged(const ClientLine &command)
{
    const QByteArray tag = nextTag();
    m_pendingTags.append(tag);
    return ClientLine(tag + ' ').append(command).text("\r\n");
}

void ImapCheckJob::sendCommand(const ClientLine &command)
{
    send(tagged(command));
}

ClientLine ImapCheckJob::mailboxCommands()
{
    // One write, one round trip (RFC 3501 §5.5: the server answers in order). "%": the top level only; it proves
    // the session as well as "*" and costs little on a large namespace. EXAMINE is read-only: nothing changes.
    ClientLine commands = tagged(ClientLine("LIST \"\" \"%\""));
    return commands.append(tagged(ClientLine("EXAMINE INBOX")));
}

void ImapCheckJob::onConnectionReady()
{
    m_state = State::Greeting;
}

void ImapCheckJob::onTlsUpgraded()
{
    // RFC 3501 §6.2.1: capabilities learned before TLS must be forgotten; so is everything else the plaintext
    // phase said (RFC 2595 §3.1): a man in the middle chose it.
    m_capabilities.clear();
    m_bye.reset();
    m_webAlertDuringLogin = false;
    mutableResult().alerts.clear();
    mutableResult().webAlertUrl.clear();
    m_state = State::Capability;
    setStage(CheckStage::Capability);
    sendCommand("CAPABILITY");
}

void ImapCheckJob::onData()
{
    // Consumed responses are dropped from the buffer once at the end: a flood of small responses must not cost a
    // copy of the whole buffer each.
    qsizetype offset = 0;
    while (!isFinished()) {
        const QByteArrayView rest = QByteArrayView(buffer()).sliced(offset);
        const imap::ParseResult parsed = imap::parseResponse(rest);
        if (parsed.status == imap::ParseResult::Status::Incomplete)
            break;
        if (parsed.status == imap::ParseResult::Status::Malformed) {
            // Whole, not cut: what would reveal a secret is withheld before anything is cut.
            transcript().server(rest.toByteArray());
            transcript().note(QStringLiteral("unreadable response: ") + QString::fromLatin1(parsed.error));
            finish(DiagnosisCode::ProtocolError, rest.toByteArray());
            return;
        }
        const QByteArray raw = rest.first(parsed.consumed).toByteArray();
        offset += parsed.consumed;
        for (const QByteArray &line : raw.split('\n'))
            if (!line.isEmpty() && line != "\r")
                transcript().server(line.endsWith('\r') ? line.chopped(1) : line);
        handle(parsed.response);
        if (buffer().size() < offset)
            offset = 0;  // STARTTLS: upgradeToTls() dropped what came after the server's "go ahead"
    }
    buffer().remove(0, offset);
}

void ImapCheckJob::handle(const imap::Response &response)
{
    if (response.responseCode == "ALERT")
        keepAlert(response);
    else if (response.responseCode == "WEBALERT")
        keepWebAlert(response);
    if (isFinished())
        return;
    switch (response.kind) {
    case imap::Response::Kind::Untagged:
        handleUntagged(response);
        break;
    case imap::Response::Kind::Tagged:
        handleTagged(response);
        break;
    case imap::Response::Kind::Continuation:
        handleContinuation(response);
        break;
    }
}

void ImapCheckJob::keepAlert(const imap::Response &r)
{
    if (beforeStartTls())
        return;  // anyone on the path could have written it
    if (mutableResult().alerts.size() >= kMaxAlerts) {
        transcript().note(QStringLiteral("more than %1 alerts: not a server talking to a person").arg(kMaxAlerts));
        finish(DiagnosisCode::ProtocolError);
        return;
    }
    mutableResult().alerts.append(transcript().serverWords(r.text));  // withheld or cut there, in that order
}

void ImapCheckJob::keepWebAlert(const imap::Response &r)
{
    // Gmail: "* NO [WEBALERT https://accounts.google.com/…] Web login required." The code decides the diagnosis
    // whatever its URL; the URL is kept only as an https link for the user to open by choice.
    if (beforeStartTls())
        return;
    if (r.kind == imap::Response::Kind::Untagged && r.status != "OK" &&
        (m_state == State::Authenticate || m_state == State::Login || m_state == State::LoginContinuation))
        m_webAlertDuringLogin = true;
    const QByteArray args = r.responseCodeArgs.trimmed();
    const QUrl url(QString::fromLatin1(args), QUrl::StrictMode);
    const bool usable = args.size() <= kMaxWebAlertUrl && !args.contains(' ') && url.isValid() &&
                        url.scheme() == u"https" && !url.host().isEmpty() && url.userInfo().isEmpty();
    if (usable && !transcript().revealsSecret(args))
        mutableResult().webAlertUrl = url.toString(QUrl::FullyEncoded);
}

void ImapCheckJob::handleUntagged(const imap::Response &r)
{
    if (++m_untaggedThisStep > kMaxUntaggedPerStep) {
        transcript().note(QStringLiteral("more than %1 untagged responses to one command").arg(kMaxUntaggedPerStep));
        finish(DiagnosisCode::ProtocolError);
        return;
    }
    if (r.keyword == "CAPABILITY")
        m_capabilities = imap::parseCapabilities(r.text);
    else if (r.responseCode == "CAPABILITY")
        m_capabilities = imap::parseCapabilities(r.responseCodeArgs);

    if (r.status == "BYE") {
        // Before STARTTLS a BYE explains nothing: anyone on the path could have written it.
        if (!beforeStartTls())
            m_bye = r;
        if (m_state == State::Greeting) {
            finish(beforeStartTls() ? DiagnosisCode::ServerUnavailable : classifyImapRejection(rejectionOf(r)),
                   statusText(r));
            return;
        }
    }

    switch (m_state) {
    case State::Greeting:
        if (r.status == "OK") {
            if (m_capabilities.isEmpty()) {
                m_state = State::Capability;
                setStage(CheckStage::Capability);
                sendCommand("CAPABILITY");
            } else {
                afterCapabilities();
            }
        } else {
            // PREAUTH (nothing to verify), or a data response before any greeting.
            finish(DiagnosisCode::ProtocolError, statusText(r));
        }
        break;
    case State::List:
        if (r.keyword == "LIST")
            ++m_listed;
        break;
    case State::Examine:
        if (r.keyword == "EXISTS" && r.number)
            mutableResult().inboxMessages = int(qMin<quint32>(*r.number, INT_MAX));
        else if (r.responseCode == "UIDVALIDITY")
            mutableResult().uidValidity = r.responseCodeArgs.trimmed().toUInt();
        break;
    default:
        break;
    }
}

void ImapCheckJob::handleContinuation(const imap::Response &r)
{
    switch (m_state) {
    case State::Authenticate:
        if (!m_saslResponse.isEmpty()) {
            send(m_saslResponse.text("\r\n"));
            m_saslResponse = {};
            return;
        }
        if (isOAuth() && !m_oauthChallenged) {
            answerOAuthChallenge(r.text);
            return;
        }
        // A challenge after our initial response: PLAIN has no second round, and OAuth's error challenge comes
        // once. Cancel (RFC 3501 §6.2.2) and end: a server that answers everything with "+" must not keep the
        // check alive.
        transcript().note(QStringLiteral("unexpected continuation request during AUTHENTICATE: cancelled"));
        finish(m_oauthChallenged ? DiagnosisCode::OauthTokenRejected : DiagnosisCode::ProtocolError, {}, "*\r\n");
        return;
    case State::LoginContinuation: {
        send(m_loginParts.takeFirst());
        if (m_loginParts.isEmpty())
            m_state = State::Login;
        return;
    }
    default:
        finish(DiagnosisCode::ProtocolError, "unexpected continuation request");
        return;
    }
}

void ImapCheckJob::handleTagged(const imap::Response &r)
{
    // In order, or not at all: a reply to the pipelined LIST before the login's own would count a mailbox as proof
    // of a login the server has not accepted.
    if (m_pendingTags.isEmpty() || r.tag != m_pendingTags.constFirst()) {
        finish(DiagnosisCode::ProtocolError, statusText(r));
        return;
    }
    m_pendingTags.removeFirst();
    m_untaggedThisStep = 0;
    if (r.responseCode == "CAPABILITY")
        m_capabilities = imap::parseCapabilities(r.responseCodeArgs);
    const bool ok = r.status == "OK";

    switch (m_state) {
    case State::Capability:
        if (!ok) {
            finish(DiagnosisCode::ProtocolError, statusText(r));
            return;
        }
        afterCapabilities();
        return;
    case State::StartTls:
        if (!ok) {
            finish(DiagnosisCode::StarttlsUnavailable, statusText(r));
            return;
        }
        setStage(CheckStage::Tls);
        upgradeToTls();
        return;
    case State::Authenticate:
    case State::LoginContinuation:
    case State::Login:
        onLoginResult(r);
        return;
    case State::List:
        if (!ok) {
            onMailboxFailure(r);
            return;
        }
        mutableResult().mailboxes = m_listed;
        Q_EMIT sessionUsable();
        if (!isFinished())
            m_state = State::Examine;  // already sent
        return;
    case State::Examine:
        if (!ok) {
            onMailboxFailure(r);
            return;
        }
        m_state = State::Done;
        finish(DiagnosisCode::Ok, statusText(r), nextTag() + " LOGOUT\r\n");
        return;
    case State::Connecting:
    case State::Greeting:
    case State::Done:
        break;
    }
    finish(DiagnosisCode::ProtocolError, statusText(r));
}

void ImapCheckJob::afterCapabilities()
{
    setStage(CheckStage::Capability);
    if (settings().endpoint.security == Security::StartTls && !isEncrypted()) {
        setStage(CheckStage::Starttls);
        if (!m_capabilities.contains("STARTTLS")) {
            // Never fall back to plaintext: this may be a downgrade attack.
            transcript().note(QStringLiteral("the server does not offer STARTTLS"));
            finish(DiagnosisCode::StarttlsUnavailable);
            return;
        }
        m_state = State::StartTls;
        sendCommand("STARTTLS");
        return;
    }
    authenticate();
}

void ImapCheckJob::authenticate()
{
    if (!mayUseCredentials() || (!isEncrypted() && m_capabilities.contains("LOGINDISABLED"))) {
        transcript().note(isOAuth() ? QStringLiteral("not sending the token without TLS")
                                    : QStringLiteral("not sending the password without TLS"));
        finish(DiagnosisCode::TlsRequired);
        return;
    }
    if (isOAuth()) {
        authenticateWithToken();
        return;
    }
    if (!m_capabilities.contains("AUTH=PLAIN") && m_capabilities.contains("LOGINDISABLED")) {
        finish(DiagnosisCode::AuthMethodUnsupported);
        return;
    }
    setStage(CheckStage::Auth);
    if (m_capabilities.contains("AUTH=PLAIN")) {
        const QByteArray response = saslPlain(settings().loginName.toUtf8(), password());
        const ClientLine secret = ClientLine().secret(response, "<redacted>", {response});
        m_state = State::Authenticate;
        mutableResult().authMechanism = QStringLiteral("PLAIN");
        if (m_capabilities.contains("SASL-IR")) {
            // RFC 4959: the initial response saves a round trip; LIST and EXAMINE ride behind it and save another
            // (RFC 3501 §5.5). PLAIN has no second challenge a pipelined line could be taken for an answer to, and
            // a refused login makes them fail harmlessly: their replies count only after the login's OK. Never
            // with OAUTHBEARER/XOAUTH2, whose error challenge expects a reply.
            m_mailboxPipelined = true;
            send(tagged(ClientLine("AUTHENTICATE PLAIN ").append(secret)).append(mailboxCommands()));
        } else {
            m_saslResponse = secret;
            sendCommand("AUTHENTICATE PLAIN");
        }
        return;
    }
    sendLogin();
}

void ImapCheckJob::authenticateWithToken()
{
    // Never PLAIN or LOGIN with a token, and only the one mechanism: a rejected token is not tried another way.
    const std::optional<QByteArray> mechanism =
        oauthsasl::chooseMechanism(saslMechanisms(m_capabilities), settings().oauthMechanism);
    if (!mechanism) {
        transcript().note(QStringLiteral("the server does not offer %1 for the OAuth token: nothing sent")
                              .arg(oauthsasl::wantedMechanismsText(settings().oauthMechanism)));
        finish(DiagnosisCode::AuthMethodUnsupported);
        return;
    }
    setStage(CheckStage::Auth);
    m_mechanism = *mechanism;
    mutableResult().authMechanism = QString::fromLatin1(m_mechanism);
    const QByteArray response = oauthsasl::initialResponse(m_mechanism, settings().loginName, settings().endpoint.host,
                                                           settings().endpoint.port, password().utf8())
                                    .toBase64();
    // A token is never a word: a server line with the token itself in it is withheld too.
    const ClientLine secret =
        ClientLine().secret(response, transcript().placeholder(), {response, password().utf8().toByteArray()});
    m_state = State::Authenticate;
    if (m_capabilities.contains("SASL-IR")) {
        sendCommand(ClientLine("AUTHENTICATE " + m_mechanism + ' ').append(secret));
    } else {
        m_saslResponse = secret;
        sendCommand("AUTHENTICATE " + m_mechanism);
    }
}

void ImapCheckJob::answerOAuthChallenge(const QByteArray &challenge)
{
    // RFC 7628 §3.2.2/§3.2.3: the token was refused; the challenge says why (base64 JSON). The exchange must be
    // completed by the client (%x01 for OAUTHBEARER, an empty response for XOAUTH2) before the server sends NO.
    m_oauthChallenged = true;
    if (const std::optional<OAuthSaslError> error = OAuthSaslError::fromChallenge(challenge)) {
        mutableResult().oauthStatus = error->status;
        transcript().note(QStringLiteral("the server's OAuth error (decoded): ") + QString::fromUtf8(error->json));
    } else {
        transcript().note(QStringLiteral("the server's OAuth error challenge is not base64 JSON"));
    }
    send(oauthsasl::errorChallengeReply(m_mechanism) + "\r\n");
}

void ImapCheckJob::sendLogin()
{
    mutableResult().authMechanism = QStringLiteral("LOGIN");
    // RFC 3501 §4.3 / RFC 9051 §4.3: a string the quoted form cannot carry (8-bit, CR, LF) goes as a literal.
    // LITERAL+ (RFC 7888) makes it non-synchronizing; otherwise each literal waits for the server's "+".
    const bool literalPlus = m_capabilities.contains("LITERAL+");
    const bool literalMinus = m_capabilities.contains("LITERAL-");
    const QByteArray tag = nextTag();
    m_pendingTags.append(tag);
    m_loginParts.clear();
    ClientLine current(tag + " LOGIN ");
    // The password is marked where it goes (quoted or as a literal); a literal's length is not shown, since it
    // would tell the password's length.
    auto addString = [&](const QByteArray &value, bool secret) {
        if (const std::optional<QByteArray> q = imap::quoted(value)) {
            if (secret)
                current.secret(*q, "<password>", {value, q->mid(1, q->size() - 2)});
            else
                current.text(*q);
            return;
        }
        const bool nonSync = literalPlus || (literalMinus && value.size() <= 4096);
        const QByteArray announce = '{' + QByteArray::number(value.size()) + (nonSync ? "+}" : "}");
        if (secret)
            current.hidden(announce + "\r\n", (nonSync ? "{…+}" : "{…}") + QByteArray("\r\n"));
        else
            current.text(announce + "\r\n");
        if (!nonSync) {
            m_loginParts.append(current);
            current = ClientLine();
        }
        if (secret)
            current.secret(value, "<password>", {value});
        else
            current.text(value);
    };
    addString(settings().loginName.toUtf8(), false);
    current.text(" ");
    addString(password().utf8().toByteArray(), true);
    current.text("\r\n");
    m_loginParts.append(current);

    send(m_loginParts.takeFirst());
    m_state = m_loginParts.isEmpty() ? State::Login : State::LoginContinuation;
}

void ImapCheckJob::onLoginResult(const imap::Response &r)
{
    m_loginParts.clear();
    m_saslResponse = {};
    if (isOAuth() && (r.status != "OK" || m_oauthChallenged)) {
        // An OK after an error challenge breaks RFC 7628 §3.2.3 (the exchange fails): not a verified login.
        finish(r.status == "OK"
                   ? DiagnosisCode::ProtocolError
                   : oauthsasl::diagnoseRefusedToken(classifyImapRejection(rejectionOf(r)), m_oauthChallenged),
               statusText(r));
        return;
    }
    if (r.status != "OK") {
        finish(diagnoseRefusedLogin(r), statusText(r));
        return;
    }
    mutableResult().credentialsAccepted = true;
    setStage(CheckStage::Mailbox);
    m_state = State::List;
    if (!m_mailboxPipelined)
        send(mailboxCommands());
}

DiagnosisCode ImapCheckJob::diagnoseRefusedLogin(const imap::Response &r) const
{
    const DiagnosisCode code = classifyImapRejection(rejectionOf(r));
    if (code != DiagnosisCode::WrongCredentials)
        return code;
    // Gmail sends the reason untagged ("* NO [WEBALERT …] Web login required.") and then a bare refusal.
    if (m_webAlertDuringLogin)
        return DiagnosisCode::WebLoginRequired;
    if (!isOAuth() && settings().passwordsRetired)
        return DiagnosisCode::OauthRequired;
    return code;
}

void ImapCheckJob::onMailboxFailure(const imap::Response &r)
{
    DiagnosisCode code = classifyImapMailboxFailure(rejectionOf(r));
    // Exchange Online: "a1 OK AUTHENTICATE completed." then "a2 BAD User is authenticated but not connected."
    // With a token, the token lacks the mailbox's scope or belongs to another mailbox: sign in again.
    if (code == DiagnosisCode::NotAuthorized && isOAuth())
        code = DiagnosisCode::OauthTokenRejected;
    finish(code, statusText(r));
}

void ImapCheckJob::onClosedByPeer()
{
    // A BYE that explains why (RFC 3501 §7.1.5), e.g. Outlook's after "Basic authentication is disabled".
    if (m_bye) {
        finish(classifyImapRejection(rejectionOf(*m_bye)), statusText(*m_bye));
        return;
    }
    finish(DiagnosisCode::ServerUnavailable);
}

}  // namespace ipw
