#include "TestPki.h"

#include "TempDirs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace ipw::test {
namespace {

// Our own configuration, so the result does not depend on the machine's /etc/ssl/openssl.cnf. `openssl ca` is used
// only where a certificate needs dates in the past or the future: OpenSSL 3.0's `req -x509` and `x509 -req` cannot
// set them (-not_before/-not_after came in 3.4).
constexpr char opensslConfig[] = R"(# Written by ipw::test::TestPki
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ v3_self_signed ]
basicConstraints = critical, CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
[ ca ]
default_ca = test_ca
[ test_ca ]
database = index.txt
new_certs_dir = newcerts
serial = serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
)";

const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

}  // namespace

const TestPki &TestPki::instance()
{
    // Made on first use and kept until the process exits (the directory goes with it).
    static const TestPki pki;
    return pki;
}

TestPki::TestPki()
    : m_dir(makeOwnedTempDir(QDir::tempPath(), QStringLiteral("ipw-pki")))
{
    if (!m_dir->isValid())
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
    else
        make();
}

TestPki::~TestPki() = default;

QString TestPki::directory() const
{
    return m_dir->path();
}

bool TestPki::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), m_dir->filePath(QStringLiteral("openssl.cnf")));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                           QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestPki::newKeyAndRequest(const QString &name)
{
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ecKey +
                   QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                               name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=localhost")});
}

bool TestPki::load(const QString &name, CertAndKey *into)
{
    into->certFile = m_dir->filePath(name + QStringLiteral(".pem"));
    into->keyFile = m_dir->filePath(name + QStringLiteral(".key"));
    QFile certFile(into->certFile), keyFile(into->keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1.pem or %1.key").arg(name);
        return false;
    }
    into->cert = QSslCertificate(&certFile, QSsl::Pem);
    into->key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    if (into->cert.isNull() || into->key.isNull()) {
        m_error = QStringLiteral("Qt cannot load %1.pem or %1.key").arg(name);
        return false;
    }
    return true;
}

bool TestPki::make()
{
    const QDir dir(m_dir->path());
    QFile config(dir.filePath(QStringLiteral("openssl.cnf")));
    QFile serial(dir.filePath(QStringLiteral("serial")));
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    if (!config.open(QIODevice::WriteOnly) || config.write(opensslConfig) < 0 || !serial.open(QIODevice::WriteOnly) ||
        serial.write("1000\n") < 0 || !index.open(QIODevice::WriteOnly) || !dir.mkpath(QStringLiteral("newcerts"))) {
        m_error = QStringLiteral("cannot write the OpenSSL files in %1").arg(dir.path());
        return false;
    }
    config.close();
    serial.close();
    index.close();

    const auto L = [](const char *s) { return QString::fromLatin1(s); };
    const auto selfSignedCert = [&](const QString &name, const QString &subject, const QString &extensions) {
        return openssl(QStringList{L("req"), L("-x509")} + ecKey +
                       QStringList{L("-keyout"), name + L(".key"), L("-out"), name + L(".pem"), L("-days"), L("3650"),
                                   L("-subj"), subject, L("-extensions"), extensions});
    };
    // OpenSSL 3.0's `req -x509 -CA` makes the key and the CA-signed certificate in one process.
    const auto signByCa = [&](const QString &name, const QString &ca) {
        return openssl(QStringList{L("req"), L("-x509")} + ecKey +
                       QStringList{L("-keyout"), name + L(".key"), L("-out"), name + L(".pem"), L("-days"), L("3650"),
                                   L("-subj"), L("/CN=localhost"), L("-extensions"), L("v3_server"), L("-CA"),
                                   ca + L(".pem"), L("-CAkey"), ca + L(".key")});
    };
    // `openssl ca` takes explicit validity dates (ASN.1 UTCTime); the test CA signs these too.
    const auto signWithDates = [&](const QString &name, const QString &start, const QString &end) {
        return newKeyAndRequest(name) &&
               openssl({L("ca"), L("-batch"), L("-notext"), L("-cert"), L("ca.pem"), L("-keyfile"), L("ca.key"),
                        L("-in"), name + L(".csr"), L("-out"), name + L(".pem"), L("-extfile"), L("openssl.cnf"),
                        L("-extensions"), L("v3_server"), L("-startdate"), start, L("-enddate"), end});
    };

    return selfSignedCert(L("ca"), L("/CN=IPW Test CA"), L("v3_ca")) && load(L("ca"), &m_ca) &&
           signByCa(L("server"), L("ca")) && load(L("server"), &m_server) &&
           signWithDates(L("expired"), L("200101000000Z"), L("210101000000Z")) && load(L("expired"), &m_expired) &&
           signWithDates(L("not-yet-valid"), L("400101000000Z"), L("410101000000Z")) &&
           load(L("not-yet-valid"), &m_notYetValid) &&
           selfSignedCert(L("self-signed"), L("/CN=localhost"), L("v3_self_signed")) &&
           load(L("self-signed"), &m_selfSigned) && selfSignedCert(L("other-ca"), L("/CN=IPW Other CA"), L("v3_ca")) &&
           load(L("other-ca"), &m_otherCa) && signByCa(L("other-ca-server"), L("other-ca")) &&
           load(L("other-ca-server"), &m_otherCaServer);
}

}  // namespace ipw::test
