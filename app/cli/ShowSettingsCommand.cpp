#include "cli/ShowSettingsCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

QString ShowSettingsCommand::flag() const
{
    return m_providers.showSettingsOption().names().constFirst();
}

void ShowSettingsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_providers.showSettingsOption());
}

int ShowSettingsCommand::run(const QCommandLineParser &parser, Streams streams)
{
    // The typed values win over what a provider says, as in a check.
    QString why;
    const std::optional<ExplicitSettings> typed = ProviderCli::explicitSettings(parser, &why);
    if (!typed)
        return usageError(why, streams.err);
    const int code = m_providers.showSettings(parser, *typed, parser.isSet(u"json"_s), streams.out, streams.err);
    streams.out.flush();
    return code;
}

}  // namespace ipw::cli
