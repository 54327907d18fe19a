#include "discovery/Discovery.h"

#include "discovery/DiscoveryTrust.h"
#include "discovery/DnsLookupJob.h"
#include "discovery/HttpFetchJob.h"
#include "discovery/SrvSettings.h"
#include "providers/ClientConfig.h"
#include "types/HostName.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrlQuery>

namespace ipw {
namespace {

// The network sources in the order that decides which answer wins.
constexpr DiscoverySource kNetworkOrder[] = {DiscoverySource::Autoconfig, DiscoverySource::Ispdb, DiscoverySource::Srv,
                                             DiscoverySource::Mx, DiscoverySource::HttpAutoconfig};

// A DNS look-up gets a little less than an HTTP fetch: the fetches need a name look-up of their own first.
int dnsTimeout(int sourceTimeoutMs)
{
    return sourceTimeoutMs * 3 / 4;
}

}  // namespace

bool Discovery::disabledByEnvironment()
{
    const QByteArray value = qgetenv(disableVariable);
    return !value.isEmpty() && value != "0";
}

Discovery::Discovery(const ProviderDatabase &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { decide(true); });
    const qsizetype at = m_options.address.lastIndexOf(u'@');
    if (at > 0) {
        m_domain = m_options.address.mid(at + 1).trimmed().toLower();
        if (m_domain.endsWith(u'.'))
            m_domain.chop(1);
    }
}

// Children (the fetches, the look-ups, the network access manager) go with the job: each aborts its transfer or
// closes its socket on the way. No look-up runs in a thread of its own, so nothing is left waiting for a resolver.
Discovery::~Discovery() = default;

QUrl Discovery::autoconfigUrl(const QString &domain, const QString &address)
{
    QUrl url(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(address)));
    url.setQuery(query);
    return url;
}

QUrl Discovery::wellKnownUrl(const QString &domain)
{
    return QUrl(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain));
}

QUrl Discovery::ispdbUrl(const QString &base, const QString &domain)
{
    return QUrl(base.endsWith(u'/') ? QString(base + domain) : QString(base + u'/' + domain));
}

QUrl Discovery::httpAutoconfigUrl(const QString &domain)
{
    return QUrl(QStringLiteral("http://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
}

void Discovery::start()
{
    QMetaObject::invokeMethod(this, &Discovery::searchDatabase, Qt::QueuedConnection);
}

void Discovery::searchDatabase()
{
    if (m_domain.isEmpty() || !isValidHostName(m_domain) || !m_domain.contains(u'.')) {
        finish(std::nullopt, DiscoveryError::BadAddress);
        return;
    }
    Q_EMIT progress(DiscoverySource::Database, SourceState::Asking);
    // A domain an entry claims ends the search, also when that entry has no server (au until the user copies them,
    // goo ended, SoftBank MMS): what the entry says is better than any guess.
    if (const Provider *p = m_database.forEmail(m_options.address)) {
        DiscoveredSettings found;
        // A built-in entry that no file of the providers folder replaced; anything else came from a file.
        const bool builtIn = ProviderDatabase::builtIn().byId(p->id) && !m_database.replacesBuiltIn(p->id);
        found.source = builtIn ? DiscoverySource::Database : DiscoverySource::ProviderFile;
        found.detail = p->id;
        found.provider = *p;
        found.foundAt = QDateTime::currentDateTimeUtc();
        Q_EMIT progress(DiscoverySource::Database, SourceState::Found);
        finish(found, DiscoveryError::None);
        return;
    }
    Q_EMIT progress(DiscoverySource::Database, SourceState::NothingHere);
    if (!m_options.network || disabledByEnvironment()) {
        finish(std::nullopt, DiscoveryError::Disabled);
        return;
    }
    startNetwork();
}

void Discovery::startNetwork()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);  // the domain's own servers, as a mail client would ask them
    m_deadline.start(m_options.totalTimeoutMs);
    for (DiscoverySource source : kNetworkOrder)
        m_sources[source].state = SourceState::NotAsked;
    fetchClientConfig(DiscoverySource::Autoconfig, autoconfigUrl(m_domain, m_options.address), 0);
    fetchClientConfig(DiscoverySource::Autoconfig, wellKnownUrl(m_domain), 1);
    fetchClientConfig(DiscoverySource::Ispdb, ispdbUrl(m_options.ispdbBaseUrl, m_domain));
    lookUpSrv();
    lookUpMx();
    // Plain http is asked only when every secure source has nothing (decide() starts it): it is the last resort,
    // and a request in the clear should not go out when it cannot change the answer.
}

HttpFetchJob *Discovery::fetch(const QUrl &url)
{
    HttpFetchJob::Limits limits;
    limits.timeoutMs = m_options.sourceTimeoutMs;
    auto *job = new HttpFetchJob(m_network, url, m_options.extraCas, limits, this);
    job->start();
    return job;
}

DnsLookupJob *Discovery::lookUp(const QString &name, bool mx)
{
    auto *job = new DnsLookupJob(name, mx ? DnsRecordType::Mx : DnsRecordType::Srv,
                                 dnsTimeout(m_options.sourceTimeoutMs), this);
    connect(job, &DnsLookupJob::finished, this, [this, job] {
        if (job->outcome() != DnsLookupJob::Outcome::NoResolver)
            ++m_dnsAnswered;
    });
    job->start();
    return job;
}

void Discovery::fetchClientConfig(DiscoverySource source, const QUrl &url, int autoconfigIndex)
{
    if (m_sources[source].state == SourceState::NotAsked) {
        m_sources[source].state = SourceState::Asking;
        Q_EMIT progress(source, SourceState::Asking);
    }
    HttpFetchJob *job = fetch(url);
    connect(job, &HttpFetchJob::finished, this, [this, job, source, autoconfigIndex] {
        job->deleteLater();
        auto found = fromClientConfig(source, *job);
        if (autoconfigIndex >= 0)
            settleAutoconfig(autoconfigIndex, std::move(found));
        else
            settle(source, std::move(found));
    });
}

std::optional<DiscoveredSettings> Discovery::fromClientConfig(DiscoverySource source, const HttpFetchJob &job) const
{
    if (job.outcome() != HttpFetchJob::Outcome::Ok)
        return std::nullopt;
    ProviderFileError error;
    const auto config = ClientConfig::fromXml(job.body(), job.finalUrl().toString(), &error);
    if (!config)
        return std::nullopt;
    DiscoveredSettings found;
    found.source = source;
    found.secure = job.finalUrl().scheme() == u"https";
    found.detail = job.finalUrl().toString(QUrl::RemoveQuery);
    found.provider = config->toProvider();
    return found;
}

void Discovery::settleAutoconfig(int index, std::optional<DiscoveredSettings> found)
{
    m_autoconfig[index] = std::move(found);
    // The first URL's answer wins; the .well-known one counts only once the first has none.
    if (m_autoconfig[0] && *m_autoconfig[0])
        settle(DiscoverySource::Autoconfig, *m_autoconfig[0]);
    else if (m_autoconfig[0] && m_autoconfig[1])
        settle(DiscoverySource::Autoconfig, *m_autoconfig[1]);
}

void Discovery::lookUpSrv()
{
    m_sources[DiscoverySource::Srv].state = SourceState::Asking;
    Q_EMIT progress(DiscoverySource::Srv, SourceState::Asking);
    const QList<SrvService> services = mailSrvServices();
    m_srvPending = int(services.size());
    for (const SrvService &service : services) {
        DnsLookupJob *job = lookUp(service.label + u'.' + m_domain, false);
        connect(job, &DnsLookupJob::finished, this, [this, job, label = service.label] {
            job->deleteLater();
            if (job->outcome() == DnsLookupJob::Outcome::Records)
                m_srvRecords.insert(label, job->records());
            if (--m_srvPending > 0)
                return;
            QString detail;
            auto provider = providerFromSrv(m_domain, m_srvRecords, &detail);
            if (!provider) {
                settle(DiscoverySource::Srv, std::nullopt);
                return;
            }
            DiscoveredSettings found;
            found.source = DiscoverySource::Srv;
            found.detail = detail;
            found.provider = *provider;
            settle(DiscoverySource::Srv, found);
        });
    }
}

void Discovery::lookUpMx()
{
    m_sources[DiscoverySource::Mx].state = SourceState::Asking;
    Q_EMIT progress(DiscoverySource::Mx, SourceState::Asking);
    DnsLookupJob *job = lookUp(m_domain, true);
    connect(job, &DnsLookupJob::finished, this, [this, job] {
        job->deleteLater();
        QList<DnsRecord> records = job->records();
        std::stable_sort(records.begin(), records.end(),
                         [](const DnsRecord &a, const DnsRecord &b) { return a.priority < b.priority; });
        for (const DnsRecord &r : records) {
            for (const Provider &p : m_database.providers()) {
                if (!p.hostsMailFor(r.target) || !p.offersImap())
                    continue;
                DiscoveredSettings found;
                found.source = DiscoverySource::Mx;
                found.detail = QStringLiteral("MX %1 → %2").arg(m_domain, r.target);
                found.provider = p;
                settle(DiscoverySource::Mx, found);
                return;
            }
        }
        settle(DiscoverySource::Mx, std::nullopt);
    });
}

void Discovery::settle(DiscoverySource source, std::optional<DiscoveredSettings> found)
{
    if (m_done)
        return;
    SourceResult &result = m_sources[source];
    if (found) {
        found->foundAt = QDateTime::currentDateTimeUtc();
        found->needsConfirmation = needsConfirmationFor(*found, m_domain, m_database);
    }
    result.found = std::move(found);
    result.state = result.found ? SourceState::Found : SourceState::NothingHere;
    Q_EMIT progress(source, result.state);
    decide(false);
}

// The first source in order that found something wins once every source before it has answered (or, at the
// deadline, whatever has answered wins).
void Discovery::decide(bool deadline)
{
    if (m_done)
        return;
    for (DiscoverySource source : kNetworkOrder) {
        const SourceResult &result = m_sources[source];
        if (result.state == SourceState::Found) {
            finish(result.found, DiscoveryError::None);
            return;
        }
        if (result.state == SourceState::Asking && !deadline)
            return;  // an earlier source may still win
        if (source == DiscoverySource::HttpAutoconfig && result.state == SourceState::NotAsked && !deadline) {
            if (m_dnsAnswered == 0) {
                finish(std::nullopt, DiscoveryError::NoNetwork);  // no name server: http cannot reach anyone
                return;
            }
            fetchClientConfig(source, httpAutoconfigUrl(m_domain));
            return;
        }
    }
    finish(std::nullopt, m_dnsAnswered == 0 ? DiscoveryError::NoNetwork : DiscoveryError::NothingFound);
}

void Discovery::finish(std::optional<DiscoveredSettings> found, DiscoveryError error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_found = std::move(found);
    m_error = error;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        if (it->state == SourceState::Asking || it->state == SourceState::NotAsked)
            Q_EMIT progress(it.key(), SourceState::NotAsked);
    }
    // What is still in flight stops now: nothing may outlive the answer.
    for (HttpFetchJob *job : findChildren<HttpFetchJob *>(Qt::FindDirectChildrenOnly))
        job->deleteLater();
    for (DnsLookupJob *job : findChildren<DnsLookupJob *>(Qt::FindDirectChildrenOnly))
        job->deleteLater();
    QMetaObject::invokeMethod(this, &Discovery::finished, Qt::QueuedConnection);
}

}  // namespace ipw
