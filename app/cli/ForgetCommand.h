#pragma once
// --forget ADDRESS: remove a saved account and its password from the keychain.

#include "cli/Command.h"

namespace ipw::cli {

class ForgetCommand : public Command {
public:
    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;
};

}  // namespace ipw::cli
