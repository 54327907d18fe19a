#pragma once
// --use-saved ADDRESS: check a saved account again (core/setup SavedAccountCheck: its secret from the keychain,
// a browser sign-in refreshed and a rotated token stored at once), with the options on top of its settings.

#include "cli/CheckOptions.h"
#include "cli/Command.h"
#include "cli/ProviderCli.h"

namespace ipw::cli {

class UseSavedCommand : public Command {
public:
    UseSavedCommand(const CheckOptions &options, const ProviderCli &providers)
        : m_options(options)
        , m_providers(providers)
    {
    }

    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;

private:
    const CheckOptions &m_options;
    const ProviderCli &m_providers;
};

}  // namespace ipw::cli
