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

// The connection options. NOTE for the merge: the "net" engineer defines the real ones with the check; these are the
// minimal set the provider options need (--imap/--smtp/--user override what a provider says).
struct ConnectionOptions {
    QCommandLineOption imap{u"imap"_s, QCoreApplication::translate("cli", "IMAP server as HOST or HOST:PORT."),
                            QCoreApplication::translate("cli", "server")};
    QCommandLineOption smtp{u"smtp"_s, QCoreApplication::translate("cli", "SMTP server as HOST or HOST:PORT."),
                            QCoreApplication::translate("cli", "server")};
    QCommandLineOption imapSecurity{u"imap-security"_s,
                                    QCoreApplication::translate("cli", "IMAP security: tls, starttls or none."),
                                    QCoreApplication::translate("cli", "security")};
    QCommandLineOption smtpSecurity{u"smtp-security"_s,
                                    QCoreApplication::translate("cli", "SMTP security: tls, starttls or none."),
                                    QCoreApplication::translate("cli", "security")};
    QCommandLineOption user{u"user"_s,
                            QCoreApplication::translate("cli", "Login name (overrides the provider's rule)."),
                            QCoreApplication::translate("cli", "name")};
    QCommandLineOption json{u"json"_s, QCoreApplication::translate("cli", "Machine-readable output.")};
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
            *why = QCoreApplication::translate("cli", "“%1” is not a server name (HOST or HOST:PORT).")
                       .arg(parser.value(option));
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
            *why = QCoreApplication::translate("cli", "“%1” is not a security setting: use tls, starttls or none.")
                       .arg(parser.value(option));
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
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Checks an IMAP/SMTP login for real and explains why it fails."));
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
