#include "DiscoveryNamespace.h"

#include "TestPki.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

namespace ipw::test {
namespace {

QString g_whyNot = QStringLiteral("not set up");
QString g_resolvConf;
DiscoveryNamespace *g_instance = nullptr;

// What each test domain has. The order of the sources (autoconfig, ISPDB, SRV, MX, http) is tested by giving a
// domain every later source too, each naming a different server.
const QStringList kHttpsHosts = {
    u"autoconfig.ac.test"_qs,   u"wk.test"_qs,
    u"ispdb.test"_qs,           u"autoconfig.isp.test"_qs,
    u"autoconfig.srv.test"_qs,  u"autoconfig.gw.test"_qs,
    u"autoconfig.http.test"_qs, u"autoconfig.redir.test"_qs,
    u"autoconfig.big.test"_qs,  u"autoconfig.slow.test"_qs,
};

// Mail servers behind the SRV and autoconfig answers, served by startImapServer() on 127.0.0.1:993.
const QStringList kMailHosts = {u"imap.srv.test"_qs, u"imap.ac.test"_qs};

const QStringList kDnsmasqRecords = {
    // SRV: ac, isp and srv have them under autoconfig and the ISPDB; out points outside its domain.
    u"--srv-host=_imaps._tcp.ac.test,srv-says.ac.test,993"_qs,
    u"--srv-host=_imaps._tcp.isp.test,srv-says.isp.test,993"_qs,
    u"--srv-host=_imaps._tcp.srv.test,imap.srv.test,993,0,10"_qs,
    u"--srv-host=_imaps._tcp.srv.test,imap-backup.srv.test,993,5,10"_qs,
    u"--srv-host=_submissions._tcp.srv.test,smtp.srv.test,465"_qs,
    u"--srv-host=_submission._tcp.srv.test,smtp.srv.test,587"_qs,
    u"--srv-host=_imaps._tcp.dot.test"_qs,  // the target "." : IMAP over TLS is not offered (RFC 6186 3.4)
    u"--srv-host=_imap._tcp.dot.test,imap.dot.test,143"_qs, u"--srv-host=_imaps._tcp.redir.test,imap.redir.test,993"_qs,
    u"--srv-host=_imaps._tcp.big.test,imap.big.test,993"_qs, u"--srv-host=_imaps._tcp.slow.test,imap.slow.test,993"_qs,
    u"--srv-host=_imaps._tcp.out.test,mail.hoster-elsewhere.test,993"_qs,
    // MX of known hosters (gmail.json and outlook.json's mxPatterns); ac, isp and srv have one under the rest.
    u"--mx-host=ac.test,aspmx.l.google.com,1"_qs, u"--mx-host=isp.test,aspmx.l.google.com,1"_qs,
    u"--mx-host=srv.test,aspmx.l.google.com,1"_qs, u"--mx-host=gw.test,aspmx.l.google.com,1"_qs,
    u"--mx-host=gw.test,alt1.aspmx.l.google.com,5"_qs, u"--mx-host=ms.test,ms-test.mail.protection.outlook.com,0"_qs,
    u"--mx-host=own.test,mx.own.test,10"_qs,  // an MX of its own: no hoster
};

QByteArray clientConfig(const QString &domain, const QString &imapHost, const QString &smtpHost)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="%1">
    <domain>%1</domain>
    <displayName>%1 mail</displayName>
    <incomingServer type="imap">
      <hostname>%2</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>%3</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)")
        .arg(domain, imapHost, smtpHost)
        .toUtf8();
}

HttpResponse ok(const QByteArray &body)
{
    HttpResponse r;
    r.headers = {{"Content-Type", "text/xml"}};
    r.body = body;
    return r;
}

}  // namespace

void DiscoveryNamespace::setUp(const QString &whyNot, const QString &resolvConf)
{
    g_whyNot = whyNot;
    g_resolvConf = resolvConf;
}

void DiscoveryNamespace::tearDown()
{
    if (g_instance) {
        g_instance->m_dnsmasq.terminate();
        g_instance->m_dnsmasq.waitForFinished(5000);
    }
    delete g_instance;
    g_instance = nullptr;
}

DiscoveryNamespace *DiscoveryNamespace::get()
{
    if (!g_whyNot.isEmpty()) {
        const QString message = u"SKIPPED: no private network namespace here ("_qs + g_whyNot +
                                u"); the discovery tests need user namespaces (unshare -rnm)"_qs;
        if (qEnvironmentVariableIsSet("CI"))
            FAIL(message.toStdString());
        WARN(message.toStdString());
        return nullptr;
    }
    if (!g_instance)
        g_instance = new DiscoveryNamespace;
    INFO(g_instance->m_error.toStdString());
    REQUIRE(g_instance->m_error.isEmpty());
    g_instance->useResolver(Resolver::Dnsmasq);
    g_instance->clearRequests();
    return g_instance;
}

DiscoveryNamespace::DiscoveryNamespace()
{
    static QTemporaryDir dir;
    m_dir = dir.path();
    if (makeCertificate() && listen())
        startDnsmasq();
}

DiscoveryNamespace::~DiscoveryNamespace()
{
    // The servers own the connections they accepted (their children); deleting them closes those too.
    m_imap.reset();
    delete m_silent;
    delete m_http;
    delete m_https;
}

QList<QSslCertificate> DiscoveryNamespace::caCertificates() const
{
    return TestPki::instance().caCertificates();
}

QString DiscoveryNamespace::caFile() const
{
    return TestPki::instance().caFile();
}

bool DiscoveryNamespace::makeCertificate()
{
    const auto &pki = TestPki::instance();
    const CertAndKey ca = pki.ca();
    if (!pki.ok()) {
        m_error = pki.error();
        return false;
    }
    QStringList names;
    for (const QString &h : kHttpsHosts + kMailHosts)
        names.append(u"DNS:"_qs + h);
    m_certFile = m_dir + u"/web.pem"_qs;
    m_keyFile = m_dir + u"/web.key"_qs;
    const QString csr = m_dir + u"/web.csr"_qs;
    const auto run = [this](const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_qs, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            m_error = u"openssl "_qs + args.join(u' ') + u": "_qs + QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    };
    return run({u"req"_qs, u"-new"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs,
                u"-nodes"_qs, u"-keyout"_qs, m_keyFile, u"-out"_qs, csr, u"-subj"_qs, u"/CN=discovery web"_qs,
                u"-addext"_qs, u"subjectAltName="_qs + names.join(u',')}) &&
           run({u"x509"_qs, u"-req"_qs, u"-in"_qs, csr, u"-CA"_qs, ca.certFile, u"-CAkey"_qs, ca.keyFile,
                u"-set_serial"_qs, u"4242"_qs, u"-days"_qs, u"30"_qs, u"-copy_extensions"_qs, u"copyall"_qs, u"-out"_qs,
                m_certFile});
}

bool DiscoveryNamespace::listen()
{
    auto *https = new QSslServer;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto certs = QSslCertificate::fromPath(m_certFile);
    QFile keyFile(m_keyFile);
    keyFile.open(QIODevice::ReadOnly);
    tls.setLocalCertificate(certs.value(0));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    https->setSslConfiguration(tls);
    m_https = https;
    m_http = new QTcpServer;
    if (!m_https->listen(QHostAddress(u"127.0.0.1"_qs), 443) || !m_http->listen(QHostAddress(u"127.0.0.1"_qs), 80)) {
        m_error = u"cannot listen on 127.0.0.1:443 and :80 in the namespace: "_qs + m_https->errorString();
        return false;
    }
    serve(m_https, true);
    serve(m_http, false);
    m_silent = new QUdpSocket;
    m_silent->bind(QHostAddress(u"127.0.0.3"_qs), 53);
    QObject::connect(m_silent, &QUdpSocket::readyRead, m_silent, [this] {
        while (m_silent->hasPendingDatagrams())
            m_silent->receiveDatagram();  // read, never answer
    });
    return true;
}

void DiscoveryNamespace::serve(QTcpServer *server, bool https)
{
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server, https] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            auto reader = std::make_shared<HttpRequestReader>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, reader, https] {
                reader->append(socket->readAll());
                if (!reader->done())
                    return;
                const HttpResponse response = answer(reader->request(), https);
                if (response.noAnswer)
                    return;
                socket->write(response.toBytes());
                socket->disconnectFromHost();
            });
        }
    });
}

HttpResponse DiscoveryNamespace::answer(const HttpRequest &request, bool https)
{
    const QString host = QString::fromLatin1(request.header("host")).section(u':', 0, 0).toLower();
    const QString path = QString::fromLatin1(request.path());
    m_requests.append((https ? QString() : u"http "_qs) + host + u' ' + path);
    const QString config = u"/mail/config-v1.1.xml"_qs;
    if (https) {
        if (host == u"autoconfig.ac.test" && path == config)
            return ok(clientConfig(u"ac.test"_qs, u"imap.ac.test"_qs, u"smtp.ac.test"_qs));
        if (host == u"wk.test" && path == u"/.well-known/autoconfig/mail/config-v1.1.xml")
            return ok(clientConfig(u"wk.test"_qs, u"imap.wk.test"_qs, u"smtp.wk.test"_qs));
        if (host == u"ispdb.test" && path == u"/v1.1/ac.test")
            return ok(clientConfig(u"ac.test"_qs, u"ispdb-says.ac.test"_qs, u"smtp.ac.test"_qs));
        if (host == u"ispdb.test" && path == u"/v1.1/isp.test")
            return ok(clientConfig(u"isp.test"_qs, u"imap.isp.test"_qs, u"smtp.isp.test"_qs));
        if (host == u"autoconfig.redir.test" && path == config) {
            HttpResponse r;
            r.status = 301;
            r.headers = {{"Location", "http://autoconfig.redir.test/mail/config-v1.1.xml"}};
            return r;
        }
        if (host == u"autoconfig.big.test" && path == config) {
            QByteArray body = clientConfig(u"big.test"_qs, u"imap.big.test"_qs, u"smtp.big.test"_qs);
            body.append("<!--" + QByteArray(2 * 1024 * 1024, 'x') + "-->");
            return ok(body);
        }
        if (host == u"autoconfig.slow.test" && path == config) {
            HttpResponse r;
            r.noAnswer = true;
            return r;
        }
    } else if (path == config && host.startsWith(u"autoconfig.")) {
        const QString domain = host.mid(11);
        if (domain == u"ac.test" || domain == u"isp.test" || domain == u"srv.test" || domain == u"gw.test" ||
            domain == u"http.test" || domain == u"redir.test")
            return ok(clientConfig(domain, u"http-says."_qs + domain, u"smtp."_qs + domain));
    }
    HttpResponse notFound;
    notFound.status = 404;
    return notFound;
}

bool DiscoveryNamespace::startDnsmasq()
{
    QString dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_qs);
    if (dnsmasq.isEmpty())
        dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_qs, {u"/usr/sbin"_qs, u"/sbin"_qs});
    if (dnsmasq.isEmpty()) {
        m_error = u"dnsmasq is not installed (Debian: dnsmasq-base; tools/install-deps.sh test)"_qs;
        return false;
    }
    QStringList args = {u"--keep-in-foreground"_qs,
                        u"--conf-file=/dev/null"_qs,
                        u"--no-resolv"_qs,
                        u"--no-hosts"_qs,
                        u"--bind-interfaces"_qs,
                        u"--listen-address=127.0.0.1"_qs,
                        u"--port=53"_qs,
                        u"--user="_qs,
                        u"--group="_qs,
                        u"--pid-file="_qs,
                        u"--local=/test/"_qs,
                        u"--log-queries"_qs,
                        u"--log-facility=-"_qs};
    for (const QString &h : kHttpsHosts + kMailHosts)
        args.append(u"--host-record="_qs + h + u",127.0.0.1"_qs);
    for (const QString &h : {u"autoconfig.gw.test"_qs, u"autoconfig.http.test"_qs})
        args.append(u"--host-record="_qs + h + u",127.0.0.1"_qs);
    args += kDnsmasqRecords;
    m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    m_dnsmasq.start(dnsmasq, args);
    if (!m_dnsmasq.waitForStarted(10000)) {
        m_error = u"dnsmasq did not start: "_qs + m_dnsmasq.errorString();
        return false;
    }
    // Ready once it answers: ask for a name it knows until it does.
    useResolver(Resolver::Dnsmasq);
    QElapsedTimer waited;
    waited.start();
    QUdpSocket probe;
    while (waited.elapsed() < 10000) {
        if (m_dnsmasq.state() != QProcess::Running) {
            m_error = u"dnsmasq stopped: "_qs + QString::fromLocal8Bit(m_dnsmasq.readAll());
            return false;
        }
        QTcpSocket tcp;
        tcp.connectToHost(QHostAddress(u"127.0.0.1"_qs), 53);
        if (tcp.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = u"dnsmasq did not listen on 127.0.0.1:53"_qs;
    return false;
}

void DiscoveryNamespace::clearRequests()
{
    m_requests.clear();
    dnsQueries();
    m_dnsLog.clear();
}

QStringList DiscoveryNamespace::dnsQueries()
{
    // dnsmasq logs each query as it reads it: "dnsmasq: query[SRV] _imaps._tcp.srv.test from 127.0.0.1".
    m_dnsmasq.waitForReadyRead(50);
    m_dnsLog += m_dnsmasq.readAll();
    QStringList queries;
    for (const QByteArray &line : m_dnsLog.split('\n')) {
        const qsizetype at = line.indexOf("query[");
        if (at < 0)
            continue;
        const QByteArray rest = line.mid(at + 6);
        const qsizetype close = rest.indexOf(']');
        const QList<QByteArray> words = rest.mid(close + 1).trimmed().split(' ');
        queries.append(QString::fromLatin1(rest.left(close) + ' ' + words.value(0)));
    }
    return queries;
}

bool DiscoveryNamespace::startImapServer()
{
    if (m_imap)
        return true;
    QFile keyFile(m_keyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    m_imap = std::make_unique<ScriptedServer>(
        ScriptedServer::Tls::Implicit, QSslCertificate::fromPath(m_certFile).value(0), QSslKey(&keyFile, QSsl::Ec));
    // Any login works; LIST and EXAMINE (pipelined behind it) see an INBOX with 3 messages.
    m_imap->onConnect = [](ScriptedSession &s) { s.sendLine("* OK [CAPABILITY IMAP4rev1] discovery test IMAP"); };
    m_imap->onLine = [this](ScriptedSession &s, const QByteArray &line) {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray tag = words.value(0);
        const QByteArray command = words.value(1).toUpper();
        if (command == "CAPABILITY") {
            s.sendLine("* CAPABILITY IMAP4rev1");
            s.sendLine(tag + " OK done");
        } else if (command == "LOGIN") {
            m_imapLogins.append(QString::fromUtf8(words.value(2)).remove(u'"'));
            s.sendLine(tag + " OK Logged in");
        } else if (command == "LIST") {
            s.sendLine("* LIST () \"/\" INBOX");
            s.sendLine(tag + " OK done");
        } else if (command == "EXAMINE") {
            s.sendLine("* 3 EXISTS");
            s.sendLine(tag + " OK [READ-ONLY] done");
        } else if (command == "LOGOUT") {
            s.sendLine("* BYE");
            s.sendLine(tag + " OK");
            s.close();
        } else {
            s.sendLine(tag + " BAD what");
        }
    };
    QTcpServer &server = *m_imap;
    if (!server.listen(QHostAddress(u"127.0.0.1"_qs), 993)) {
        m_imap.reset();
        return false;
    }
    return true;
}

void DiscoveryNamespace::useResolver(Resolver resolver)
{
    QFile file(g_resolvConf);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const char *server = resolver == Resolver::Dnsmasq    ? "127.0.0.1"
                         : resolver == Resolver::Refusing ? "127.0.0.2"
                                                          : "127.0.0.3";
    // Short C-library timeouts for the web fetches' own name look-ups (getaddrinfo), so that a test with a dead
    // resolver does not leave a resolver thread waiting the default 5 s × 2 after the test.
    file.write(QByteArray("nameserver ") + server + "\noptions timeout:1 attempts:1\n");
}

}  // namespace ipw::test
