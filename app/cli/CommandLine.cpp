#include "cli/CommandLine.h"

#include "cli/CheckCommand.h"
#include "cli/ExplainCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ForgetCommand.h"
#include "cli/HelpTopicCommand.h"
#include "cli/ListProvidersCommand.h"
#include "cli/ListSavedCommand.h"
#include "cli/OAuthSignInCommand.h"
#include "cli/ShowSettingsCommand.h"
#include "cli/UseSavedCommand.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw::cli {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<CheckCommand>(m_checkOptions, m_providers));
    m_commands.push_back(std::make_unique<ListProvidersCommand>(m_providers));
    m_commands.push_back(std::make_unique<ShowSettingsCommand>(m_providers));
    m_commands.push_back(std::make_unique<ExportCommand>(m_providers));
    m_commands.push_back(std::make_unique<ListSavedCommand>());
    m_commands.push_back(std::make_unique<UseSavedCommand>(m_checkOptions, m_providers));
    m_commands.push_back(std::make_unique<ForgetCommand>());
    m_commands.push_back(std::make_unique<OAuthSignInCommand>(m_checkOptions, m_providers));
    m_commands.push_back(std::make_unique<HelpTopicCommand>());
    m_commands.push_back(std::make_unique<ExplainCommand>(m_providers));
}

CommandLine::~CommandLine() = default;

void CommandLine::addOptions(QCommandLineParser &parser) const
{
    for (const auto &command : m_commands)
        command->addOptions(parser);
}

std::variant<Command *, QString> CommandLine::select(const QCommandLineParser &parser) const
{
    std::vector<Command *> wanted;
    for (const auto &command : m_commands) {
        if (command->wanted(parser))
            wanted.push_back(command.get());
    }
    // --export --use-saved ADDRESS exports the saved account's settings: one mode, not two.
    const auto flagged = [&](QStringView flag) {
        return std::find_if(wanted.begin(), wanted.end(), [&](Command *c) { return c->flag() == flag; });
    };
    if (flagged(u"export") != wanted.end() && flagged(u"use-saved") != wanted.end())
        wanted.erase(flagged(u"use-saved"));
    if (wanted.empty())
        return m_commands.front().get();
    if (wanted.size() == 1)
        return wanted.front();
    const QString first = wanted[0]->flag(), second = wanted[1]->flag();
    if ((first == u"oauth" && second == u"use-saved") || (first == u"use-saved" && second == u"oauth"))
        return QCoreApplication::translate(
            "cli", "--oauth signs in anew and --use-saved uses the saved sign-in: give only one of them "
                   "(to replace a saved sign-in, use --oauth --email ADDRESS --save).");
    return tr("--%1 and --%2 are two different modes: give only one of them.").arg(first, second);
}

}  // namespace ipw::cli
