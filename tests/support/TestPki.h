#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

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
/// directory of the test process (removed at exit). The CA and the server certificate are made on the first
/// instance() call; each other certificate on first use (one or two `openssl` runs, ~20 ms each on an idle machine).
/// EC P-256 keys.
///
/// Every server certificate is for CN=localhost with subjectAltName DNS:localhost, IP:127.0.0.1 and nothing else,
/// so a connection to 127.0.0.2 is a real name mismatch.
///
///     const auto &pki = TestPki::instance();
///     REQUIRE(pki.ok());
///     QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
///     tls.setCaCertificates(pki.caCertificates());  // trust the test CA only
///     server.setLocalCertificate(pki.expired().cert);  // and check pki.ok() again: it covers what was made since
///
/// Thread-safe.
class TestPki {
public:
    static const TestPki &instance();
    ~TestPki();

    /// False when making any certificate asked for so far failed; error() says why (openssl's own output).
    bool ok() const;
    QString error() const;
    QString directory() const;  ///< where the files live (removed at process exit)

    /// The test CA ("IPW Test CA"): the one the fixtures' servers chain to.
    QString caFile() const { return ca().certFile; }
    QList<QSslCertificate> caCertificates() const { return {ca().cert}; }
    CertAndKey ca() const { return get(Kind::Ca); }

    CertAndKey server() const { return get(Kind::Server); }            ///< valid now (10 years), signed by the test CA
    CertAndKey expired() const { return get(Kind::Expired); }          ///< by the test CA, valid 2020-01-01..2021-01-01
    CertAndKey notYetValid() const { return get(Kind::NotYetValid); }  ///< by the test CA, valid 2040-01-01..2041-01-01
    CertAndKey selfSigned() const { return get(Kind::SelfSigned); }    ///< localhost/127.0.0.1, self-signed, CA:FALSE

    /// A second, unrelated CA ("IPW Other CA"), and a localhost server certificate it signed.
    QString otherCaFile() const { return otherCa().certFile; }
    QList<QSslCertificate> otherCaCertificates() const { return {otherCa().cert}; }
    CertAndKey otherCa() const { return get(Kind::OtherCa); }
    CertAndKey otherCaServer() const { return get(Kind::OtherCaServer); }

private:
    enum class Kind { Ca, Server, Expired, NotYetValid, SelfSigned, OtherCa, OtherCaServer, Count };
    TestPki();
    CertAndKey get(Kind kind) const;
    bool make(Kind kind) const;
    bool openssl(const QStringList &arguments) const;
    bool load(const QString &name, CertAndKey *into) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    mutable std::recursive_mutex m_mutex;
    mutable QString m_error;
    mutable std::optional<CertAndKey> m_made[int(Kind::Count)];
};

}  // namespace ipw::test
