// imap-password-check: the connection tester behind a scriptable interface, for support staff and tests.
// No Qt Widgets here: it runs on a server or over SSH as well as on a desktop.

#include "ProviderCli.h"
#include "common/BuildInfo.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// The connection options. NOTE for the merge: the "net" engineer defines the real ones with the check; these are the
// minimal set the provider options need (--imap/--smtp/--user override what a provider says).
struct ConnectionOptions {
    QCommandLineOption imap{u"imap"_s, tr("IMAP server as HOST or HOST:PORT."), tr("server")};
    QCommandLineOption smtp{u"smtp"_s, tr("SMTP server as HOST or HOST:PORT."), tr("server")};
    QCommandLineOption imapSecurity{u"imap-security"_s, tr("IMAP security: tls, starttls or none."), tr("security")};
    QCommandLineOption smtpSecurity{u"smtp-security"_s, tr("SMTP security: tls, starttls or none."), tr("security")};
    QCommandLineOption user{u"user"_s, tr("Login name (overrides the provider's rule)."), tr("name")};
    QCommandLineOption json{u"json"_s, tr("Machine-readable output.")};
};

/// Reads the explicit connection options; a sentence in *why for a bad value.
std::optional<ipw::cli::ExplicitSettings> explicitSettings(const QCommandLineParser &parser, const ConnectionOptions &o,
                                                           QString *why)
{
    ipw::cli::ExplicitSettings s;
    const auto server = [&](const QCommandLineOption &option, std::optional<QString> &host,
                            std::optional<quint16> &port) {
        if (!parser.isSet(option))
            return true;
        const auto parsed = ipw::cli::ProviderCli::parseHostPort(parser.value(option));
        if (!parsed) {
            *why = tr("“%1” is not a server name (HOST or HOST:PORT).").arg(parser.value(option));
            return false;
        }
        host = parsed->first;
        port = parsed->second;
        return true;
    };
    const auto security = [&](const QCommandLineOption &option, std::optional<ipw::ServerSecurity> &value) {
        if (!parser.isSet(option))
            return true;
        value = ipw::serverSecurityFromString(parser.value(option).trimmed().toLower());
        if (!value)
            *why = tr("“%1” is not a security setting: use tls, starttls or none.").arg(parser.value(option));
        return value.has_value();
    };
    if (!server(o.imap, s.imapHost, s.imapPort) || !server(o.smtp, s.smtpHost, s.smtpPort) ||
        !security(o.imapSecurity, s.imapSecurity) || !security(o.smtpSecurity, s.smtpSecurity))
        return std::nullopt;
    if (parser.isSet(o.user))
        s.user = parser.value(o.user);
    return s;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"imap-password-check"_s);
    QCoreApplication::setApplicationVersion(ipw::BuildInfo::version());
    ipw::Language::apply(ipw::Language::fromSystem());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks an IMAP/SMTP login for real and explains why it fails."));
    parser.addHelpOption();
    parser.addVersionOption();
    const ConnectionOptions connection;
    parser.addOptions({connection.imap, connection.smtp, connection.imapSecurity, connection.smtpSecurity,
                       connection.user, connection.json});
    const ipw::cli::ProviderCli providers;
    providers.addOptions(parser);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString why;
    const auto explicitValues = explicitSettings(parser, connection, &why);
    if (!explicitValues) {
        err << why << '\n';
        return 2;
    }
    if (const auto code = providers.run(parser, *explicitValues, parser.isSet(connection.json), out, err))
        return *code;
    parser.showHelp(0);
}
