#include "cli/DiscoveryCli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>

namespace ipw::cli {

DiscoveryCli::DiscoveryCli()
    : m_noDiscovery(QStringLiteral("no-discovery"),
                    QCoreApplication::translate("DiscoveryCli",
                                                "Do not look up the settings of an unknown domain over the network "
                                                "(autoconfig, ISPDB, DNS); use the provider list only."))
    , m_ispdbUrl(QStringLiteral("ispdb-url"),
                 QCoreApplication::translate("DiscoveryCli",
                                             "The base URL of Thunderbird's ISPDB (default: %1); the domain is "
                                             "appended.")
                     .arg(QString::fromLatin1(Discovery::defaultIspdbBaseUrl)),
                 QCoreApplication::translate("DiscoveryCli", "url"))
    , m_accept(QStringLiteral("accept-discovered"),
               QCoreApplication::translate("DiscoveryCli",
                                           "Use looked-up settings that need confirmation (a server outside the "
                                           "address's domain, or an answer over plain http)."))
{
}

void DiscoveryCli::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_noDiscovery, m_ispdbUrl, m_accept});
}

bool DiscoveryCli::parserIsSet(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.optionNames().contains(option.names().constFirst());
}

std::optional<DiscoveredSettings> DiscoveryCli::discover(const QCommandLineParser &parser,
                                                         const ProviderDatabase &database, const QString &address,
                                                         QString *why) const
{
    Discovery::Options options;
    options.address = address;
    options.network = !parserIsSet(parser, m_noDiscovery);
    if (parserIsSet(parser, m_ispdbUrl))
        options.ispdbBaseUrl = parser.value(m_ispdbUrl);
    // --ca-file (a check option, always known to the parser) is trusted for the https fetches too.
    if (parser.optionNames().contains(QStringLiteral("ca-file")))
        options.extraCas = QSslCertificate::fromPath(parser.value(QStringLiteral("ca-file")), QSsl::Pem);

    Discovery discovery(database, options);
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start();
    loop.exec();
    if (discovery.found())
        return discovery.found();
    const QString domain = address.section(u'@', -1);
    switch (discovery.error()) {
    case DiscoveryError::NoNetwork:
        *why = QCoreApplication::translate("DiscoveryCli",
                                           "Could not look up the settings for “%1”: no name server answered (no "
                                           "network?). Give the server with --imap (and --smtp).")
                   .arg(domain);
        break;
    case DiscoveryError::NothingFound:
        *why = QCoreApplication::translate(
                   "DiscoveryCli",
                   "No settings were found for “%1”: it is not in the provider list, and neither the domain's own "
                   "configuration, Thunderbird's ISPDB nor its DNS records (SRV, MX) name an IMAP server. Give the "
                   "server with --imap (and --smtp).")
                   .arg(domain);
        break;
    case DiscoveryError::BadAddress:
        *why = QCoreApplication::translate("ProviderCli", "“%1” is not a mail address.").arg(address);
        break;
    case DiscoveryError::Disabled:
    case DiscoveryError::None:
        *why = QCoreApplication::translate(
                   "ProviderCli",
                   "No provider is known for “%1”. Give the server with --imap (and --smtp), or choose one with "
                   "--provider.")
                   .arg(domain);
        break;
    }
    return std::nullopt;
}

QString DiscoveryCli::needsConfirmationMessage(const DiscoveredSettings &found, const QString &address)
{
    const QString domain = address.section(u'@', -1);
    if (!found.secure) {
        return QCoreApplication::translate("DiscoveryCli",
                                           "The settings for “%1” came over plain http (%2), where anyone on the way "
                                           "could have changed them. Check them with --show-settings; "
                                           "--accept-discovered uses them.")
            .arg(domain, found.detail);
    }
    return QCoreApplication::translate("DiscoveryCli",
                                       "The settings found for “%1” (%2) name a server outside that domain "
                                       "(%3). Check them with --show-settings; --accept-discovered uses them.")
        .arg(domain, found.detail, found.provider.imap.host);
}

}  // namespace ipw::cli
