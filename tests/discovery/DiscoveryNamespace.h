#pragma once
// The world the discovery tests look things up in, inside the test process's own network namespace
// (NamespaceMain.cpp): dnsmasq from Debian's dnsmasq-base in the foreground on 127.0.0.1:53, answering for *.test
// only (--local=/test/) from --address/--srv-host/--mx-host records, and one small web server on 443 (TLS, a
// certificate for every test host signed by the test CA) and 80, answering by Host header and path. The domains
// and what each has are listed in DiscoveryNamespace.cpp.

#include "MiniHttp.h"
#include "ScriptedServer.h"

#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

class QTcpServer;
class QUdpSocket;

namespace ipw::test {

class DiscoveryNamespace {
public:
    /// From main(), before Qt starts: why the namespace could not be made ("" when it was) and our resolv.conf.
    static void setUp(const QString &whyNot, const QString &resolvConf);
    static void tearDown();
    /// The running namespace; nullptr (after a WARN saying the test was skipped, or a FAIL when $CI is set, so CI
    /// never passes without running these) when user namespaces are not available here.
    static DiscoveryNamespace *get();

    /// The CA of the web server's certificate (the test CA): pass as discovery's extra CAs.
    QList<QSslCertificate> caCertificates() const;
    QString caFile() const;
    /// Points /etc/resolv.conf at dnsmasq (default), at 127.0.0.2 where nothing listens (an ICMP refusal), or at
    /// 127.0.0.3 where a socket reads every query and never answers.
    enum class Resolver { Dnsmasq, Refusing, Silent };
    void useResolver(Resolver resolver);
    /// "host path" of each request the web server got, in order (https and http alike; http ones start "http ").
    QStringList requests() const { return m_requests; }
    /// "TYPE name" of each query dnsmasq got since the last clearRequests(), in order ("SRV _imaps._tcp.srv.test",
    /// "A imap.srv.test"), from its --log-queries output.
    QStringList dnsQueries();
    /// Forgets the web requests and the DNS queries so far.
    void clearRequests();

    /// An IMAP server on 127.0.0.1:993 with implicit TLS (a certificate from the test CA for the mail hosts of the
    /// test domains: imap.srv.test, imap.ac.test), where any login works: the mail server behind what discovery
    /// finds, for a check that verifies. Started on first use; the logins it accepted, in order.
    bool startImapServer();
    QStringList imapLogins() const { return m_imapLogins; }

private:
    DiscoveryNamespace();
    ~DiscoveryNamespace();
    bool startDnsmasq();
    bool makeCertificate();
    bool listen();
    void serve(QTcpServer *server, bool https);
    HttpResponse answer(const HttpRequest &request, bool https);

    QString m_error;
    QString m_dir;
    QString m_certFile, m_keyFile;
    QProcess m_dnsmasq;
    QTcpServer *m_https = nullptr;
    QTcpServer *m_http = nullptr;
    QUdpSocket *m_silent = nullptr;
    std::unique_ptr<ScriptedServer> m_imap;
    QStringList m_imapLogins;
    QStringList m_requests;
    QByteArray m_dnsLog;
};

}  // namespace ipw::test

/// At the top of a namespace test: the fixture as `ns`, or return (skipped, with a WARN) where there is none.
#define IPW_DISCOVERY_NAMESPACE(ns)                                                                                    \
    auto *ns = ::ipw::test::DiscoveryNamespace::get();                                                                 \
    if (!ns)                                                                                                           \
        return;
