#pragma once
// --list-saved: the saved accounts (never their passwords).

#include "cli/Command.h"

namespace ipw::cli {

class ListSavedCommand : public Command {
public:
    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;
};

}  // namespace ipw::cli
