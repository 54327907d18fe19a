// Discovery against real DNS (dnsmasq) and real HTTPS/HTTP servers in the test's own network namespace.
#include "DiscoveryNamespace.h"

#include "discovery/Discovery.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ipw;
using ipw::test::DiscoveryNamespace;

namespace {

struct Run {
    std::optional<DiscoveredSettings> found;
    DiscoveryError error = DiscoveryError::None;
    qint64 ms = 0;
    QList<std::pair<DiscoverySource, Discovery::SourceState>> progress;
};

Run discover(const QString &address, DiscoveryNamespace *ns, bool withCa = true)
{
    static const ProviderDatabase database = ProviderDatabase::builtIn();
    Discovery::Options options;
    options.address = address;
    options.ispdbBaseUrl = u"https://ispdb.test/v1.1/"_qs;
    if (withCa)
        options.extraCas = ns->caCertificates();
    Discovery discovery(database, options);
    Run run;
    QObject::connect(&discovery, &Discovery::progress, [&run](DiscoverySource s, Discovery::SourceState st) {
        run.progress.append({s, st});
    });
    QSignalSpy finished(&discovery, &Discovery::finished);
    QElapsedTimer timer;
    timer.start();
    discovery.start();
    REQUIRE(finished.wait(15000));
    run.ms = timer.elapsed();
    REQUIRE(finished.size() == 1);
    REQUIRE_FALSE(finished.wait(300));  // exactly one finished
    run.found = discovery.found();
    run.error = discovery.error();
    return run;
}

}  // namespace

TEST_CASE("discovery: the domain's own https autoconfig wins over the ISPDB, SRV, MX and http", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@ac.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Autoconfig);
    CHECK(run.found->provider.imap.host == u"imap.ac.test");
    CHECK(run.found->provider.imap.port == 993);
    CHECK(run.found->provider.imap.security == Security::ImplicitTls);
    CHECK(run.found->provider.smtp.host == u"smtp.ac.test");
    CHECK(run.found->secure);
    CHECK_FALSE(run.found->needsConfirmation);
    CHECK(run.found->detail == u"https://autoconfig.ac.test/mail/config-v1.1.xml");
    CHECK(run.found->knownProviderId().isEmpty());
    CHECK(ns->requests().contains(u"autoconfig.ac.test /mail/config-v1.1.xml"_qs));
    // The http fallback is never asked while a secure source has an answer.
    for (const QString &r : ns->requests())
        CHECK_FALSE(r.startsWith(u"http "));
}

TEST_CASE("discovery: the .well-known autoconfig on the domain itself", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@wk.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Autoconfig);
    CHECK(run.found->provider.imap.host == u"imap.wk.test");
    CHECK(run.found->detail == u"https://wk.test/.well-known/autoconfig/mail/config-v1.1.xml");
}

TEST_CASE("discovery: the ISPDB wins over SRV, MX and http", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@isp.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Ispdb);
    CHECK(run.found->provider.imap.host == u"imap.isp.test");
    CHECK(run.found->detail == u"https://ispdb.test/v1.1/isp.test");
    CHECK_FALSE(run.found->needsConfirmation);
}

TEST_CASE("discovery: SRV wins over MX and http, implicit TLS and the lowest priority first", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@srv.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.found->provider.imap.host == u"imap.srv.test");
    CHECK(run.found->provider.imap.port == 993);
    CHECK(run.found->provider.imap.security == Security::ImplicitTls);
    CHECK(run.found->provider.smtp.host == u"smtp.srv.test");
    CHECK(run.found->provider.smtp.port == 465);
    CHECK(run.found->provider.smtp.security == Security::ImplicitTls);
    CHECK(run.found->provider.username == UsernameRule::Address);
    CHECK(run.found->secure);
    CHECK_FALSE(run.found->needsConfirmation);
    CHECK(run.found->detail.contains(u"_imaps._tcp.srv.test → imap.srv.test:993"));
}

TEST_CASE("discovery: an SRV target of . means not offered, and the next service is used", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@dot.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.found->provider.imap.host == u"imap.dot.test");
    CHECK(run.found->provider.imap.port == 143);
    CHECK(run.found->provider.imap.security == Security::StartTls);
    CHECK(run.found->provider.isUncertain(u"smtp.host"));
}

TEST_CASE("discovery: an MX at Google gives the gmail entry, one at Microsoft 365 the outlook entry", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run google = discover(u"taro@gw.test"_qs, ns);
    REQUIRE(google.found);
    CHECK(google.found->source == DiscoverySource::Mx);
    CHECK(google.found->knownProviderId() == u"gmail");
    CHECK(google.found->provider.imap.host == u"imap.gmail.com");
    CHECK(google.found->detail == u"MX gw.test → aspmx.l.google.com");
    CHECK_FALSE(google.found->needsConfirmation);

    const Run microsoft = discover(u"taro@ms.test"_qs, ns);
    REQUIRE(microsoft.found);
    CHECK(microsoft.found->source == DiscoverySource::Mx);
    CHECK(microsoft.found->knownProviderId() == u"outlook");
    CHECK(microsoft.found->provider.auth == QList<AuthMethod>{AuthMethod::OAuth2});

    const Run own = discover(u"taro@own.test"_qs, ns);  // an MX of its own is no hoster
    CHECK_FALSE(own.found);
    CHECK(own.error == DiscoveryError::NothingFound);
}

TEST_CASE("discovery: plain http autoconfig is the last resort and must be confirmed", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@http.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::HttpAutoconfig);
    CHECK(run.found->provider.imap.host == u"http-says.http.test");
    CHECK_FALSE(run.found->secure);
    CHECK(run.found->needsConfirmation);
    CHECK(run.found->detail == u"http://autoconfig.http.test/mail/config-v1.1.xml");
}

TEST_CASE("discovery: a redirect from https to http is not followed", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@redir.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);  // the redirect's target (imap.evil.test) was never used
    CHECK(run.found->provider.imap.host == u"imap.redir.test");
    CHECK_FALSE(ns->requests().contains(u"http autoconfig.redir.test /mail/config-v1.1.xml"_qs));
}

TEST_CASE("discovery: a response over 1 MiB is refused", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@big.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.found->provider.imap.host == u"imap.big.test");
}

TEST_CASE("discovery: a server that never answers costs one source timeout", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@slow.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.ms >= 3500);  // it waited for the autoconfig server (4 s), which comes first
    CHECK(run.ms < 6000);
}

TEST_CASE("discovery: certificates are verified, the extra CAs trusted", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    // Without the test CA the domain's own autoconfig cannot be trusted: the next source (SRV) answers.
    const Run run = discover(u"taro@ac.test"_qs, ns, false);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.found->provider.imap.host == u"srv-says.ac.test");
}

TEST_CASE("discovery: a domain with nothing", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@nothing.test"_qs, ns);
    CHECK_FALSE(run.found);
    CHECK(run.error == DiscoveryError::NothingFound);
    CHECK(run.ms < 10500);
}

TEST_CASE("discovery: a dead resolver means no network, within 10 s", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    SECTION("nothing listens")
    {
        ns->useResolver(DiscoveryNamespace::Resolver::Refusing);
    }
    SECTION("it never answers")
    {
        ns->useResolver(DiscoveryNamespace::Resolver::Silent);
    }
    // A domain no earlier test asked for: Qt keeps host names it looked up for a minute.
    const Run run = discover(u"taro@dead.test"_qs, ns);
    CHECK_FALSE(run.found);
    CHECK(run.error == DiscoveryError::NoNetwork);
    CHECK(run.ms <= 10000);
    for (const QString &r : ns->requests())
        CHECK_FALSE(r.contains(u"dead.test /"));  // (the ISPDB host was known from before: its path names it)
}

TEST_CASE("discovery: a domain an entry claims ends the search, also without a server", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run goo = discover(u"taro@goo.jp"_qs, ns);
    REQUIRE(goo.found);
    CHECK(goo.found->source == DiscoverySource::Database);
    CHECK(goo.found->knownProviderId() == u"goo");
    CHECK_FALSE(goo.found->provider.offersImap());
    const Run au = discover(u"taro@au.com"_qs, ns);
    REQUIRE(au.found);
    CHECK(au.found->knownProviderId() == u"au");
    CHECK(ns->requests().isEmpty());  // nothing asked over the network
    for (const auto &[source, state] : au.progress)
        CHECK(source == DiscoverySource::Database);
}

TEST_CASE("discovery: the trust rule asks for servers outside the domain", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@out.test"_qs, ns);
    REQUIRE(run.found);
    CHECK(run.found->source == DiscoverySource::Srv);
    CHECK(run.found->provider.imap.host == u"mail.hoster-elsewhere.test");
    CHECK(run.found->secure);
    CHECK(run.found->needsConfirmation);
}

TEST_CASE("discovery: progress names each source, and the winner", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const Run run = discover(u"taro@srv.test"_qs, ns);
    const auto has = [&run](DiscoverySource s, Discovery::SourceState st) {
        return run.progress.contains(std::pair{s, st});
    };
    CHECK(has(DiscoverySource::Database, Discovery::SourceState::NothingHere));
    CHECK(has(DiscoverySource::Autoconfig, Discovery::SourceState::Asking));
    CHECK(has(DiscoverySource::Autoconfig, Discovery::SourceState::NothingHere));
    CHECK(has(DiscoverySource::Ispdb, Discovery::SourceState::NothingHere));
    CHECK(has(DiscoverySource::Srv, Discovery::SourceState::Found));
}

TEST_CASE("discovery: deleting the job while a look-up waits on a silent resolver returns at once", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    ns->useResolver(DiscoveryNamespace::Resolver::Silent);
    const ProviderDatabase database = ProviderDatabase::builtIn();
    Discovery::Options options;
    options.address = u"taro@ac.test"_qs;
    auto *discovery = new Discovery(database, options);
    QSignalSpy progress(discovery, &Discovery::progress);
    discovery->start();
    REQUIRE(progress.wait(2000));
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    delete discovery;
    QCoreApplication::processEvents();
    CHECK(timer.elapsed() < 500);
}

TEST_CASE("discovery: IPW_NO_DISCOVERY and network off ask nothing", "[discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const ProviderDatabase database = ProviderDatabase::builtIn();
    Discovery::Options options;
    options.address = u"taro@ac.test"_qs;
    options.network = false;
    Discovery discovery(database, options);
    QSignalSpy finished(&discovery, &Discovery::finished);
    discovery.start();
    REQUIRE(finished.wait(2000));
    CHECK(discovery.error() == DiscoveryError::Disabled);
    qputenv("IPW_NO_DISCOVERY", "1");
    options.network = true;
    Discovery fromEnvironment(database, options);
    QSignalSpy finished2(&fromEnvironment, &Discovery::finished);
    fromEnvironment.start();
    REQUIRE(finished2.wait(2000));
    qunsetenv("IPW_NO_DISCOVERY");
    CHECK(fromEnvironment.error() == DiscoveryError::Disabled);
    CHECK(ns->requests().isEmpty());
}
