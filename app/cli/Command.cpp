#include "cli/Command.h"

#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ipw::cli {

bool Command::wanted(const QCommandLineParser &parser) const
{
    return !flag().isEmpty() && parser.isSet(flag());
}

int Command::usageError(const QString &message, QTextStream &err)
{
    err << message << '\n'
        << QCoreApplication::translate("cli", "Run imap-password-check --help for the options.") << '\n';
    err.flush();
    return BadInput;
}

}  // namespace ipw::cli
