#pragma once
// --oauth: sign in through the browser, then check with the access token; --save keeps the refresh token.

#include "cli/CheckOptions.h"
#include "cli/Command.h"
#include "cli/ProviderCli.h"

namespace ipw::cli {

class OAuthSignInCommand : public Command {
public:
    OAuthSignInCommand(const CheckOptions &options, const ProviderCli &providers)
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
