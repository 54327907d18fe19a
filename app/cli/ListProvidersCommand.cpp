#include "cli/ListProvidersCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

QString ListProvidersCommand::flag() const
{
    return m_providers.listProvidersOption().names().constFirst();
}

void ListProvidersCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_providers.listProvidersOption());
}

int ListProvidersCommand::run(const QCommandLineParser &parser, Streams streams)
{
    const int code = m_providers.listProviders(parser, parser.isSet(u"json"_s), streams.out, streams.err);
    streams.out.flush();
    return code;
}

}  // namespace ipw::cli
