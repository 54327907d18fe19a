#include "cli/CheckCommand.h"

#include "cli/CheckRun.h"
#include "cli/ExitCode.h"
#include "cli/KeychainCli.h"
#include "cli/SavedSettings.h"
#include "cli/StdinPassword.h"

#include <QCommandLineParser>

namespace ipw::cli {

QString CheckCommand::flag() const
{
    return {};  // the default: no flag selects it
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    m_options.addTo(parser);
    m_providers.addLookupOptions(parser);
    parser.addOption(KeychainCli::saveOption());
}

int CheckCommand::run(const QCommandLineParser &parser, Streams streams)
{
    CheckRun run(m_options, m_providers, parser);
    if (const std::optional<QString> why = run.prepare())
        return usageError(*why, streams.err);
    const CheckRequest &request = run.request();
    if (!request.passwordFromStdin)
        return usageError(
            QCoreApplication::translate(
                "cli",
                "Give the password on standard input with --password-stdin (it is never accepted as an argument)."),
            streams.err);
    const std::optional<QString> password = StdinPassword::read(streams.err);
    if (!password || password->isEmpty())
        return usageError(QCoreApplication::translate("cli", "The password read from standard input is empty."),
                          streams.err);

    run.notePassword(*password);
    const CheckResult result = CheckRun::check(request.settings, *password);
    const int code = run.report(result, nullptr, streams);
    if (code != Verified || !run.saveWanted())
        return code;  // a check that fails never saves
    const AccountProfile profile = profileFromSettings(request.settings, run.address(), run.providerId());
    return run.save(profile, request.settings, result, *password, streams);
}

}  // namespace ipw::cli
