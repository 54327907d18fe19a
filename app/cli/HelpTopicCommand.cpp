#include "cli/HelpTopicCommand.h"

#include "cli/ExitCode.h"
#include "common/HelpTopic.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

QString HelpTopicCommand::flag() const
{
    return u"help-topic"_s;
}

void HelpTopicCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        flag(), tr("Print a help topic from the guide (words, checklist, questions, safety, iPhone profiles)."),
        HelpTopics::idList()));
}

int HelpTopicCommand::run(const QCommandLineParser &parser, Streams streams)
{
    const QString id = parser.value(flag());
    const std::optional<HelpTopic> topic = HelpTopics::fromId(id);
    if (!topic)
        return usageError(tr("--help-topic must be one of %1 (got \"%2\").").arg(HelpTopics::idList(), id),
                          streams.err);
    streams.out << HelpTopics::plainText(*topic, Language::current());
    streams.out.flush();
    return Verified;
}

}  // namespace ipw::cli
