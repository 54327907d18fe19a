#pragma once

#include "discovery/DiscoveredSettings.h"
#include "discovery/DnsMessage.h"
#include "providers/ProviderDatabase.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

class QNetworkAccessManager;

namespace ipw {

class DnsLookupJob;
class HttpFetchJob;

/// Why discovery found nothing.
enum class DiscoveryError {
    None,
    NothingFound,  ///< every source answered, none with an IMAP server
    NoNetwork,     ///< no name server answered at all (offline, or a dead resolver)
    Disabled,      ///< the address is not in the database, and the network sources are off (--no-discovery,
                   ///< IPW_NO_DISCOVERY)
    BadAddress,    ///< not an address with a domain
};

/// One search for the settings of an address (docs/autodetect.md): the database and the providers folder first,
/// then, over the network, the domain's own https autoconfig, Thunderbird's ISPDB, DNS SRV, MX records of a known
/// hoster, and last plain http autoconfig. The network sources run at once; their order decides which answer wins.
/// Each has a timeout of its own, the whole search at most `totalTimeoutMs`. Discovery never logs in: it has no
/// password.
///
///     Discovery::Options options;
///     options.address = u"taro@example.test"_s;
///     auto *discovery = new Discovery(database, options, parent);
///     connect(discovery, &Discovery::progress, …);   // one line per source in the wizard
///     connect(discovery, &Discovery::finished, [discovery] { discovery->found(); discovery->error(); });
///     discovery->start();
///
/// Deleting the job while it runs is safe (it aborts its fetches and closes its sockets; nothing waits on a
/// resolver thread).
class Discovery : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString address;
        QString ispdbBaseUrl = QString::fromLatin1(defaultIspdbBaseUrl);  ///< the domain is appended
        QList<QSslCertificate> extraCas;                                  ///< --ca-file: trusted for https fetches too
        bool network = true;  ///< false: the database only (also when IPW_NO_DISCOVERY is set)
        int sourceTimeoutMs = 4000;
        int totalTimeoutMs = 10000;
    };
    enum class SourceState { Asking, Found, NothingHere, NotAsked };

    static constexpr const char *defaultIspdbBaseUrl = "https://autoconfig.thunderbird.net/v1.1/";
    /// Set (to anything but "0" or empty) in the test harness: no network source is ever asked.
    static constexpr const char *disableVariable = "IPW_NO_DISCOVERY";
    static bool disabledByEnvironment();

    Discovery(const ProviderDatabase &database, Options options, QObject *parent = nullptr);
    ~Discovery() override;

    /// Queued; exactly one finished() follows (unless the job is deleted first).
    void start();
    const std::optional<DiscoveredSettings> &found() const { return m_found; }
    DiscoveryError error() const { return m_error; }
    QString domain() const { return m_domain; }

    /// The URLs discovery fetches for a domain (for docs, tests and the privacy text).
    static QUrl autoconfigUrl(const QString &domain, const QString &address);
    static QUrl wellKnownUrl(const QString &domain);
    static QUrl ispdbUrl(const QString &base, const QString &domain);
    static QUrl httpAutoconfigUrl(const QString &domain);

Q_SIGNALS:
    void progress(ipw::DiscoverySource source, ipw::Discovery::SourceState state);
    void finished();

private:
    struct SourceResult {
        SourceState state = SourceState::NotAsked;
        std::optional<DiscoveredSettings> found;
    };
    void searchDatabase();
    void startNetwork();
    void fetchClientConfig(DiscoverySource source, const QUrl &url, int autoconfigIndex = -1);
    std::optional<DiscoveredSettings> fromClientConfig(DiscoverySource source, const HttpFetchJob &job) const;
    void settleAutoconfig(int index, std::optional<DiscoveredSettings> found);
    void lookUpSrv();
    void lookUpMx();
    void settle(DiscoverySource source, std::optional<DiscoveredSettings> found);
    void decide(bool deadline);
    void finish(std::optional<DiscoveredSettings> found, DiscoveryError error);
    HttpFetchJob *fetch(const QUrl &url);
    DnsLookupJob *lookUp(const QString &name, bool mx);

    const ProviderDatabase &m_database;
    Options m_options;
    QString m_domain;
    QNetworkAccessManager *m_network = nullptr;
    QMap<DiscoverySource, SourceResult> m_sources;
    /// The two autoconfig URLs' answers (outer optional: still asking); the first URL's wins.
    std::optional<std::optional<DiscoveredSettings>> m_autoconfig[2];
    QMap<QString, QList<DnsRecord>> m_srvRecords;
    int m_srvPending = 0;
    int m_dnsAnswered = 0;  ///< look-ups a name server answered (even with "nothing"): the network is there
    QTimer m_deadline;
    std::optional<DiscoveredSettings> m_found;
    DiscoveryError m_error = DiscoveryError::None;
    bool m_done = false;
};

}  // namespace ipw
