#pragma once
// One mode of imap-password-check (KeePassXC's Command subclasses): the options it adds, the flag that selects it,
// and run(). The flags stay flags (no subcommands): CommandLine finds which mode a command line asks for, and two
// modes at once are a usage error.

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace ipw::cli {

/// Where a command writes: stdout holds the result (with --json: the JSON only), stderr the words for a person.
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

class Command {
public:
    virtual ~Command() = default;

    /// The option that selects this mode, without "--" ("show-settings"); empty for the default mode, the check.
    virtual QString flag() const = 0;
    /// Adds the options this mode owns (its flag among them).
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// The command line asks for this mode.
    virtual bool wanted(const QCommandLineParser &parser) const;
    /// Runs the mode to its end: the exit code (cli::ExitCode).
    virtual int run(const QCommandLineParser &parser, Streams streams) = 0;

    /// Bad usage: the sentence and where to find the options on `err`; returns cli::BadInput.
    static int usageError(const QString &message, QTextStream &err);
};

}  // namespace ipw::cli
