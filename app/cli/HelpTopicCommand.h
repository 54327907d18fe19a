#pragma once
// --help-topic glossary|checklist|faq|security|iphone-profile: the guide's help (the wizard's Help window) as plain
// text, in the --lang language. Never connects.

#include "cli/Command.h"

#include <QCoreApplication>

namespace ipw::cli {

class HelpTopicCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(HelpTopicCommand)
public:
    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;
};

}  // namespace ipw::cli
