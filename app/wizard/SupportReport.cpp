#include "SupportReport.h"

#include "common/BuildInfo.h"
#include "common/DiagnosisText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

void describeProtocol(QStringList &out, const QString &id, const std::optional<ServerEndpoint> &endpoint,
                      const std::optional<ProtocolResult> &result)
{
    if (!endpoint || !result) {
        out << u"%1: not checked"_s.arg(id.toUpper());
        return;
    }
    out << u"%1: %2:%3 (%4)%5"_s.arg(id.toUpper(), endpoint->host)
               .arg(endpoint->port)
               .arg(toString(endpoint->security),
                    endpoint->quirks.allowLegacyRenegotiation ? u", legacy renegotiation allowed"_s : QString());
    out << u"  result: %1, diagnosis %2 (%3), stage %4, %5 ms"_s
               .arg(result->verified ? u"verified"_s : u"NOT verified"_s, toString(result->diagnosis),
                    describe(result->diagnosis).headline, toString(result->stage))
               .arg(qint64(result->elapsed.count()));
    if (result->mailboxes >= 0)
        out << u"  folders: %1, INBOX messages: %2"_s.arg(result->mailboxes).arg(result->inboxMessages);
    if (!result->serverText.isEmpty())
        out << u"  server said: "_s + result->serverText;
    for (const QString &alert : result->alerts)
        out << u"  [ALERT] "_s + alert;
    if (!result->certificate.isNull()) {
        const CertificateInfo &c = result->certificate;
        out << u"  certificate: subject %1; issuer %2; valid %3 to %4; SHA-256 %5"_s.arg(
            c.subject, c.issuer, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate),
            QString::fromLatin1(c.sha256));
        if (result->clockLooksWrong)
            out << u"  the computer's clock looks wrong"_s;
    }
    out << u"  transcript (secrets removed):"_s;
    for (const QString &line : result->transcript)
        out << u"    "_s + line;
}

}  // namespace

QString supportReport(const AccountDraft &draft, const CheckSettings &settings, const CheckResult &result,
                      int rejectedAttempts)
{
    QStringList out;
    out << u"IMAP Password Wizard %1 - report for support"_s.arg(BuildInfo::version());
    out << u"provider: %1"_s.arg(draft.providerId.isEmpty() ? u"(none)"_s : draft.providerId);
    out << u"login name: %1"_s.arg(settings.loginName);
    if (settings.smtpLoginName)
        out << u"smtp login name: %1"_s.arg(*settings.smtpLoginName);
    if (draft.browserSignIn)
        out << u"sign-in: OAuth2 (browser), issuer %1"_s.arg(draft.oauth ? draft.oauth->issuer : u"?"_s);
    else
        out << u"rejected passwords in this session: %1"_s.arg(rejectedAttempts);
    describeProtocol(out, u"imap"_s, settings.imap, result.imap);
    describeProtocol(out, u"smtp"_s, settings.smtp, result.smtp);
    QString text = out.join(u'\n') + u'\n';
    // The transcript, the server's words and the alerts are redacted by position in core/net (a server line that
    // repeats the password as sent is withheld there). The password is not searched for here: one that is also a
    // word or part of a host name ("example") would give itself away by what it replaced. Tokens are never words:
    // they are replaced wherever they appear, as a second guard.
    for (const QString &token : {draft.oauthTokens.accessToken, draft.oauthTokens.refreshToken}) {
        if (token.size() >= 4)
            text.replace(token, u"[token removed]"_s);
    }
    return text;
}

}  // namespace ipw
