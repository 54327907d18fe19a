#include "cli/ForgetCommand.h"

#include "cli/KeychainCli.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QCommandLineParser>

namespace ipw::cli {

QString ForgetCommand::flag() const
{
    return KeychainCli::forgetOption().names().constFirst();
}

void ForgetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(KeychainCli::forgetOption());
}

int ForgetCommand::run(const QCommandLineParser &parser, Streams streams)
{
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    return KeychainCli::forget(store, parser.value(flag()), streams.out, streams.err);
}

}  // namespace ipw::cli
