#include "DovecotFixture.h"
#include <algorithm>

#include "DovecotOAuthConfig.h"
#include "FreePort.h"
#include "OAuthServerFixture.h"
#include "TempDirs.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <map>
#include <mutex>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

namespace ipw::test {
namespace {

// Dovecot 2.3 configuration. Placeholders @NAME@ are filled in by writeConfig(). Only what differs from Dovecot's
// built-in defaults is here (`doveconf -c <file> -n` shows it back).
constexpr char configTemplate[] = R"(# Written by ipw::test::DovecotFixture for one test process.
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
listen = 127.0.0.1, 127.0.0.2@LISTEN_IPV6@
protocols = imap submission
hostname = localhost

# ssl = yes, not required: the plain ports offer STARTTLS. disable_plaintext_auth refuses LOGIN without TLS, except
# on connections Dovecot counts as secure: those whose local and remote addresses are equal (127.0.0.1 -> 127.0.0.1).
ssl = yes
ssl_cert = <@CERT@
ssl_key = <@KEY@
disable_plaintext_auth = yes
auth_mechanisms = plain login@OAUTH_MECHANISMS@
auth_verbose = yes
auth_verbose_passwords = no
auth_debug_passwords = no

# Dovecot delays a failed login (a 500 ms tick even with auth_failure_delay = 0) and then penalizes the IP with
# 2, 4, 8, 15 s. The first passdb authenticates nobody: it only sets nodelay, so failures answer at once.
passdb {
  driver = static
  args = noauthenticate nodelay=yes
}
passdb {
  driver = passwd-file
  args = @DIR@/users
@PASSWORD_MECHANISMS@}
@OAUTH_PASSDB@userdb {
  driver = passwd-file
  args = @DIR@/users
}

mail_location = maildir:~/Maildir
first_valid_uid = @UID@
first_valid_gid = @GID@
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \Sent
  }
}
protocol imap {
  mail_max_userip_connections = 200
}

# After AUTH, submission connects to its relay at once; when nothing listens there, the client gets
# "421 4.4.0 Failed to connect to relay server" for whatever it sends after 235 (QUIT included). So the relay is
# this Dovecot's own plain submission port: after 235, QUIT gets 221 and NOOP 250, as on a real server; a MAIL FROM
# goes to the relay unauthenticated and is refused there. Tests never send mail anywhere.
submission_relay_host = 127.0.0.1
submission_relay_port = @SUBMISSION_PORT@

service imap-login {
  inet_listener imap {
    port = @IMAP_PORT@
  }
  inet_listener imaps {
    port = @IMAPS_PORT@
    ssl = yes
  }
@NO_CHROOT@}
service submission-login {
  inet_listener submission {
    port = @SUBMISSION_PORT@
  }
  inet_listener submissions {
    port = @SUBMISSIONS_PORT@
    ssl = yes
  }
@NO_CHROOT@}
@UNPRIVILEGED@)";

// Not root: Dovecot runs all its processes as the user who started the tests, and cannot chroot.
constexpr char unprivilegedTemplate[] = R"(default_internal_user = @USER@
default_internal_group = @GROUP@
default_login_user = @USER@
service anvil {
  chroot =
}
)";

struct Message {
    const char *file;  // maildir file name: unique, with the :2, info part
    const char *text;
};

// Real RFC 5322 messages (CRLF is not required in maildir: Dovecot converts on output).
const Message inboxMessages[] = {
    {"1735700000.M1P1.ipw-test:2,S", "Return-Path: <bob@example.test>\n"
                                     "From: Bob <bob@example.test>\n"
                                     "To: Alice <alice@example.test>\n"
                                     "Subject: Welcome\n"
                                     "Date: Wed, 01 Jan 2025 09:00:00 +0000\n"
                                     "Message-ID: <welcome-1@example.test>\n"
                                     "MIME-Version: 1.0\n"
                                     "Content-Type: text/plain; charset=us-ascii\n"
                                     "\n"
                                     "Hello Alice, this is the first message.\n"},
    {"1735800000.M2P1.ipw-test:2,", "From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@example.test>\n"
                                    "To: alice@example.test\n"
                                    "Subject: =?UTF-8?B?44GT44KT44Gr44Gh44Gv?=\n"
                                    "Date: Thu, 02 Jan 2025 10:30:00 +0900\n"
                                    "Message-ID: <konnichiwa-2@example.test>\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=UTF-8\n"
                                    "Content-Transfer-Encoding: 8bit\n"
                                    "\n"
                                    "\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf\n"},
    {"1735900000.M3P1.ipw-test:2,FS", "From: Carol <carol@example.test>\n"
                                      "To: Alice <alice@example.test>\n"
                                      "Subject: Meeting notes\n"
                                      "Date: Fri, 03 Jan 2025 15:45:00 +0100\n"
                                      "Message-ID: <notes-3@example.test>\n"
                                      "MIME-Version: 1.0\n"
                                      "Content-Type: text/plain; charset=us-ascii\n"
                                      "\n"
                                      "Notes attached in spirit.\n"},
};

// Maildir++ directories (".Archive.2025" is "Archive/2025" with the namespace separator "/").
const char *const folderDirs[] = {".Sent", ".Archive", ".Archive.2025"};
const char *const folderNames[] = {"INBOX", "Sent", "Archive", "Archive/2025"};

QString twoHundredCharacters()
{
    // Printable ASCII without ':' (passwd-file's separator is irrelevant here since the file holds hashes, but
    // keep the password usable with any test file format).
    const QString pattern = QStringLiteral("Long-Password_0123456789-abcdefghijklmnopqrstuvwxyz.");
    QString result;
    while (result.size() < 200)
        result += pattern;
    result.truncate(200);
    return result;
}

QList<MailUser> allUsers()
{
    return {
        {QStringLiteral("alice@example.test"), QStringLiteral("Alice-Test-Password-1"), QStringLiteral("plain")},
        {QStringLiteral("quotes@example.test"), QStringLiteral("say \"cheese\" now"), QStringLiteral("double quotes")},
        {QStringLiteral("backslash@example.test"), QStringLiteral("C:\\no\\where\\"), QStringLiteral("backslashes")},
        {QStringLiteral("spaces@example.test"), QStringLiteral(" two  spaces and a trailing one "),
         QStringLiteral("spaces, leading and trailing")},
        {QStringLiteral("unicode@example.test"), QStringLiteral("パスワードは秘密café"),
         QStringLiteral("non-ASCII (Japanese and é)")},
        {QStringLiteral("symbols@example.test"), QStringLiteral("{5}%*()[]<>'&#!~^$|;=+,./?{3}"),
         QStringLiteral("IMAP-special characters and a trailing literal marker")},
        {QStringLiteral("long@example.test"), twoHundredCharacters(), QStringLiteral("exactly 200 characters")},
    };
}

// {SSHA256}: base64(SHA-256(password + salt) + salt). Dovecot compares the bytes the client sent, so the hash is
// over UTF-8. Hashing keeps the passwords out of the files Dovecot reads.
QByteArray ssha256(const QString &password)
{
    QByteArray salt(8, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray salted = password.toUtf8() + salt;
    const QByteArray hashAndSalt = QCryptographicHash::hash(salted, QCryptographicHash::Sha256) + salt;
    return QByteArrayLiteral("{SSHA256}") + hashAndSalt.toBase64();
}

bool chownTree(const QString &path, uint uid, uint gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    const QDir dir(path);
    if (!QFileInfo(path).isDir())
        return true;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!chownTree(entry.filePath(), uid, gid))
            return false;
    }
    return true;
}

// As root, Dovecot's unprivileged users must be able to reach the directory (a TMPDIR under /root would not do).
bool traversableByAll(const QString &path)
{
    for (QFileInfo info(path); !info.isRoot(); info = QFileInfo(info.absolutePath())) {
        if (!info.exists() || !(info.permissions() & QFile::ExeOther))
            return false;
    }
    return true;
}

enum class Greeting { Ready, NotYet, Bad };

// Reads the first line on a listener: what a client sees first. Right after start, the login process may say
// "* OK Waiting for authentication process to respond.." before the real greeting: that is NotYet.
Greeting readGreeting(const QString &host, quint16 port, bool tls, bool imap, const QSslCertificate &expected,
                      QString *seen)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(TestPki::instance().caCertificates());
    socket.setSslConfiguration(config);
    // The certificate is the one we configured, good or bad on purpose: accept exactly that one.
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, &expected](const QList<QSslError> &errors) {
        if (socket.peerCertificate() == expected)
            socket.ignoreSslErrors(errors);
    });
    if (tls)
        socket.connectToHostEncrypted(host, port, QStringLiteral("localhost"));
    else
        socket.connectToHost(host, port);
    if (!(tls ? socket.waitForEncrypted(3000) : socket.waitForConnected(3000))) {
        *seen = socket.errorString();
        return Greeting::NotYet;
    }
    QDeadlineTimer deadline(3000);
    while (!socket.canReadLine() && !deadline.hasExpired())
        socket.waitForReadyRead(int(deadline.remainingTime()));
    const QByteArray line = socket.readLine();
    *seen = QString::fromUtf8(line).trimmed();
    if (line.contains("Waiting for authentication") || line.isEmpty())
        return Greeting::NotYet;
    return line.startsWith(imap ? "* OK " : "220 ") ? Greeting::Ready : Greeting::Bad;
}

QString findDovecot()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    if (path.isEmpty())  // /usr/sbin is not in an ordinary user's PATH on Debian
        path = QStandardPaths::findExecutable(QStringLiteral("dovecot"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                               QStringLiteral("/sbin"), QStringLiteral("/opt/homebrew/sbin")});
    return path;
}

std::mutex instancesMutex;
std::map<DovecotFixture::Certificate, DovecotFixture *> instances;
DovecotFixture *oauthFixture = nullptr;  // oauthInstance(), also guarded by instancesMutex

// IPW_FIXTURE_TRACE=1 prints how long each step of the start took.
void trace(const QString &what)
{
    static const bool enabled = qEnvironmentVariableIntValue("IPW_FIXTURE_TRACE") != 0;
    static QElapsedTimer timer;
    if (!enabled)
        return;
    if (!timer.isValid())
        timer.start();
    std::fprintf(stderr, "[DovecotFixture %6lld ms] %s\n", static_cast<long long>(timer.elapsed()), qPrintable(what));
}

// At exit: stop every Dovecot and remove its directory; then (from atexit, the last chance) free the fixtures too,
// as the registry itself is destroyed after that (LeakSanitizer would report them).
void shutDownAll(bool destroy)
{
    std::lock_guard lock(instancesMutex);
    for (auto &[certificate, fixture] : instances) {
        fixture->shutDown();
        if (destroy)
            delete fixture;
    }
    if (oauthFixture) {
        oauthFixture->shutDown();
        if (destroy) {
            delete oauthFixture;
            oauthFixture = nullptr;
        }
    }
    if (destroy)
        instances.clear();
}

// Once per process, under instancesMutex: stop every Dovecot at exit.
void registerShutDown()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    // Stopped from a QCoreApplication post routine and from atexit, whichever comes first, so the QProcess is not torn
    // down in static destruction order after Qt is gone.
    qAddPostRoutine([] { shutDownAll(false); });
    std::atexit([] { shutDownAll(true); });
}

}  // namespace

DovecotFixture &DovecotFixture::instance(Certificate certificate)
{
    std::lock_guard lock(instancesMutex);
    registerShutDown();
    DovecotFixture *&fixture = instances[certificate];
    if (!fixture)
        fixture = new DovecotFixture(certificate);
    return *fixture;
}

DovecotFixture &DovecotFixture::oauthInstance()
{
    // The authorization server first (its own lock), so that the config can name its introspection URL.
    OAuthServerFixture &server = OAuthServerFixture::shared();
    std::lock_guard lock(instancesMutex);
    registerShutDown();
    if (!oauthFixture) {
        oauthFixture = new DovecotFixture(Certificate::Valid, true, server.introspectionUrl(), server.error());
    }
    return *oauthFixture;
}

DovecotFixture::DovecotFixture(Certificate certificate)
    : DovecotFixture(certificate, false, QUrl(), QString())
{
}

DovecotFixture::DovecotFixture(Certificate certificate, bool oauth, const QUrl &introspectionUrl,
                               const QString &oauthServerError)
    : m_certificate(certificate)
    , m_oauth(oauth)
    , m_introspectionUrl(introspectionUrl)
{
    if (oauth && !oauthServerError.isEmpty()) {
        m_error = QStringLiteral("the OAuth test server did not start: ") + oauthServerError;
        return;
    }
    QElapsedTimer started;
    started.start();
    trace(QStringLiteral("start"));
    if (!prepare())
        return;
    // A port picked by freePort() may be taken before Dovecot binds it (tests run in parallel): try new ones.
    for (int attempt = 0; attempt < 5; ++attempt) {
        switch (startOnce()) {
        case Start::Ready:
            m_startupMs = started.elapsed();
            return;
        case Start::Failed:
            return;
        case Start::PortTaken:
            continue;
        }
    }
    m_error = QStringLiteral("Dovecot found its ports taken five times in a row:\n") + logTail();
}

DovecotFixture::~DovecotFixture()
{
    stop();
}

bool DovecotFixture::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DovecotFixture::prepare()
{
    const TestPki &pki = TestPki::instance();
    if (!pki.ok()) {
        m_error = QStringLiteral("test PKI: ") + pki.error();
        return false;
    }
    m_dovecot = findDovecot();
    if (m_dovecot.isEmpty()) {
        m_error = QStringLiteral("dovecot not found (Debian: apt-get install dovecot-imapd dovecot-submissiond)");
        return false;
    }

    // Dovecot's UNIX sockets live in base_dir, and a socket path has at most 107 bytes: keep the directory short.
    // ::1 too where the machine has it, so that "localhost" finds Dovecot at whichever address it resolves to first.
    {
        QTcpServer probe;
        m_ipv6 = probe.listen(QHostAddress::LocalHostIPv6, 0);
    }
    m_root = ::geteuid() == 0;
    QString tempRoot = QDir::tempPath();
    if (tempRoot.size() > 40 || (m_root && !traversableByAll(tempRoot)))
        tempRoot = QStringLiteral("/tmp");
    m_dir = makeOwnedTempDir(tempRoot, QStringLiteral("ipw-dovecot"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QDir dir(m_dir->path());

    if (m_root) {
        // As root, Dovecot runs its processes as its own users (dovecot, dovenull) and refuses mail access as
        // root: the mail belongs to the dovecot user, and those users must be able to enter the directory.
        const passwd *pw = ::getpwnam("dovecot");
        if (!pw) {
            m_error = QStringLiteral("running as root but there is no 'dovecot' user (is dovecot-core installed?)");
            return false;
        }
        m_mailUid = pw->pw_uid;
        m_mailGid = pw->pw_gid;
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    } else {
        m_mailUid = ::getuid();
        m_mailGid = ::getgid();
        const passwd *pw = ::getpwuid(m_mailUid);
        const group *gr = ::getgrgid(m_mailGid);
        if (!pw || !gr) {
            m_error = QStringLiteral("cannot find the name of uid %1 / gid %2").arg(m_mailUid).arg(m_mailGid);
            return false;
        }
        m_userName = QString::fromLocal8Bit(pw->pw_name);
        m_groupName = QString::fromLocal8Bit(gr->gr_name);
    }

    trace(QStringLiteral("test PKI ready"));
    // Users: passwd-file lines user:{SSHA256}hash:uid:gid::home::
    QByteArray users;
    int index = 0;
    for (const MailUser &user : allUsers()) {
        const QString home = dir.filePath(QStringLiteral("home/%1").arg(index++));
        users += user.name.toUtf8() + ':' + ssha256(user.password) + ':' + QByteArray::number(m_mailUid) + ':' +
                 QByteArray::number(m_mailGid) + "::" + QFile::encodeName(home) + "::\n";
        const QString maildir = home + QStringLiteral("/Maildir");
        QStringList boxes = {maildir};
        if (user.name == mainUser().name) {
            for (const char *folder : folderDirs)
                boxes << maildir + QLatin1Char('/') + QLatin1String(folder);
        }
        for (const QString &box : boxes) {
            for (const char *sub : {"cur", "new", "tmp"}) {
                if (!dir.mkpath(box + QLatin1Char('/') + QLatin1String(sub))) {
                    m_error = QStringLiteral("cannot create %1").arg(box);
                    return false;
                }
            }
        }
        if (user.name == mainUser().name) {
            for (const Message &message : inboxMessages) {
                if (!writeFile(maildir + QStringLiteral("/cur/") + QLatin1String(message.file), message.text))
                    return false;
            }
        }
    }
    const QString usersFile = dir.filePath(QStringLiteral("users"));
    if (!writeFile(usersFile, users))
        return false;
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (m_root)
        permissions |= QFile::ReadGroup;
    QFile::setPermissions(usersFile, permissions);
    for (const char *sub : {"run", "state"})
        dir.mkpath(QLatin1String(sub));

    // The auth process reads the users file as the dovecot user; mail processes own the maildirs.
    if (m_root && (::chown(QFile::encodeName(usersFile).constData(), 0, m_mailGid) != 0 ||
                   !chownTree(dir.filePath(QStringLiteral("home")), m_mailUid, m_mailGid))) {
        m_error = QStringLiteral("cannot hand the mail files to the dovecot user");
        return false;
    }
    return true;
}

bool DovecotFixture::writeConfig()
{
    const TestPki &pki = TestPki::instance();
    QString config = QString::fromUtf8(configTemplate);
    const bool oauth = m_oauth;
    config.replace(QStringLiteral("@OAUTH_MECHANISMS@"), oauth ? dovecotOAuthMechanisms() : QString());
    config.replace(QStringLiteral("@PASSWORD_MECHANISMS@"), oauth ? dovecotPasswordPassdbMechanisms() : QString());
    const QString oauthSettingsFile = m_dir->filePath(QStringLiteral("dovecot-oauth2.conf.ext"));
    config.replace(QStringLiteral("@OAUTH_PASSDB@"), oauth ? dovecotOAuthPassdb(oauthSettingsFile) : QString());
    if (oauth && !writeFile(oauthSettingsFile, dovecotOAuth2Settings(m_introspectionUrl)))
        return false;
    config.replace(QStringLiteral("@UNPRIVILEGED@"), m_root ? QString() : QString::fromUtf8(unprivilegedTemplate));
    config.replace(QStringLiteral("@NO_CHROOT@"), m_root ? QString() : QStringLiteral("  chroot =\n"));
    config.replace(QStringLiteral("@LISTEN_IPV6@"), m_ipv6 ? QStringLiteral(", ::1") : QString());
    config.replace(QStringLiteral("@DIR@"), m_dir->path());
    const CertAndKey presented = serverCertificate();
    if (presented.certFile.isEmpty()) {
        m_error = QStringLiteral("test PKI: ") + pki.error();
        return false;
    }
    config.replace(QStringLiteral("@CERT@"), presented.certFile);
    config.replace(QStringLiteral("@KEY@"), presented.keyFile);
    config.replace(QStringLiteral("@UID@"), QString::number(m_mailUid));
    config.replace(QStringLiteral("@GID@"), QString::number(m_mailGid));
    config.replace(QStringLiteral("@USER@"), m_userName);
    config.replace(QStringLiteral("@GROUP@"), m_groupName);
    config.replace(QStringLiteral("@IMAPS_PORT@"), QString::number(imapsPort()));
    config.replace(QStringLiteral("@IMAP_PORT@"), QString::number(imapStarttlsPort()));
    config.replace(QStringLiteral("@SUBMISSIONS_PORT@"), QString::number(submissionsPort()));
    config.replace(QStringLiteral("@SUBMISSION_PORT@"), QString::number(submissionStarttlsPort()));
    config.replace(QStringLiteral("@SUBMISSION_PORT@"), QString::number(submissionStarttlsPort()));
    return writeFile(m_dir->filePath(QStringLiteral("dovecot.conf")), config.toUtf8());
}

DovecotFixture::Start DovecotFixture::startOnce()
{
    ++m_startAttempts;
    // Four distinct ports nothing listens on right now. IPW_DOVECOT_FIRST_PORTS=a,b,c,d forces the first attempt's
    // ports (imaps, imap, submissions, submission): the smoke test uses it to prove the retry on a taken port.
    QList<quint16> ports;
    if (m_startAttempts == 1) {
        for (const QString &text : qEnvironmentVariable("IPW_DOVECOT_FIRST_PORTS").split(QLatin1Char(','))) {
            if (const quint16 port = text.toUShort())
                ports << port;
        }
        if (ports.size() != 4)
            ports.clear();
    }
    while (ports.size() < 4) {
        const quint16 port = freePort();
        if (port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return Start::Failed;
        }
        if (!ports.contains(port))
            ports << port;
    }
    std::copy(ports.begin(), ports.end(), m_ports);
    if (!writeConfig())
        return Start::Failed;

    trace(QStringLiteral("files written"));
    const qint64 logOffset = QFileInfo(logFile()).size();
    delete m_process;
    m_process = new QProcess;
    // Never inherit the test runner's stdout/stderr (ctest would wait for Dovecot to close them).
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(logFile(), QIODevice::Append);
    m_process->setStandardErrorFile(logFile(), QIODevice::Append);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
    // Dovecot dies with the test process, however that ends (abort, SIGKILL by a ctest timeout); Dovecot's own
    // children notice their master is gone and exit.
#ifdef __linux__
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
        if (::getppid() != parent)
            ::_exit(1);
    });
    // -F: stay in the foreground, so the process we started is the master and its pid is ours to kill.
    m_process->start(m_dovecot,
                     {QStringLiteral("-F"), QStringLiteral("-c"), m_dir->filePath(QStringLiteral("dovecot.conf"))});
    trace(QStringLiteral("dovecot started"));
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_dovecot, m_process->errorString());
        return Start::Failed;
    }

    struct Listener {
        quint16 port;
        bool tls, imap;
    };
    const Listener listeners[] = {{imapStarttlsPort(), false, true},
                                  {imapsPort(), true, true},
                                  {submissionStarttlsPort(), false, false},
                                  {submissionsPort(), true, false}};
    QDeadlineTimer deadline(20000);
    // 127.0.0.1 only: the master binds every listener (127.0.0.2 too) before it serves any, or exits, and the same
    // login processes serve both addresses.
    for (const QString &host : {QStringLiteral("127.0.0.1")}) {
        for (const Listener &listener : listeners) {
            for (;;) {
                if (m_process->state() == QProcess::NotRunning ||
                    m_process->waitForFinished(0)) {  // exited: a port was taken, or a configuration error
                    QFile log(logFile());
                    log.open(QIODevice::ReadOnly);
                    log.seek(logOffset);
                    const QByteArray output = log.readAll();
                    if (output.contains("Address already in use"))
                        return Start::PortTaken;
                    m_error = QStringLiteral("Dovecot exited at start:\n") + logTail();
                    return Start::Failed;
                }
                QString seen;
                const Greeting greeting =
                    readGreeting(host, listener.port, listener.tls, listener.imap, serverCertificate().cert, &seen);
                if (greeting == Greeting::Ready) {
                    trace(QStringLiteral("%1:%2 ready").arg(host).arg(listener.port));
                    break;
                }
                if (!seen.isEmpty())
                    trace(QStringLiteral("%1:%2 not yet: %3").arg(host).arg(listener.port).arg(seen));
                if (greeting == Greeting::Bad || deadline.hasExpired()) {
                    m_error = QStringLiteral("Dovecot on %1:%2 said \"%3\"\n%4")
                                  .arg(host)
                                  .arg(listener.port)
                                  .arg(seen, logTail());
                    stop();
                    return Start::Failed;
                }
                QThread::msleep(20);
            }
        }
    }
    return Start::Ready;
}

void DovecotFixture::shutDown()
{
    stop();
    m_dir.reset();
}

void DovecotFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(5000);
    }
    delete m_process;
    m_process = nullptr;
}

bool DovecotFixture::masterRunning() const
{
    if (!m_process || m_process->processId() <= 0)
        return false;
    // QProcess notices an exit only from its event loop; /proc shows it at once (a zombie is dead too).
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly)) {
        static const bool haveProc = QFileInfo::exists(QStringLiteral("/proc/self/stat"));
        return !haveProc && m_process->state() == QProcess::Running;
    }
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

QString DovecotFixture::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!masterRunning())
        return QStringLiteral("Dovecot is not running (stopped, or it died):\n") + logTail();
    return QString();
}

CertAndKey DovecotFixture::serverCertificate() const
{
    const TestPki &pki = TestPki::instance();
    switch (m_certificate) {
    case Certificate::Valid:
        return pki.server();
    case Certificate::Expired:
        return pki.expired();
    case Certificate::NotYetValid:
        return pki.notYetValid();
    case Certificate::SelfSigned:
        return pki.selfSigned();
    case Certificate::OtherCa:
        return pki.otherCaServer();
    }
    return CertAndKey();
}

QString DovecotFixture::caFile() const
{
    return TestPki::instance().caFile();
}

QList<QSslCertificate> DovecotFixture::caCertificates() const
{
    return TestPki::instance().caCertificates();
}

MailUser DovecotFixture::mainUser() const
{
    return allUsers().constFirst();
}

QList<MailUser> DovecotFixture::awkwardUsers() const
{
    return allUsers().mid(1);
}

int DovecotFixture::inboxMessageCount() const
{
    return int(std::size(inboxMessages));
}

int DovecotFixture::folderCount() const
{
    return int(std::size(folderNames));
}

int DovecotFixture::topLevelFolderCount() const
{
    return int(std::count_if(std::begin(folderNames), std::end(folderNames),
                             [](const char *name) { return !QByteArrayView(name).contains('/'); }));
}

QStringList DovecotFixture::folders() const
{
    QStringList names;
    for (const char *name : folderNames)
        names << QString::fromLatin1(name);
    return names;
}

QString DovecotFixture::logFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("dovecot.log")) : QString();
}

QString DovecotFixture::logTail(int lines) const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    return all.mid(std::max(0, int(all.size()) - lines - 1)).join(QLatin1Char('\n'));
}

qint64 DovecotFixture::masterPid() const
{
    return m_process ? m_process->processId() : 0;
}

QString DovecotFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

}  // namespace ipw::test
