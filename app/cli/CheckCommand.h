#pragma once
// The default mode: a check of the servers typed or looked up (--imap/--smtp, --email, --provider), with the
// password on standard input; --save keeps the account after a verified check.

#include "cli/CheckOptions.h"
#include "cli/Command.h"
#include "cli/ProviderCli.h"

namespace ipw::cli {

class CheckCommand : public Command {
public:
    CheckCommand(const CheckOptions &options, const ProviderCli &providers)
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
