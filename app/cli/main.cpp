// imap-password-check: the connection tester behind a scriptable interface, for support staff and tests.
// No Qt Widgets here: it runs on a server or over SSH as well as on a desktop.
//
// Option groups live in their own files (CheckOptions: the check itself); this file only wires them together.

#include "cli/CheckOptions.h"
#include "cli/ExitCode.h"
#include "cli/ResultOutput.h"
#include "common/BuildInfo.h"
#include "common/Language.h"
#include "net/ConnectionCheck.h"
#include "providers/ProviderDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

// --lang decides the language of every message, including the errors about other options: read it first.
std::optional<QString> languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return std::nullopt;
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << message << '\n'
        << QCoreApplication::translate("cli", "Run imap-password-check --help for the options.") << '\n';
    return cli::BadInput;
}

// The TLS quirks the provider database records for a host, typed by hand too (docomo's spmode hosts).
void applyQuirks(const ProviderDatabase &db, std::optional<ServerEndpoint> &endpoint)
{
    if (!endpoint)
        return;
    for (const TlsQuirk quirk : db.quirksForHost(endpoint->host))
        if (quirk == TlsQuirk::LegacyRenegotiation)
            endpoint->quirks.allowLegacyRenegotiation = true;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"imap-password-check"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    const std::optional<QString> lang = languageArgument(app.arguments());
    std::optional<UiLanguage> language = lang ? Language::fromCode(*lang) : Language::fromSystem();
    Language::apply(language.value_or(Language::fromSystem()));
    if (!language)
        return usageError(QCoreApplication::translate("cli", "--lang must be ja or en (got \"%1\").").arg(*lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Checks an IMAP/SMTP login for real and explains why it fails."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption(
        QCommandLineOption(u"lang"_s, QCoreApplication::translate("cli", "Language of the output."), u"ja|en"_s));
    const cli::CheckOptions checkOptions;
    checkOptions.addTo(parser);

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return cli::Verified;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return cli::Verified;
    }

    auto parsed = checkOptions.toRequest(parser, CheckSettings{});
    if (auto *error = std::get_if<QString>(&parsed))
        return usageError(*error);
    cli::CheckRequest request = std::get<cli::CheckRequest>(std::move(parsed));

    ProviderFileError providerError;
    const std::optional<ProviderDatabase> db = ProviderDatabase::load({}, &providerError);
    if (!db)
        return usageError(QCoreApplication::translate("cli", "The provider file %1 cannot be used (%2 at \"%3\").")
                              .arg(providerError.file, toString(providerError.kind), providerError.field));
    const ProviderDatabase &providers = *db;
    applyQuirks(providers, request.settings.imap);
    applyQuirks(providers, request.settings.smtp);

    if (!request.passwordFromStdin)
        return usageError(QCoreApplication::translate(
            "cli", "Give the password on standard input with --password-stdin (it is never accepted as an argument)."));
    QTextStream in(stdin);
    const std::optional<QString> password = cli::CheckOptions::readPasswordLine(in);
    if (!password || password->isEmpty())
        return usageError(QCoreApplication::translate("cli", "The password read from standard input is empty."));

    ConnectionCheck check(request.settings, *password);
    CheckResult result;
    QObject::connect(&check, &ConnectionCheck::finished, &app, [&](const CheckResult &r) {
        result = r;
        app.quit();
    });
    check.start();
    app.exec();

    if (request.transcript)
        QTextStream(stderr) << cli::ResultOutput::transcript(result);
    QTextStream out(stdout);
    if (request.json)
        out << QJsonDocument(cli::ResultOutput::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << cli::ResultOutput::toHuman(result);
    return result.verified() ? cli::Verified : cli::NotVerified;
}
