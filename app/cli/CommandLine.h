#pragma once
// imap-password-check's modes and how a command line picks one: each mode is a Command selected by its flag
// (--show-settings, --list-providers, --list-saved, --use-saved, --forget, --oauth, --explain, --help-topic);
// without one, the check.

#include "cli/CheckOptions.h"
#include "cli/Command.h"
#include "cli/ProviderCli.h"

#include <QCoreApplication>

#include <memory>
#include <variant>
#include <vector>

namespace ipw::cli {

///     CommandLine commands;
///     commands.addOptions(parser);
///     parser.parse(arguments);
///     auto selected = commands.select(parser);   // Command *, or a usage error's sentence (two modes at once)
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();
    ~CommandLine();

    /// Every mode's options, the check's first (the order of --help).
    void addOptions(QCommandLineParser &parser) const;
    /// The one mode the parsed command line asks for; a sentence naming two flags when it asks for more than one.
    std::variant<Command *, QString> select(const QCommandLineParser &parser) const;

private:
    CheckOptions m_checkOptions;  // shared: --imap, --json … serve every mode that reads them
    ProviderCli m_providers;
    std::vector<std::unique_ptr<Command>> m_commands;  // the check (the default) first
};

}  // namespace ipw::cli
