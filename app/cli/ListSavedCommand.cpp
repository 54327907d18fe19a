#include "cli/ListSavedCommand.h"

#include "cli/KeychainCli.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace ipw::cli {

QString ListSavedCommand::flag() const
{
    return KeychainCli::listSavedOption().names().constFirst();
}

void ListSavedCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(KeychainCli::listSavedOption());
}

int ListSavedCommand::run(const QCommandLineParser &parser, Streams streams)
{
    QtKeychainCredentialStore keychain;
    const AccountStore store(keychain);
    return KeychainCli::listSaved(store, parser.isSet(u"json"_s), streams.out, streams.err);
}

}  // namespace ipw::cli
