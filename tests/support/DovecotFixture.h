#pragma once

#include "TestPki.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace ipw::test {

/// A mailbox login on the test Dovecot. The password is test data, but still never print it in test output.
struct MailUser {
    QString name;      ///< the login name, e.g. "alice@example.test"
    QString password;  ///< as the user would type it (UTF-8 on the wire)
    QString what;      ///< what is awkward about the password, for test names ("double quotes"); never the password
};

/// A throwaway Dovecot 2.3 (IMAP + submission) for integration tests: its own configuration, users and maildirs in a
/// temporary directory, TLS with TestPki's server certificate (SAN localhost/127.0.0.1 only), on free ports, listening
/// on 127.0.0.1 and 127.0.0.2 (and ::1 where there is IPv6). Started on the first instance() call in the test process
/// (0.3-2 s, see docs/testing.md); killed when the process exits, also when it crashes (PR_SET_PDEATHSIG).
///
///     auto &dovecot = DovecotFixture::instance();
///     REQUIRE(dovecot.ok());  // on failure, dovecot.error() includes the end of Dovecot's log
///     socket.setCaCertificates(dovecot.caCertificates());
///     socket.connectToHostEncrypted("localhost", dovecot.imapsPort());
///
/// Behaviour tests may rely on:
/// - a wrong password gets its NO / 535 at once, every time (no auth delay, no per-IP penalty);
/// - 127.0.0.1 -> 127.0.0.1 counts as secure for Dovecot, so plaintext LOGIN works there without TLS; connect to
///   127.0.0.2 to see LOGINDISABLED / [PRIVACYREQUIRED] (and a certificate name mismatch, as the SAN lacks it);
/// - the plain ports offer STARTTLS (ssl = yes, not required);
/// - after a successful AUTH, submission connects to its relay: that is this Dovecot's own plain submission port, so
///   QUIT after 235 gets 221 (with a dead relay it would get "421 4.4.0 Failed to connect to relay server").
///
/// Call instance() first from the main thread: the kernel kills Dovecot when the thread that started it ends.
class DovecotFixture {
public:
    /// The certificate Dovecot presents. All are for localhost/127.0.0.1 (TestPki.h); caCertificates() is the test CA
    /// for every instance, so only Valid verifies.
    enum class Certificate {
        Valid,        ///< TestPki::server(): chains to the test CA
        Expired,      ///< TestPki::expired(): QSslError::CertificateExpired
        NotYetValid,  ///< TestPki::notYetValid(): QSslError::CertificateNotYetValid
        SelfSigned,   ///< TestPki::selfSigned(): QSslError::SelfSignedCertificate
        OtherCa,      ///< TestPki::otherCaServer(): UnableToGetLocalIssuerCertificate + UnableToVerifyFirstCertificate
    };

    /// The test process's Dovecot presenting `certificate`: one instance per kind, each started on first use, each
    /// with its own ports, and the same users and mail.
    static DovecotFixture &instance(Certificate certificate = Certificate::Valid);
    /// The test process's Dovecot that also accepts OAuth 2.0 bearer tokens: SASL XOAUTH2 and OAUTHBEARER through
    /// passdb oauth2 introspecting at OAuthServerFixture::shared() (started with it), PLAIN/LOGIN through the
    /// passwd-file passdb as in instance(). Valid certificate, the same users and mail, ports of its own.
    static DovecotFixture &oauthInstance();
    Certificate certificate() const { return m_certificate; }
    CertAndKey serverCertificate() const;
    ~DovecotFixture();

    /// Started, and the master is still running. error() says why not, with the end of Dovecot's log.
    bool ok() const { return m_error.isEmpty() && masterRunning(); }
    QString error() const;

    /// Where to connect: 127.0.0.1 is "secure" for Dovecot (plaintext login allowed without TLS) and named in the
    /// certificate; 127.0.0.2 is neither (LOGINDISABLED, and a certificate name mismatch). "localhost" works too
    /// (Dovecot also listens on ::1 when the machine has IPv6: hasIpv6()).
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString otherHost() { return QStringLiteral("127.0.0.2"); }
    bool hasIpv6() const { return m_ipv6; }

    quint16 imapsPort() const { return m_ports[0]; }               ///< IMAP, implicit TLS
    quint16 imapStarttlsPort() const { return m_ports[1]; }        ///< IMAP, plain with STARTTLS
    quint16 submissionsPort() const { return m_ports[2]; }         ///< submission, implicit TLS
    quint16 submissionStarttlsPort() const { return m_ports[3]; }  ///< submission, plain with STARTTLS

    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;

    MailUser mainUser() const;  ///< alice@example.test, an ordinary ASCII password; owns the INBOX and folders
    /// Users whose passwords have double quotes, a backslash, spaces, non-ASCII (Japanese and é), IMAP-special
    /// characters, and exactly 200 characters.
    QList<MailUser> awkwardUsers() const;
    /// A login name that does not exist.
    QString unknownUserName() const { return QStringLiteral("nobody@example.test"); }

    int inboxMessageCount() const;    ///< the main user's INBOX
    int folderCount() const;          ///< as LIST "" "*" returns them, INBOX included
    int topLevelFolderCount() const;  ///< as LIST "" "%" returns them (what the check counts), INBOX included
    QStringList folders() const;      ///< INBOX, Sent (\Sent), Archive, Archive/2025; separator "/"

    QString logFile() const;
    QString logTail(int lines = 30) const;
    qint64 masterPid() const;
    QString directory() const;
    qint64 startupMilliseconds() const { return m_startupMs; }  ///< how long instance() took to get ready
    int startAttempts() const { return m_startAttempts; }  ///< 1, or more when a port was taken before Dovecot bound it

    /// Kills Dovecot (SIGKILL to the master: instant; its children follow). Called at process exit. There is one
    /// fixture per process and it does not restart: a test that stops it must run in a process of its own.
    void stop();
    /// stop(), and remove the temporary directory; done at process exit (QCoreApplication post routine and atexit).
    void shutDown();

private:
    explicit DovecotFixture(Certificate certificate);
    DovecotFixture(Certificate certificate, bool oauth, const QUrl &introspectionUrl, const QString &oauthServerError);
    bool prepare();
    bool writeConfig();
    enum class Start { Ready, PortTaken, Failed };
    Start startOnce();
    bool writeFile(const QString &path, const QByteArray &data);
    bool masterRunning() const;

    const Certificate m_certificate;
    const bool m_oauth = false;  // oauthInstance(): passdb oauth2 introspecting at m_introspectionUrl
    const QUrl m_introspectionUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;  // deliberately not owned by a QObject tree: it lives until process exit
    QString m_error;
    QString m_dovecot;
    quint16 m_ports[4] = {};
    qint64 m_startupMs = 0;
    int m_startAttempts = 0;
    bool m_root = false;
    bool m_ipv6 = false;
    uint m_mailUid = 0, m_mailGid = 0;
    QString m_userName, m_groupName;
};

}  // namespace ipw::test
