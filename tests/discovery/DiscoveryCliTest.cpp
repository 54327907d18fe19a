// imap-password-check's discovery, the real binary run inside the test's network namespace.
#include "DiscoveryNamespace.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace {

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString err;
    qint64 ms = 0;
};

CliRun runCli(ipw::test::DiscoveryNamespace *ns, QStringList args)
{
    QProcess p;
    args << u"--ispdb-url"_qs << u"https://ispdb.test/v1.1/"_qs << u"--ca-file"_qs << ns->caFile() << u"--lang"_qs
         << u"en"_qs;
    QElapsedTimer timer;
    timer.start();
    // The web server lives in this process: wait with the event loop running, not in waitForFinished().
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(IPW_CLI_BINARY), args);
    p.closeWriteChannel();
    REQUIRE(finished.wait(30000));
    CliRun run;
    run.ms = timer.elapsed();
    run.exitCode = p.exitCode();
    run.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

}  // namespace

TEST_CASE("discovery cli: --show-settings --json gains the discovery object", "[discovery][cli]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const CliRun srv = runCli(ns, {u"--show-settings"_qs, u"--json"_qs, u"--email"_qs, u"taro@srv.test"_qs});
    INFO(srv.err.toStdString());
    REQUIRE(srv.exitCode == 0);
    CHECK(srv.json[u"provider"_qs].isNull());
    CHECK(srv.json[u"imap"_qs][u"host"_qs].toString() == u"imap.srv.test");
    const QJsonObject d = srv.json[u"discovery"_qs].toObject();
    CHECK(d[u"source"_qs].toString() == u"srv");
    CHECK(d[u"secure"_qs].toBool());
    CHECK(d[u"needsConfirmation"_qs].toBool() == false);
    CHECK(d[u"detail"_qs].toString().contains(u"_imaps._tcp.srv.test"));

    const CliRun mx = runCli(ns, {u"--show-settings"_qs, u"--json"_qs, u"--email"_qs, u"taro@gw.test"_qs});
    REQUIRE(mx.exitCode == 0);
    CHECK(mx.json[u"provider"_qs].toString() == u"gmail");
    CHECK(mx.json[u"discovery"_qs][u"source"_qs].toString() == u"mx");

    const CliRun known = runCli(ns, {u"--show-settings"_qs, u"--json"_qs, u"--email"_qs, u"taro@gmail.com"_qs});
    REQUIRE(known.exitCode == 0);
    CHECK(known.json[u"discovery"_qs][u"source"_qs].toString() == u"database");

    const CliRun typed = runCli(ns, {u"--show-settings"_qs, u"--json"_qs, u"--email"_qs, u"taro@srv.test"_qs,
                                     u"--imap"_qs, u"imap.typed.test"_qs});
    REQUIRE(typed.exitCode == 0);
    CHECK_FALSE(typed.json.contains(u"discovery"_qs));
    CHECK(ns->requests().size() > 0);
}

TEST_CASE("discovery cli: nothing found, no network and --no-discovery exit 2 saying which", "[discovery][cli]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const CliRun nothing = runCli(ns, {u"--show-settings"_qs, u"--email"_qs, u"taro@nothing.test"_qs});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(u"No settings were found for “nothing.test”"));

    const CliRun off = runCli(ns, {u"--show-settings"_qs, u"--email"_qs, u"taro@srv.test"_qs, u"--no-discovery"_qs});
    CHECK(off.exitCode == 2);
    CHECK(off.err.contains(u"No provider is known for “srv.test”"));

    // Ending the CLI while a look-up waits on a resolver that never answers: it ends in time, no hang at exit.
    ns->useResolver(ipw::test::DiscoveryNamespace::Resolver::Silent);
    const CliRun dead = runCli(ns, {u"--show-settings"_qs, u"--email"_qs, u"taro@dead-cli.test"_qs});
    CHECK(dead.exitCode == 2);
    CHECK(dead.err.contains(u"no name server answered"));
    CHECK(dead.ms < 12000);
}

TEST_CASE("discovery cli: a check needs --accept-discovered for settings that need confirmation", "[discovery][cli]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    const CliRun refused = runCli(ns, {u"--email"_qs, u"taro@out.test"_qs, u"--password-stdin"_qs});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"outside that domain"));
    const CliRun http = runCli(ns, {u"--email"_qs, u"taro@http.test"_qs, u"--password-stdin"_qs});
    CHECK(http.exitCode == 2);
    CHECK(http.err.contains(u"plain http"));
}
