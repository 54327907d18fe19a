#pragma once
// Discovery on the command line (docs/autodetect.md): `--email ADDR` alone looks up the settings of a domain the
// provider list does not know. --no-discovery turns the network look-ups off, --ispdb-url sets the ISPDB's base URL,
// --accept-discovered lets a check use settings the trust rule wants confirmed.

#include "discovery/Discovery.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace ipw::cli {

class DiscoveryCli {
public:
    DiscoveryCli();

    void addOptions(QCommandLineParser &parser) const;
    bool acceptDiscovered(const QCommandLineParser &parser) const { return parserIsSet(parser, m_accept); }

    /// Searches the settings for an address (the database first, then the network unless --no-discovery or
    /// IPW_NO_DISCOVERY), waiting for the answer (at most 10 s). std::nullopt and a sentence saying why in *why.
    std::optional<DiscoveredSettings> discover(const QCommandLineParser &parser, const ProviderDatabase &database,
                                               const QString &address, QString *why) const;

    /// The sentence a check prints when settings need confirmation and --accept-discovered was not given.
    static QString needsConfirmationMessage(const DiscoveredSettings &found, const QString &address);

private:
    static bool parserIsSet(const QCommandLineParser &parser, const QCommandLineOption &option);
    QCommandLineOption m_noDiscovery;
    QCommandLineOption m_ispdbUrl;
    QCommandLineOption m_accept;
};

}  // namespace ipw::cli
