#include "cli/CheckOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>

namespace ipw::cli {
namespace {

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

}  // namespace

CheckOptions::CheckOptions()
    : m_imap(option(QStringLiteral("imap"), tr("IMAP server to check, with an optional port."),
                    QStringLiteral("HOST[:PORT]")))
    , m_imapSecurity(option(QStringLiteral("imap-security"),
                            tr("How the IMAP connection is secured: tls (port 993), starttls (143) or none."),
                            QStringLiteral("tls|starttls|none")))
    , m_smtp(option(QStringLiteral("smtp"), tr("SMTP submission server to check, with an optional port."),
                    QStringLiteral("HOST[:PORT]")))
    , m_smtpSecurity(option(QStringLiteral("smtp-security"),
                            tr("How the SMTP connection is secured: tls (port 465), starttls (587) or none."),
                            QStringLiteral("tls|starttls|none")))
    , m_noImap(option(QStringLiteral("no-imap"), tr("Check SMTP alone.")))
    , m_noSmtp(option(QStringLiteral("no-smtp"), tr("Check IMAP alone.")))
    , m_user(option(QStringLiteral("user"), tr("The login name."), QStringLiteral("NAME")))
    , m_smtpUser(option(QStringLiteral("smtp-user"),
                        tr("SMTP's login name, where it differs from the IMAP login (default: the provider's rule, "
                           "else the same as --user)."),
                        QStringLiteral("NAME")))
    , m_passwordStdin(option(QStringLiteral("password-stdin"),
                             tr("Read the password from the first line of standard input (a password is never "
                                "accepted as an argument).")))
    , m_caFile(option(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."),
                      QStringLiteral("PEM")))
    , m_trustCert(option(QStringLiteral("trust-cert"),
                         tr("Trust exactly the certificate with this SHA-256 fingerprint, for the server that "
                            "presents it (hex; colons and letter case are ignored). HOST:PORT=SHA256 names the "
                            "server."),
                         QStringLiteral("[HOST:PORT=]SHA256")))
    , m_timeout(option(QStringLiteral("timeout"), tr("Time limit for each step, in seconds (default 20)."),
                       QStringLiteral("SECONDS")))
    , m_allowPlaintext(option(QStringLiteral("allow-plaintext"),
                              tr("Allow sending the password without TLS when a security is \"none\" (never when "
                                 "the server refuses plaintext logins).")))
    , m_json(option(QStringLiteral("json"), tr("Print the result as JSON on standard output.")))
    , m_transcript(option(QStringLiteral("transcript"),
                          tr("Print the dialogue with the servers on standard error, passwords removed.")))
{
}

void CheckOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_imap, m_imapSecurity, m_smtp, m_smtpSecurity, m_noImap, m_noSmtp, m_user, m_smtpUser,
                       m_passwordStdin, m_caFile, m_trustCert, m_timeout, m_allowPlaintext, m_json, m_transcript});
}

std::variant<HostPort, QString> CheckOptions::parseHostPort(const QString &text, const QString &optionName)
{
    HostPort::Error error = HostPort::Error::BadHost;
    const std::optional<HostPort> parsed = HostPort::parse(text, &error);
    if (!parsed && error == HostPort::Error::BadPort)
        return tr("--%1: the port must be a number from 1 to 65535 (got \"%2\").")
            .arg(optionName, text.trimmed().section(u':', -1));
    if (!parsed)
        return tr("--%1: \"%2\" is not a valid server name.").arg(optionName, text);
    return *parsed;
}

std::variant<ServerEndpoint, QString> CheckOptions::parseEndpoint(const QString &text, const QString &optionName,
                                                                  std::optional<Security> security, Protocol protocol)
{
    const auto hostPort = parseHostPort(text, optionName);
    if (const QString *error = std::get_if<QString>(&hostPort))
        return *error;
    const HostPort *parsed = &std::get<HostPort>(hostPort);
    // The one port table decides what the user left out: a standard port implies its security (143 → STARTTLS),
    // a security implies its standard port; with neither, implicit TLS on its port (RFC 8314).
    ServerEndpoint endpoint;
    endpoint.host = parsed->host;
    endpoint.security =
        security.value_or(parsed->port ? ServerAddress::securityForPort(*parsed->port).value_or(Security::ImplicitTls)
                                       : Security::ImplicitTls);
    endpoint.port = parsed->port.value_or(ServerAddress::defaultPort(protocol, endpoint.security));
    return endpoint;
}

std::variant<CheckRequest, QString> CheckOptions::toRequest(const QCommandLineParser &parser, const CheckSettings &base,
                                                            bool baseIsSavedAccount) const
{
    CheckRequest request;
    request.settings = base;
    CheckSettings &s = request.settings;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        return tr("Unexpected argument \"%1\". A password is never accepted as an argument: use --password-stdin.")
            .arg(positional.first());

    const bool noImap = parser.isSet(m_noImap);
    const bool noSmtp = parser.isSet(m_noSmtp);
    if (noImap && noSmtp)
        return tr("--no-imap and --no-smtp together leave nothing to check.");

    struct Side {
        const QCommandLineOption &host, &security;
        bool disabled;
        bool imap;
        std::optional<ServerEndpoint> &endpoint;
    };
    for (const Side &side :
         {Side{m_imap, m_imapSecurity, noImap, true, s.imap}, Side{m_smtp, m_smtpSecurity, noSmtp, false, s.smtp}}) {
        const QString name = side.imap ? QStringLiteral("imap") : QStringLiteral("smtp");
        if (side.disabled) {
            if (parser.isSet(side.host))
                return tr("--%1 and --no-%1 contradict each other.").arg(name);
            side.endpoint.reset();
            continue;
        }
        std::optional<Security> security;
        if (parser.isSet(side.security)) {
            security = securityFromString(parser.value(side.security));
            if (!security)
                return tr("--%1-security must be tls, starttls or none (got \"%2\").")
                    .arg(name, parser.value(side.security));
        }
        if (parser.isSet(side.host)) {
            auto parsed =
                parseEndpoint(parser.value(side.host), name, security, side.imap ? Protocol::Imap : Protocol::Smtp);
            if (auto *error = std::get_if<QString>(&parsed))
                return *error;
            side.endpoint = std::get<ServerEndpoint>(parsed);
        } else if (side.endpoint) {
            if (security)
                side.endpoint->security = *security;
        } else if (baseIsSavedAccount) {
            continue;  // the account was saved without this server
        } else {
            return tr("Which %1 server? Give --%2 HOST[:PORT], or --no-%2 to leave it out.")
                .arg(side.imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP"), name);
        }
    }

    if (parser.isSet(m_user))
        s.loginName = parser.value(m_user);
    if (s.loginName.trimmed().isEmpty())
        return tr("Give the login name with --user NAME.");
    if (parser.isSet(m_smtpUser)) {
        if (noSmtp)
            return tr("--smtp-user and --no-smtp contradict each other.");
        if (parser.value(m_smtpUser).trimmed().isEmpty())
            return tr("--smtp-user needs a login name.");
        s.smtpLoginName = parser.value(m_smtpUser);
    }
    if (s.smtpLoginName == s.loginName)
        s.smtpLoginName.reset();

    request.passwordFromStdin = parser.isSet(m_passwordStdin);

    if (parser.isSet(m_caFile)) {
        const QString path = parser.value(m_caFile);
        if (!QFile::exists(path))
            return tr("--ca-file: cannot read \"%1\".").arg(path);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            return tr("--ca-file: \"%1\" contains no PEM certificate.").arg(path);
        s.extraCaCertificates += certificates;
    }

    for (const QString &value : parser.values(m_trustCert)) {
        // SHA256, or HOST:PORT=SHA256 for exactly one of the servers being checked. Either way a pin accepts
        // only the server that presents that certificate, and --save keeps it for that server alone
        // (LoginVerification::fromCheck).
        const qsizetype eq = value.indexOf(u'=');
        const QString fingerprint = eq < 0 ? value : value.mid(eq + 1);
        if (!normalizeSha256Fingerprint(fingerprint))
            return tr("--trust-cert: \"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).")
                .arg(fingerprint);
        if (eq < 0) {
            for (const auto *endpoint : {&s.imap, &s.smtp})
                if (*endpoint)
                    s.pinnedCertificates.add((*endpoint)->key(), QStringView(fingerprint));
            continue;
        }
        const auto where = parseHostPort(value.left(eq), m_trustCert.names().constFirst());
        if (const QString *error = std::get_if<QString>(&where))
            return *error;
        const HostPort &hostPort = std::get<HostPort>(where);
        const auto named = [&](const std::optional<ServerEndpoint> &endpoint) {
            return endpoint && hostPort.port && endpoint->key() == EndpointKey::of(hostPort.host, *hostPort.port);
        };
        if (!named(s.imap) && !named(s.smtp))
            return tr("--trust-cert: \"%1\" is not one of the servers being checked (give HOST:PORT exactly as "
                      "checked, e.g. %2).")
                .arg(value.left(eq), s.imap   ? s.imap->key().toString()
                                     : s.smtp ? s.smtp->key().toString()
                                              : QString());
        s.pinnedCertificates.add(EndpointKey::of(hostPort.host, *hostPort.port), QStringView(fingerprint));
    }

    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return tr("--timeout: give the seconds per step as a number from 0.1 to 3600 (got \"%1\").")
                .arg(parser.value(m_timeout));
        s.stepTimeout = std::chrono::milliseconds(qMax<qint64>(100, qint64(seconds * 1000)));
    }
    s.allowPlaintext = parser.isSet(m_allowPlaintext);
    request.json = parser.isSet(m_json);
    request.transcript = parser.isSet(m_transcript);
    return request;
}

}  // namespace ipw::cli
