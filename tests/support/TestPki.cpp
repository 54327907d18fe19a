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
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return;
    }
    const QDir dir(m_dir->path());
    QFile config(dir.filePath(QStringLiteral("openssl.cnf")));
    QFile serial(dir.filePath(QStringLiteral("serial")));
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    if (!config.open(QIODevice::WriteOnly) || config.write(opensslConfig) < 0 || !serial.open(QIODevice::WriteOnly) ||
        serial.write("1000\n") < 0 || !index.open(QIODevice::WriteOnly) || !dir.mkpath(QStringLiteral("newcerts"))) {
        m_error = QStringLiteral("cannot write the OpenSSL files in %1").arg(dir.path());
        return;
    }
    config.close();
    serial.close();
    index.close();
    // What nearly every TLS test needs, made now; the rest on first use.
    get(Kind::Ca);
    get(Kind::Server);
}

TestPki::~TestPki() = default;

bool TestPki::ok() const
{
    std::lock_guard lock(m_mutex);
    return m_error.isEmpty();
}

QString TestPki::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QString TestPki::directory() const
{
    return m_dir->path();
}

CertAndKey TestPki::get(Kind kind) const
{
    std::lock_guard lock(m_mutex);
    std::optional<CertAndKey> &made = m_made[int(kind)];
    if (!made) {
        made.emplace();
        if (m_error.isEmpty() && !make(kind))
            *made = CertAndKey();  // a failure leaves an empty value, and the reason in error()
    }
    return *made;
}

bool TestPki::openssl(const QStringList &arguments) const
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

bool TestPki::load(const QString &name, CertAndKey *into) const
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

bool TestPki::make(Kind kind) const
{
    CertAndKey *into = &*m_made[int(kind)];
    const auto L = [](const char *s) { return QString::fromLatin1(s); };
    const auto selfSignedCert = [&](const QString &name, const QString &subject, const QString &extensions) {
        return openssl(QStringList{L("req"), L("-x509")} + ecKey +
                       QStringList{L("-keyout"), name + L(".key"), L("-out"), name + L(".pem"), L("-days"), L("3650"),
                                   L("-subj"), subject, L("-extensions"), extensions}) &&
               load(name, into);
    };
    // OpenSSL 3.0's `req -x509 -CA` makes the key and the CA-signed certificate in one process.
    const auto signByCa = [&](const QString &name, const CertAndKey &ca) {
        return !ca.certFile.isEmpty() &&
               openssl(QStringList{L("req"), L("-x509")} + ecKey +
                       QStringList{L("-keyout"), name + L(".key"), L("-out"), name + L(".pem"), L("-days"), L("3650"),
                                   L("-subj"), L("/CN=localhost"), L("-extensions"), L("v3_server"), L("-CA"),
                                   ca.certFile, L("-CAkey"), ca.keyFile}) &&
               load(name, into);
    };
    // `openssl ca` takes explicit validity dates (ASN.1 UTCTime); the test CA signs these too.
    const auto signWithDates = [&](const QString &name, const QString &start, const QString &end) {
        const CertAndKey ca = get(Kind::Ca);
        return !ca.certFile.isEmpty() &&
               openssl(QStringList{L("req"), L("-new")} + ecKey +
                       QStringList{L("-keyout"), name + L(".key"), L("-out"), name + L(".csr"), L("-subj"),
                                   L("/CN=localhost")}) &&
               openssl({L("ca"), L("-batch"), L("-notext"), L("-cert"), ca.certFile, L("-keyfile"), ca.keyFile,
                        L("-in"), name + L(".csr"), L("-out"), name + L(".pem"), L("-extfile"), L("openssl.cnf"),
                        L("-extensions"), L("v3_server"), L("-startdate"), start, L("-enddate"), end}) &&
               load(name, into);
    };

    switch (kind) {
    case Kind::Ca:
        return selfSignedCert(L("ca"), L("/CN=IPW Test CA"), L("v3_ca"));
    case Kind::Server:
        return signByCa(L("server"), get(Kind::Ca));
    case Kind::Expired:
        return signWithDates(L("expired"), L("200101000000Z"), L("210101000000Z"));
    case Kind::NotYetValid:
        return signWithDates(L("not-yet-valid"), L("400101000000Z"), L("410101000000Z"));
    case Kind::SelfSigned:
        return selfSignedCert(L("self-signed"), L("/CN=localhost"), L("v3_self_signed"));
    case Kind::OtherCa:
        return selfSignedCert(L("other-ca"), L("/CN=IPW Other CA"), L("v3_ca"));
    case Kind::OtherCaServer:
        return signByCa(L("other-ca-server"), get(Kind::OtherCa));
    case Kind::Count:
        break;
    }
    return false;
}

}  // namespace ipw::test
