// core/types: the one security vocabulary, the one port table, the one host:port parser, certificate pins and where
// settings came from.
#include "types/CertificatePins.h"
#include "types/DiscoverySource.h"
#include "types/HostName.h"
#include "types/Security.h"
#include "types/ServerAddress.h"

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using namespace ipw;

TEST_CASE("security spellings: the file form and the aliases people type", "[types]")
{
    for (const Security s : {Security::ImplicitTls, Security::StartTls, Security::None})
        CHECK(securityFromString(toString(s)) == s);
    CHECK(toString(Security::ImplicitTls) == u"tls"_s);
    CHECK(toString(Security::StartTls) == u"starttls"_s);
    CHECK(toString(Security::None) == u"none"_s);
    CHECK(securityFromString(u" SSL "_s) == Security::ImplicitTls);
    CHECK(securityFromString(u"ssl/tls"_s) == Security::ImplicitTls);
    CHECK(securityFromString(u"STARTTLS"_s) == Security::StartTls);
    CHECK_FALSE(securityFromString(u"tls1.3"_s));
    CHECK_FALSE(securityFromString(u""_s));
    CHECK(toString(Protocol::Imap) == u"imap"_s);
    CHECK(toString(Protocol::Smtp) == u"smtp"_s);
}

TEST_CASE("discovery sources: the CLI's JSON spellings, the accounts file's too", "[types]")
{
    const std::pair<DiscoverySource, QString> spellings[] = {{DiscoverySource::Database, u"database"_s},
                                                             {DiscoverySource::ProviderFile, u"provider-file"_s},
                                                             {DiscoverySource::Autoconfig, u"autoconfig"_s},
                                                             {DiscoverySource::Ispdb, u"ispdb"_s},
                                                             {DiscoverySource::Srv, u"srv"_s},
                                                             {DiscoverySource::Mx, u"mx"_s},
                                                             {DiscoverySource::HttpAutoconfig, u"http-autoconfig"_s}};
    for (const auto &[source, text] : spellings) {
        CHECK(toString(source) == text);
        CHECK(discoverySourceFromString(text) == source);
    }
    CHECK_FALSE(discoverySourceFromString(u"SRV"_s));
    CHECK_FALSE(discoverySourceFromString(u"dns"_s));
    CHECK_FALSE(discoverySourceFromString(u""_s));
    CHECK_FALSE(isNetworkSource(DiscoverySource::Database));
    CHECK_FALSE(isNetworkSource(DiscoverySource::ProviderFile));
    CHECK(isNetworkSource(DiscoverySource::Srv));
    CHECK(isNetworkSource(DiscoverySource::HttpAutoconfig));
}

TEST_CASE("the one port table (RFC 8314, RFC 6409)", "[types]")
{
    CHECK(ServerAddress::defaultPort(Protocol::Imap, Security::ImplicitTls) == 993);
    CHECK(ServerAddress::defaultPort(Protocol::Imap, Security::StartTls) == 143);
    CHECK(ServerAddress::defaultPort(Protocol::Imap, Security::None) == 143);
    CHECK(ServerAddress::defaultPort(Protocol::Smtp, Security::ImplicitTls) == 465);
    CHECK(ServerAddress::defaultPort(Protocol::Smtp, Security::StartTls) == 587);
    CHECK(ServerAddress::securityForPort(993) == Security::ImplicitTls);
    CHECK(ServerAddress::securityForPort(465) == Security::ImplicitTls);
    CHECK(ServerAddress::securityForPort(143) == Security::StartTls);
    CHECK(ServerAddress::securityForPort(587) == Security::StartTls);
    CHECK(ServerAddress::securityForPort(25) == Security::StartTls);
    CHECK_FALSE(ServerAddress::securityForPort(10993));
}

TEST_CASE("host:port as typed", "[types]")
{
    auto hp = HostPort::parse(u" IMAP.Example.JP.:993 "_s);
    REQUIRE(hp);
    CHECK(hp->host == u"imap.example.jp"_s);
    CHECK(hp->port == 993);
    hp = HostPort::parse(u"imap.example.jp"_s);
    REQUIRE(hp);
    CHECK_FALSE(hp->port);
    hp = HostPort::parse(u"[::1]:10993"_s);
    REQUIRE(hp);
    CHECK(hp->host == u"::1"_s);
    CHECK(hp->port == 10993);
    hp = HostPort::parse(u"::1"_s);
    REQUIRE(hp);
    CHECK_FALSE(hp->port);
    hp = HostPort::parse(u"メール.例え.jp"_s);
    REQUIRE(hp);
    CHECK(hp->host.startsWith(u"xn--"_s));

    HostPort::Error error = HostPort::Error::BadHost;
    CHECK_FALSE(HostPort::parse(u"imap example"_s, &error));
    CHECK(error == HostPort::Error::BadHost);
    CHECK_FALSE(HostPort::parse(u"imap.example.jp:99999"_s, &error));
    CHECK(error == HostPort::Error::BadPort);
    CHECK_FALSE(HostPort::parse(u"imap.example.jp:"_s, &error));
    CHECK(error == HostPort::Error::BadPort);
    CHECK_FALSE(HostPort::parse(u"[1.2.3.4]:993"_s, &error));
    CHECK_FALSE(HostPort::parse(u""_s, &error));
    CHECK_FALSE(HostPort::parse(u"-bad-.example"_s, &error));
}

TEST_CASE("endpoint keys are exact host:port, host in lower case", "[types]")
{
    const ServerAddress a{u"IMAP.example.jp"_s, 993, Security::ImplicitTls};
    const ServerAddress b{u"imap.example.jp"_s, 993, Security::StartTls};
    CHECK(a.key() == b.key());
    CHECK(a.key().toString() == u"imap.example.jp:993"_s);
    CHECK_FALSE(a.key() == (ServerAddress{u"imap.example.jp"_s, 143, Security::StartTls}.key()));
    CHECK(EndpointKey::of(u"::1"_s, 993).toString() == u"[::1]:993"_s);
    CHECK(a.sameServer(ServerAddress{u"imap.EXAMPLE.jp"_s, 993, Security::ImplicitTls}));
    CHECK_FALSE(a.sameServer(b));
}

TEST_CASE("certificate pins are normalised on the way in and apply to one endpoint only", "[types]")
{
    const QString hex = u"AB:CD:"_s + QString(60, u'e');
    const QByteArray normal = "abcd" + QByteArray(60, 'e');
    CHECK(normalizeSha256Fingerprint(hex) == normal);
    CHECK_FALSE(normalizeSha256Fingerprint(u"abc"_s));
    CHECK_FALSE(normalizeSha256Fingerprint(QString(64, u'g')));

    CertificatePins pins;
    CHECK(pins.add(EndpointKey{u"IMAP.example.jp"_s, 993}, QStringView(hex)));
    CHECK(pins.add(EndpointKey::of(u"imap.example.jp"_s, 993), normal));  // the same pin, once
    CHECK_FALSE(pins.add(EndpointKey::of(u"imap.example.jp"_s, 993), QStringView(u"not hex")));
    CHECK_FALSE(pins.add(EndpointKey{QString(), 993}, normal));
    CHECK(pins.forEndpoint(EndpointKey::of(u"imap.example.jp"_s, 993)) == QSet<QByteArray>{normal});
    CHECK(pins.forEndpoint(EndpointKey::of(u"imap.example.jp"_s, 143)).isEmpty());
    CHECK(pins.forEndpoint(EndpointKey::of(u"smtp.example.jp"_s, 993)).isEmpty());
    REQUIRE(pins.entries().size() == 1);
    CHECK(pins.entries().first().where.host == u"imap.example.jp"_s);

    CertificatePins other;
    other.add(EndpointKey::of(u"b.example"_s, 1), normal);
    other.add(EndpointKey::of(u"a.example"_s, 2), normal);
    other.add(EndpointKey::of(u"a.example"_s, 1), normal);
    const auto entries = other.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].where == EndpointKey::of(u"a.example"_s, 1));
    CHECK(entries[1].where == EndpointKey::of(u"a.example"_s, 2));
    CHECK(entries[2].where == EndpointKey::of(u"b.example"_s, 1));
}

TEST_CASE("host names", "[types]")
{
    CHECK(isValidHostName(u"imap.spmode.ne.jp"));
    CHECK(isValidHostName(u"127.0.0.1"));
    CHECK(isValidHostName(u"::1"));
    CHECK_FALSE(isValidHostName(u"imap_server.example"));
    CHECK_FALSE(isValidHostName(u""));
    CHECK(normalizedHostName(u" Imap.Example.JP. ") == u"imap.example.jp"_s);
}
