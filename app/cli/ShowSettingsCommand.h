#pragma once
// --show-settings: the settings a check would use, without connecting.

#include "cli/Command.h"
#include "cli/ProviderCli.h"

namespace ipw::cli {

class ShowSettingsCommand : public Command {
public:
    explicit ShowSettingsCommand(const ProviderCli &providers)
        : m_providers(providers)
    {
    }

    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;

private:
    const ProviderCli &m_providers;
};

}  // namespace ipw::cli
