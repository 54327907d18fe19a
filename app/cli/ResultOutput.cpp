#include "cli/ResultOutput.h"

#include "cli/TerminalText.h"
#include "common/DiagnosisText.h"
#include "setup/CheckOutcome.h"

#include <QJsonArray>
#include <QLocale>

namespace ipw::cli {
namespace {

QJsonValue certificateJson(const CertificateInfo &c)
{
    if (c.isNull())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("notBefore"), c.notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"), QString::fromLatin1(c.sha256)},
    };
}

QJsonValue countOrNull(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString indent(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("    ") + line + u'\n';
    return out;
}

// The "kind" of the JSON's "nextStep" (a contract for scripts, docs/diagnosis.md).
QString kindName(ProviderNextStep::Kind kind)
{
    using Kind = ProviderNextStep::Kind;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::ReissuePassword:
        return QStringLiteral("reissue-password");
    case Kind::BrowserSignInOnly:
        return QStringLiteral("browser-sign-in-only");
    case Kind::EnableImap:
        return QStringLiteral("enable-imap");
    case Kind::ContactSupport:
        return QStringLiteral("contact-support");
    case Kind::CheckStatusPage:
        return QStringLiteral("check-status-page");
    }
    return {};
}

}  // namespace

QJsonObject ResultOutput::toJson(const ProtocolResult &r, Protocol protocol)
{
    QJsonObject o{
        {QStringLiteral("verified"), r.verified},
        {QStringLiteral("stage"), toString(r.stage)},
        {QStringLiteral("diagnosis"), toString(r.diagnosis)},
        {QStringLiteral("serverText"), r.serverText},
        {QStringLiteral("alerts"), QJsonArray::fromStringList(r.alerts)},
        {QStringLiteral("certificate"), certificateJson(r.certificate)},
        {QStringLiteral("clockLooksWrong"), r.clockLooksWrong},
        {QStringLiteral("credentialsAccepted"), r.credentialsAccepted},
        {QStringLiteral("elapsedMs"), qint64(r.elapsed.count())},
    };
    // Only present when a login was attempted / the server explained a refused OAuth token.
    if (!r.authMechanism.isEmpty())
        o.insert(QStringLiteral("authMechanism"), r.authMechanism);
    if (!r.oauthStatus.isEmpty())
        o.insert(QStringLiteral("oauthStatus"), r.oauthStatus);
    if (protocol == Protocol::Imap) {
        // Always present for IMAP: Gmail's [WEBALERT] page (https only), or null.
        o.insert(QStringLiteral("webAlertUrl"),
                 r.webAlertUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.webAlertUrl));
        o.insert(QStringLiteral("mailboxes"), countOrNull(r.mailboxes));
        o.insert(QStringLiteral("inboxMessages"), countOrNull(r.inboxMessages));
        o.insert(QStringLiteral("uidValidity"),
                 r.inboxMessages < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(r.uidValidity)));
    }
    return o;
}

QJsonObject ResultOutput::toJson(const CheckResult &result)
{
    return QJsonObject{
        {QStringLiteral("verified"), result.verified()},
        {QStringLiteral("imap"), result.imap ? QJsonValue(toJson(*result.imap, Protocol::Imap)) : QJsonValue()},
        {QStringLiteral("smtp"), result.smtp ? QJsonValue(toJson(*result.smtp, Protocol::Smtp)) : QJsonValue()},
    };
}

QJsonValue ResultOutput::toJson(const ProviderNextStep &step, const QString &text)
{
    if (step.isNone())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("kind"), kindName(step.kind)},
        {QStringLiteral("text"), text},
        {QStringLiteral("url"), step.url},
    };
}

QString ResultOutput::signInFailureToHuman(DiagnosisCode diagnosis, const QString &details)
{
    const DiagnosisText text = describe(diagnosis);
    QString out = tr("Browser sign-in (OAuth 2.0): %1").arg(text.headline) + u'\n';
    if (!text.explanation.isEmpty())
        out += indent(text.explanation.joined());
    if (!text.genericStep.isEmpty())
        out += indent(tr("What to do: %1").arg(text.nextStep()));
    if (!details.isEmpty())
        out += indent(tr("The provider said: %1").arg(TerminalText::escaped(details)));
    return out + tr("Result: the login was not verified.") + u'\n';
}

QString ResultOutput::toHuman(const CheckResult &result, const Sentences &providerNextStep)
{
    QString out;
    const QLocale locale;
    const ProtocolResult *decisive = decisiveResult(result);
    for (const Protocol protocol : {Protocol::Imap, Protocol::Smtp}) {
        const std::optional<ProtocolResult> &maybe = protocol == Protocol::Imap ? result.imap : result.smtp;
        if (!maybe)
            continue;
        const ProtocolResult &r = *maybe;
        const DiagnosisText text = describe(r.diagnosis, &r == decisive ? providerNextStep : Sentences());
        out += protocolName(toString(protocol)) + QStringLiteral(": ") + text.headline + u'\n';
        if (!r.verified && r.diagnosis != DiagnosisCode::NotAttempted && r.diagnosis != DiagnosisCode::Cancelled)
            out += indent(tr("Stopped at: %1").arg(stageName(r.stage)));
        if (!text.explanation.isEmpty())
            out += indent(text.explanation.joined());
        if (r.diagnosis == DiagnosisCode::CertificateExpired && r.clockLooksWrong)
            out += indent(clockWarning());
        if (!r.verified && !text.genericStep.isEmpty())
            out += indent(tr("What to do: %1").arg(text.nextStep()));
        for (const QString &alert : r.alerts)
            out += indent(tr("Message from the server: %1").arg(TerminalText::escaped(alert)));
        if (!r.webAlertUrl.isEmpty())
            out += indent(tr("The provider's page to confirm this sign-in (open it yourself if you want): %1")
                              .arg(TerminalText::escaped(r.webAlertUrl)));
        if (!r.verified && !r.serverText.isEmpty())
            out += indent(tr("The server said: %1").arg(TerminalText::escapedLines(r.serverText)));
        if (!r.oauthStatus.isEmpty())
            out += indent(tr("The server's reason for refusing the sign-in (OAuth status): %1")
                              .arg(TerminalText::escaped(r.oauthStatus)));
        if (!r.authMechanism.isEmpty())
            out += indent(tr("Sign-in method: %1").arg(TerminalText::escaped(r.authMechanism)));
        if (protocol == Protocol::Imap && r.verified)
            out += indent(tr("%1 folders; %2 messages in the inbox.")
                              .arg(locale.toString(r.mailboxes), locale.toString(r.inboxMessages)));
        if (!r.certificate.isNull() && (isCertificateProblem(r.diagnosis) || r.diagnosis == DiagnosisCode::Ok)) {
            const bool problem = isCertificateProblem(r.diagnosis);
            QString cert = (problem ? tr("The server's certificate:") : tr("Certificate:")) + u'\n';
            cert += tr("  Subject: %1").arg(TerminalText::escaped(r.certificate.subject)) + u'\n';
            cert += tr("  Issuer: %1").arg(TerminalText::escaped(r.certificate.issuer)) + u'\n';
            cert += tr("  Valid from %1 to %2")
                        .arg(locale.toString(r.certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                             locale.toString(r.certificate.notAfter.toLocalTime(), QLocale::ShortFormat)) +
                    u'\n';
            cert += tr("  SHA-256: %1").arg(QString::fromLatin1(r.certificate.sha256));
            if (problem)
                cert += u'\n' + tr("If you have confirmed with your provider that this is their certificate, you can "
                                   "trust exactly this one with --trust-cert %1")
                                    .arg(QString::fromLatin1(r.certificate.sha256));
            out += indent(cert);
        }
        out += indent(tr("Time: %1 s").arg(locale.toString(r.elapsed.count() / 1000.0, 'f', 2)));
    }
    out += result.verified() ? tr("Result: the login works.") : tr("Result: the login was not verified.");
    out += u'\n';
    return out;
}

QString ResultOutput::transcript(const CheckResult &result)
{
    QString out;
    for (const Protocol protocol : {Protocol::Imap, Protocol::Smtp}) {
        const std::optional<ProtocolResult> &r = protocol == Protocol::Imap ? result.imap : result.smtp;
        if (!r)
            continue;
        out += QStringLiteral("== ") + toString(protocol) + u'\n';
        for (const QString &line : r->transcript)
            out += TerminalText::escaped(line) + u'\n';
    }
    return out;
}

}  // namespace ipw::cli
