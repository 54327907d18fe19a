#include "SecretServiceFixture.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipw::test {
namespace {

const QString kSecretsName = u"org.freedesktop.secrets"_s;
const QString kSecretsPath = u"/org/freedesktop/secrets"_s;
const QString kServiceInterface = u"org.freedesktop.Secret.Service"_s;
const QString kFixtureConnection = u"ipw-secret-service-fixture"_s;

// The bus accepts only our own uid (EXTERNAL auth) and activates nothing: <servicedir> is an empty directory.
QByteArray busConfig(const QString &socketPath, const QString &serviceDir)
{
    return QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <servicedir>%2</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
        .arg(socketPath, serviceDir)
        .toUtf8();
}

// Our daemons must not outlive a test process that crashes or is killed by ctest's timeout.
void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning) {
        return;
    }
    process->terminate();
    if (!process->waitForFinished(2000)) {
        process->kill();
        process->waitForFinished(2000);
    }
}

QString readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

std::unique_ptr<SecretServiceFixture> &instanceSlot()
{
    static std::unique_ptr<SecretServiceFixture> slot;
    return slot;
}

void destroyInstance()
{
    instanceSlot().reset();
}

// A test process killed by SIGKILL (ctest's timeout, a crash) cannot remove its temporary directory; its daemons
// died with it (PR_SET_PDEATHSIG). Remove such leftovers of ours whose owner process is gone.
void removeStaleDirectories(const QString &base)
{
    const QDir dir(base);
    for (const QString &name : dir.entryList({u"ipw-secrets-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile pidFile(dir.filePath(name + u"/owner.pid"_s));
        if (!pidFile.open(QIODevice::ReadOnly)) {
            continue;  // not ours, or still being set up
        }
        bool ok = false;
        const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong(&ok));
        if (ok && pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
            QDir(dir.filePath(name)).removeRecursively();
        }
    }
}

}  // namespace

struct SecretServiceFixture::Private {
    Variant variant = Variant::Unlocked;
    QTemporaryDir root{shortTempTemplate()};
    QString home, runtimeDir, serviceDir, socketPath, address;
    QString keyringPassword = u"fixture-keyring-password"_s;
    QProcess bus, keyring;
    QString errors;
    bool ready = false;

    static QString shortTempTemplate()
    {
        // A unix socket path must fit in 108 bytes; a long TMPDIR would not leave room.
        QString base = QDir::tempPath();
        if (base.size() > 60) {
            base = u"/tmp"_s;
        }
        return base + u"/ipw-secrets-XXXXXX"_s;
    }

    QDBusConnection connection() const { return QDBusConnection(kFixtureConnection); }

    void fail(const QString &message) { errors += message + u'\n'; }

    bool startProcess(QProcess &process, const QString &program, const QStringList &args, const QString &logName)
    {
        process.setProgram(program);
        process.setArguments(args);
        process.setWorkingDirectory(root.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(root.filePath(logName));
        process.setChildProcessModifier(dieWithParent);
        process.start();
        if (!process.waitForStarted(5000)) {
            fail(program + u": "_s + process.errorString());
            return false;
        }
        return true;
    }

    bool waitForBus()
    {
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (bus.state() == QProcess::NotRunning) {
                fail(u"dbus-daemon exited early"_s);
                return false;
            }
            if (QFile::exists(socketPath)) {
                QDBusConnection c = QDBusConnection::connectToBus(address, kFixtureConnection);
                if (c.isConnected()) {
                    return true;
                }
                QDBusConnection::disconnectFromBus(kFixtureConnection);
            }
            QThread::msleep(20);
        }
        fail(u"the private bus did not come up within 10 s"_s);
        return false;
    }

    bool waitForSecrets()
    {
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            if (keyring.state() == QProcess::NotRunning) {
                fail(u"gnome-keyring-daemon exited early"_s);
                return false;
            }
            if (connection().interface()->isServiceRegistered(kSecretsName)) {
                return true;
            }
            QThread::msleep(20);
        }
        fail(u"nothing owned org.freedesktop.secrets within 15 s"_s);
        return false;
    }

    QDBusMessage call(const QString &interface, const QString &method, const QVariantList &args,
                      const QString &path = kSecretsPath)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(kSecretsName, path, interface, method);
        message.setArguments(args);
        return connection().call(message, QDBus::Block, 10000);
    }

    QString defaultCollectionPath(QString *error)
    {
        const QDBusMessage reply = call(kServiceInterface, u"ReadAlias"_s, {u"default"_s});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            if (error) {
                *error = u"ReadAlias: "_s + reply.errorMessage();
            }
            return QString();
        }
        return qdbus_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
    }

    void start();
};

void SecretServiceFixture::Private::start()
{
    if (!root.isValid()) {
        fail(u"cannot create a temporary directory: "_s + root.errorString());
        return;
    }
    {
        QFile pidFile(root.filePath(u"owner.pid"_s));
        if (pidFile.open(QIODevice::WriteOnly)) {
            pidFile.write(QByteArray::number(qint64(::getpid())));
        }
    }
    removeStaleDirectories(QFileInfo(root.path()).absolutePath());
    home = root.filePath(u"home"_s);
    runtimeDir = root.filePath(u"run"_s);
    serviceDir = root.filePath(u"services"_s);
    socketPath = runtimeDir + u"/bus"_s;
    address = u"unix:path="_s + socketPath;
    for (const QString &dir : {home, runtimeDir, serviceDir}) {
        QDir().mkpath(dir);
    }
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Before anything in this process touches a session bus or QStandardPaths. Children inherit it.
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir));
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        qunsetenv(name);
    }
    if (variant == Variant::NoBus) {
        // A socket path in our own directory that nothing listens on.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + runtimeDir + u"/no-bus-here"_s));
        ready = true;
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());

    const QString configPath = root.filePath(u"bus.conf"_s);
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(busConfig(socketPath, serviceDir)) < 0) {
        fail(u"cannot write "_s + configPath);
        return;
    }
    config.close();

    bus.setStandardInputFile(QProcess::nullDevice());
    if (!startProcess(bus, u"dbus-daemon"_s, {u"--config-file="_s + configPath, u"--nofork"_s, u"--nopidfile"_s},
                      u"dbus-daemon.log"_s) ||
        !waitForBus()) {
        return;
    }
    if (variant == Variant::NoSecretService) {
        ready = true;
        return;
    }

    // --unlock reads the keyring password from stdin up to EOF; the first start creates the "login" keyring
    // (the default collection) with that password in $HOME/.local/share/keyrings.
    if (!startProcess(keyring, u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s},
                      u"gnome-keyring.log"_s)) {
        return;
    }
    keyring.write(keyringPassword.toUtf8());
    keyring.waitForBytesWritten(5000);  // we block below, without an event loop to flush it
    keyring.closeWriteChannel();
    if (!waitForSecrets()) {
        return;
    }
    if (variant == Variant::Locked) {
        QString error;
        ready = false;
        // Locking needs the collection to exist; the daemon creates it right after claiming the name.
        const QDeadlineTimer deadline(5000);
        while (defaultCollectionPath(&error).isEmpty() && !deadline.hasExpired()) {
            QThread::msleep(20);
        }
        const QString path = defaultCollectionPath(&error);
        if (path.isEmpty() || path == u"/"_s) {
            fail(u"no default collection to lock: "_s + error);
            return;
        }
        const QDBusMessage reply =
            call(kServiceInterface, u"Lock"_s, {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(path)})});
        if (reply.type() != QDBusMessage::ReplyMessage) {
            fail(u"Lock: "_s + reply.errorMessage());
            return;
        }
    }
    ready = true;
}

SecretServiceFixture::SecretServiceFixture(Variant variant)
    : d(std::make_unique<Private>())
{
    d->variant = variant;
    d->start();
}

SecretServiceFixture::~SecretServiceFixture()
{
    stopProcess(&d->keyring);
    QDBusConnection::disconnectFromBus(kFixtureConnection);
    stopProcess(&d->bus);
}

SecretServiceFixture &SecretServiceFixture::start(Variant variant)
{
    auto &slot = instanceSlot();
    if (!slot) {
        slot.reset(new SecretServiceFixture(variant));
        // Stopped when the QCoreApplication goes away (our Catch2 main destroys it after the run), before static
        // destructors would run without an application object.
        qAddPostRoutine(destroyInstance);
    } else if (slot->d->variant != variant) {
        std::fprintf(stderr, "SecretServiceFixture: one variant per process (see SecretServiceFixture.h)\n");
        std::abort();
    }
    return *slot;
}

bool SecretServiceFixture::isReady() const
{
    return d->ready;
}

QString SecretServiceFixture::log() const
{
    QString text = d->errors;
    for (const QString &name : {u"dbus-daemon.log"_s, u"gnome-keyring.log"_s}) {
        const QString content = readLog(d->root.filePath(name));
        if (!content.isEmpty()) {
            text += u"--- "_s + name + u'\n' + content;
        }
    }
    return text;
}

SecretServiceFixture::Variant SecretServiceFixture::variant() const
{
    return d->variant;
}
QString SecretServiceFixture::rootDir() const
{
    return d->root.path();
}
QString SecretServiceFixture::homeDir() const
{
    return d->home;
}
QString SecretServiceFixture::busAddress() const
{
    return QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS"));
}
QString SecretServiceFixture::keyringPassword() const
{
    return d->keyringPassword;
}

bool SecretServiceFixture::lockDefaultCollection(QString *error)
{
    const QString path = d->defaultCollectionPath(error);
    if (path.isEmpty()) {
        return false;
    }
    const QDBusMessage reply =
        d->call(kServiceInterface, u"Lock"_s, {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(path)})});
    if (reply.type() != QDBusMessage::ReplyMessage) {
        if (error) {
            *error = u"Lock: "_s + reply.errorMessage();
        }
        return false;
    }
    return isDefaultCollectionLocked();
}

bool SecretServiceFixture::unlockDefaultCollection(QString *error)
{
    const QString path = d->defaultCollectionPath(error);
    if (path.isEmpty()) {
        return false;
    }
    // A "plain" session: the secret travels unencrypted over our private bus, which only this test can reach.
    const QDBusMessage session =
        d->call(kServiceInterface, u"OpenSession"_s, {u"plain"_s, QVariant::fromValue(QDBusVariant(QString()))});
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() < 2) {
        if (error) {
            *error = u"OpenSession: "_s + session.errorMessage();
        }
        return false;
    }
    const QDBusObjectPath sessionPath = qdbus_cast<QDBusObjectPath>(session.arguments().at(1));
    QDBusArgument secret;
    secret.beginStructure();
    secret << sessionPath << QByteArray() << d->keyringPassword.toUtf8() << u"text/plain"_s;
    secret.endStructure();
    const QDBusMessage reply =
        d->call(u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s, u"UnlockWithMasterPassword"_s,
                {QVariant::fromValue(QDBusObjectPath(path)), QVariant::fromValue(secret)});
    if (reply.type() != QDBusMessage::ReplyMessage) {
        if (error) {
            *error = u"UnlockWithMasterPassword: "_s + reply.errorMessage();
        }
        return false;
    }
    return !isDefaultCollectionLocked();
}

bool SecretServiceFixture::isDefaultCollectionLocked()
{
    const QString path = d->defaultCollectionPath(nullptr);
    if (path.isEmpty()) {
        return false;
    }
    const QDBusMessage reply = d->call(u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                                       {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s}, path);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
           qdbus_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
}

bool libsecretLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly)) {
        return false;
    }
    return maps.readAll().contains("/libsecret-1.so");
}

}  // namespace ipw::test
