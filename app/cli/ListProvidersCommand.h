#pragma once
// --list-providers: the providers this program knows (with --providers-dir: and that folder's).

#include "cli/Command.h"
#include "cli/ProviderCli.h"

namespace ipw::cli {

class ListProvidersCommand : public Command {
public:
    explicit ListProvidersCommand(const ProviderCli &providers)
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
