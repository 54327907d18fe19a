#pragma once
// --explain CODE: what a diagnosis code means and what to do, in the words the wizard uses (headline, meaning, the
// generic steps, then the provider's own with --provider or --email) and the help topics that fit. It never
// connects and never discovers: --email only looks the domain up in the provider database.

#include "cli/Command.h"
#include "cli/ProviderCli.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace ipw::cli {

class ExplainCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
public:
    explicit ExplainCommand(const ProviderCli &providers);

    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;

private:
    const ProviderCli &m_providers;
    QCommandLineOption m_explain;
};

}  // namespace ipw::cli
