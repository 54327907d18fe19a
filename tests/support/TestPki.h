#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace ipw::test {

/// A certificate and its private key, as PEM files and as Qt values.
struct CertAndKey {
    QString certFile;  ///< PEM certificate
    QString keyFile;   ///< PEM private key (PKCS#8, unencrypted)
    QSslCertificate cert;
    QSslKey key;

    /// The certificate's SHA-256 fingerprint: 32 raw bytes (`.toHex(':').toUpper()` for the usual notation).
    QByteArray sha256() const { return cert.digest(QCryptographicHash::Sha256); }
};

/// A throwaway public-key infrastructure for TLS tests, made with the `openssl` command-line tool in a temporary
/// directory of the test process, once per process, on first use (EC P-256 keys: ~0.2 s in all).
///
/// Every server certificate is for CN=localhost with subjectAltName DNS:localhost, IP:127.0.0.1 and nothing else,
/// so a connection to 127.0.0.2 is a real name mismatch.
///
///     const auto &pki = TestPki::instance();
///     REQUIRE(pki.ok());
///     QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
///     tls.setCaCertificates(pki.caCertificates());  // trust the test CA only
class TestPki {
public:
    static const TestPki &instance();
    ~TestPki();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString directory() const;  ///< where the files live (removed at process exit)

    /// The test CA ("IPW Test CA"): the one the fixtures' servers chain to.
    QString caFile() const { return m_ca.certFile; }
    QList<QSslCertificate> caCertificates() const { return {m_ca.cert}; }
    CertAndKey ca() const { return m_ca; }

    CertAndKey server() const { return m_server; }            ///< valid now, signed by the test CA
    CertAndKey expired() const { return m_expired; }          ///< signed by the test CA, valid 2020-01-01..2021-01-01
    CertAndKey notYetValid() const { return m_notYetValid; }  ///< signed by the test CA, valid 2040-01-01..2041-01-01
    CertAndKey selfSigned() const { return m_selfSigned; }    ///< for localhost/127.0.0.1, self-signed, not a CA

    /// A second, unrelated CA ("IPW Other CA"), and a localhost server certificate it signed.
    QString otherCaFile() const { return m_otherCa.certFile; }
    QList<QSslCertificate> otherCaCertificates() const { return {m_otherCa.cert}; }
    CertAndKey otherCa() const { return m_otherCa; }
    CertAndKey otherCaServer() const { return m_otherCaServer; }

private:
    TestPki();
    bool make();
    bool openssl(const QStringList &arguments);
    bool newKeyAndRequest(const QString &name);
    bool load(const QString &name, CertAndKey *into);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    CertAndKey m_ca, m_server, m_expired, m_notYetValid, m_selfSigned, m_otherCa, m_otherCaServer;
};

}  // namespace ipw::test
