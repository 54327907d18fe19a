// imap-password-check: the connection tester behind a scriptable interface, for support staff and tests.
// No Qt Widgets here: it runs on a server or over SSH as well as on a desktop.
//
// Each mode is a Command (CommandLine lists them); this file only applies --lang and dispatches.

#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "common/BuildInfo.h"
#include "common/Language.h"
#include "setup/CoreDumps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

// The arguments before a Q(Core)Application exists (it decides which one to make).
QStringList argumentList(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

}  // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();  // before there is anything to keep out of a core dump
    // --export pdf draws with Qt Gui (QPdfWriter), which needs a QGuiApplication; offscreen, so it works over SSH.
    // Every other mode stays a QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (cli::ExportCommand::wantsPdf(argumentList(argc, argv))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"imap-password-check"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::optional<QString> lang = languageArgument(app.arguments());
    std::optional<UiLanguage> language = lang ? Language::fromCode(*lang) : Language::fromSystem();
    Language::apply(language.value_or(Language::fromSystem()));
    if (!language)
        return cli::Command::usageError(
            QCoreApplication::translate("cli", "--lang must be ja or en (got \"%1\").").arg(*lang), err);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Checks an IMAP/SMTP login for real and explains why it fails."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption(
        QCommandLineOption(u"lang"_s, QCoreApplication::translate("cli", "Language of the output."), u"ja|en"_s));
    const cli::CommandLine commands;
    commands.addOptions(parser);

    if (!parser.parse(app.arguments()))
        return cli::Command::usageError(parser.errorText(), err);
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return cli::Verified;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return cli::Verified;
    }
    const std::variant<cli::Command *, QString> selected = commands.select(parser);
    if (const QString *why = std::get_if<QString>(&selected))
        return cli::Command::usageError(*why, err);
    return std::get<cli::Command *>(selected)->run(parser, {out, err});
}
