// The DNS messages and the SRV choice as pure functions over bytes (no namespace needed).
#include "discovery/DnsMessage.h"
#include "discovery/SrvSettings.h"

#include <catch2/catch.hpp>

using namespace ipw;

namespace {

// A reply as a name server sends it: the question echoed, one SRV answer whose target is compressed against it.
QByteArray srvReply(quint16 id)
{
    QByteArray b = dnsQuery(id, u"_imaps._tcp.example.test"_qs, DnsRecordType::Srv);
    b[2] = char(0x81);                                // a response, recursion desired
    b[3] = char(0x80);                                // recursion available, rcode 0
    b[7] = 1;                                         // one answer
    b.append("\xc0\x0c", 2);                          // the question's name
    b.append("\x00\x21\x00\x01\x00\x00\x0e\x10", 8);  // SRV, IN, TTL 3600
    const QByteArray rdata = QByteArray("\x00\x00\x00\x05\x03\xe1", 6) + QByteArray("\x04imap", 5) + "\xc0\x18";
    b.append(char(0));
    b.append(char(rdata.size()));
    b.append(rdata);
    return b;
}

}  // namespace

TEST_CASE("dns: a query is one question with recursion desired", "[dns]")
{
    const QByteArray q = dnsQuery(0x1234, u"example.test"_qs, DnsRecordType::Mx);
    CHECK(q.toHex() == "123401000001000000000000076578616d706c65047465737400000f0001");
}

TEST_CASE("dns: an SRV reply with a compressed target", "[dns]")
{
    const auto reply = parseDnsReply(srvReply(7), DnsRecordType::Srv);
    REQUIRE(reply);
    CHECK(reply->id == 7);
    CHECK(reply->rcode == 0);
    REQUIRE(reply->records.size() == 1);
    CHECK(reply->records[0].port == 993);
    CHECK(reply->records[0].weight == 5);
    // 0xc018 points at "_tcp.example.test"'s "example.test" part? No: offset 24 is "example" in the question.
    CHECK(reply->records[0].target == u"imap.example.test");
}

TEST_CASE("dns: broken replies are refused, not read past their end", "[dns]")
{
    const QByteArray good = srvReply(7);
    for (qsizetype n = 0; n < good.size(); ++n)
        CHECK_FALSE(parseDnsReply(good.left(n), DnsRecordType::Srv).has_value());
    QByteArray loop = good;
    loop[loop.size() - 2] = char(0xc0);
    loop[loop.size() - 1] = char(loop.size() - 2);  // a pointer to itself
    CHECK_FALSE(parseDnsReply(loop, DnsRecordType::Srv).has_value());
    QByteArray query = dnsQuery(1, u"a.test"_qs, DnsRecordType::Srv);
    CHECK_FALSE(parseDnsReply(query, DnsRecordType::Srv).has_value());  // a query is no reply
}

TEST_CASE("dns: the name servers of a resolv.conf", "[dns]")
{
    CHECK(nameserversFromResolvConf("# comment\nnameserver 192.0.2.1\nsearch x\nnameserver  ::1 \n") ==
          QList<QString>{u"192.0.2.1"_qs, u"::1"_qs});
    CHECK(nameserversFromResolvConf("options rotate\n") == QList<QString>{u"127.0.0.1"_qs});
    CHECK(nameserversFromResolvConf("nameserver not-an-address\n") == QList<QString>{u"127.0.0.1"_qs});
}

TEST_CASE("srv: implicit TLS is preferred and . is not offered", "[dns]")
{
    const auto rec = [](quint16 prio, quint16 port, const char *target) {
        return DnsRecord{DnsRecordType::Srv, prio, 0, port, QString::fromLatin1(target)};
    };
    QString detail;
    auto p = providerFromSrv(u"d.test"_qs,
                             {{u"_imap._tcp"_qs, {rec(0, 143, "imap.d.test")}},
                              {u"_imaps._tcp"_qs, {rec(10, 993, "b.d.test"), rec(1, 993, "a.d.test")}}},
                             &detail);
    REQUIRE(p);
    CHECK(p->imap.host == u"a.d.test");
    CHECK(p->imap.security == Security::ImplicitTls);
    CHECK(detail == u"_imaps._tcp.d.test → a.d.test:993");
    CHECK_FALSE(providerFromSrv(u"d.test"_qs, {{u"_imaps._tcp"_qs, {rec(0, 0, "")}}}, &detail).has_value());
    CHECK_FALSE(providerFromSrv(u"d.test"_qs, {{u"_submissions._tcp"_qs, {rec(0, 465, "s.d.test")}}}, &detail));
}
