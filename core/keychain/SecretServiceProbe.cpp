#include "keychain/SecretServiceProbe.h"

#ifdef IPW_KEYCHAIN_DBUS_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <atomic>
#endif

using namespace Qt::StringLiterals;

namespace ipw {

SecretServiceProbe::SecretServiceProbe(QObject *parent)
    : QObject(parent)
{
}

void SecretServiceProbe::start()
{
    QMetaObject::invokeMethod(this, &SecretServiceProbe::run, Qt::QueuedConnection);
}

void SecretServiceProbe::done(SecretServiceState state)
{
#ifdef IPW_KEYCHAIN_DBUS_PROBE
    if (!m_connectionName.isEmpty()) {
        QDBusConnection::disconnectFromBus(m_connectionName);
        m_connectionName.clear();
    }
#endif
    m_state = state;
    Q_EMIT finished(state);
}

#ifndef IPW_KEYCHAIN_DBUS_PROBE

void SecretServiceProbe::run()
{
    done(SecretServiceState::Unknown);
}

#else

namespace {
const QString kSecrets = u"org.freedesktop.secrets"_s;
constexpr int kTimeoutMs = 3000;
}  // namespace

void SecretServiceProbe::run()
{
    static std::atomic<int> counter{0};
    m_connectionName = u"ipw-secret-service-probe-%1"_s.arg(counter++);
    // Reads DBUS_SESSION_BUS_ADDRESS now (sessionBus() would have cached it at first use).
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        done(SecretServiceState::NoBus);
        return;
    }
    QDBusMessage hasOwner = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                           u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner << kSecrets;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(hasOwner, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, bus](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> owned = *w;
        if (owned.isError()) {
            done(SecretServiceState::Unknown);
            return;
        }
        if (!owned.value()) {
            done(SecretServiceState::NotRunning);
            return;
        }
        // The "default" alias is where qtkeychain (libsecret's SECRET_COLLECTION_DEFAULT) stores.
        QDBusMessage locked = QDBusMessage::createMethodCall(kSecrets, u"/org/freedesktop/secrets/aliases/default"_s,
                                                             u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        locked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        auto *next = new QDBusPendingCallWatcher(bus.asyncCall(locked, kTimeoutMs), this);
        connect(next, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w2) {
            w2->deleteLater();
            const QDBusPendingReply<QDBusVariant> reply = *w2;
            if (reply.isError()) {
                done(SecretServiceState::Unknown);
                return;
            }
            done(reply.value().variant().toBool() ? SecretServiceState::Locked : SecretServiceState::Unlocked);
        });
    });
}

#endif

}  // namespace ipw
