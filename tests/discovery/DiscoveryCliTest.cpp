// imap-password-check's discovery, the real binary run inside the test's network namespace.
#include "DiscoveryNamespace.h"
#include "SecretServiceFixture.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace {

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
    qint64 ms = 0;
};

// `lookUp`: the options of a look-up (--ispdb-url, --ca-file) go with it; --list-saved takes neither.
CliRun runCli(ipw::test::DiscoveryNamespace *ns, QStringList args, const QByteArray &input = {}, bool lookUp = true)
{
    QProcess p;
    if (lookUp)
        args << u"--ispdb-url"_qs << u"https://ispdb.test/v1.1/"_qs << u"--ca-file"_qs << ns->caFile();
    args << u"--lang"_qs << u"en"_qs;
    QElapsedTimer timer;
    timer.start();
    // The web server lives in this process: wait with the event loop running, not in waitForFinished().
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(IPW_CLI_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(finished.wait(30000));
    CliRun run;
    run.ms = timer.elapsed();
    run.exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.json = QJsonDocument::fromJson(out).object();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool hasLookUpOf(const QStringList &queries, const QString &domain)
{
    for (const QString &query : queries) {
        if ((query.startsWith(u"SRV "_qs) || query.startsWith(u"MX "_qs)) && query.endsWith(domain))
            return true;
    }
    return false;
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

TEST_CASE("discovery cli: --save remembers where the servers were found, and --use-saved looks nothing up",
          "[discovery][cli][keychain]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    auto &secrets = ipw::test::SecretServiceFixture::start();  // the CLI inherits its HOME and session bus
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    REQUIRE(ns->startImapServer());
    const QByteArray password = "cli-srv-secret\n";

    const CliRun check = runCli(
        ns, {u"--email"_qs, u"taro@srv.test"_qs, u"--no-smtp"_qs, u"--password-stdin"_qs, u"--save"_qs, u"--json"_qs},
        password);
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.json[u"verified"_qs].toBool());
    CHECK(hasLookUpOf(ns->dnsQueries(), u"srv.test"_qs));  // the log works: this one searched
    CHECK(ns->imapLogins() == QStringList{u"taro@srv.test"_qs});

    // --list-saved --json: the account's "discovery" object, as the accounts file has it.
    const CliRun listed = runCli(ns, {u"--list-saved"_qs, u"--json"_qs}, {}, false);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray accounts = listed.json[u"accounts"_qs].toArray();
    REQUIRE(accounts.size() == 1);
    const QJsonObject discovery = accounts.at(0)[u"discovery"_qs].toObject();
    CHECK(discovery.keys() == QStringList{u"detail"_qs, u"foundAt"_qs, u"source"_qs});
    CHECK(discovery[u"source"_qs].toString() == u"srv");
    CHECK(discovery[u"detail"_qs].toString().contains(u"_imaps._tcp.srv.test"));
    const QString foundAt = discovery[u"foundAt"_qs].toString();
    CHECK(foundAt.endsWith(u'Z'));  // ISO 8601, UTC
    const QDateTime when = QDateTime::fromString(foundAt, Qt::ISODate);
    REQUIRE(when.isValid());
    CHECK(when.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    // And in words.
    const CliRun words = runCli(ns, {u"--list-saved"_qs}, {}, false);
    CHECK(words.out.contains(
        u"Found by: srv on %1 (_imaps._tcp.srv.test"_qs.arg(when.toLocalTime().date().toString(Qt::ISODate))));

    // --use-saved: the saved servers, checked again (and saved again), with not one look-up.
    ns->clearRequests();
    const CliRun again = runCli(ns, {u"--use-saved"_qs, u"taro@srv.test"_qs, u"--save"_qs, u"--json"_qs});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json[u"verified"_qs].toBool());
    CHECK(ns->imapLogins().size() == 2);
    const QStringList queries = ns->dnsQueries();
    INFO(queries.join(u", "_qs).toStdString());
    CHECK_FALSE(hasLookUpOf(queries, u"srv.test"_qs));
    CHECK(ns->requests().isEmpty());
    // Saved again with the same servers: where they came from is kept, with the date they were found.
    const CliRun after = runCli(ns, {u"--list-saved"_qs, u"--json"_qs}, {}, false);
    CHECK(after.json[u"accounts"_qs].toArray().at(0)[u"discovery"_qs].toObject() == discovery);
}
