#pragma once

#include <QObject>

namespace ipw {

/// What the session bus says about the Secret Service, asked after a keychain operation failed: qtkeychain 0.13
/// reports most Secret Service failures as OtherError, and a read from a locked collection as EntryNotFound, so
/// the state of the bus is what tells "no D-Bus", "no Secret Service" and "locked" apart (never its error texts).
enum class SecretServiceState {
    Unknown,     ///< not asked (no D-Bus Secret Service on this platform) or no clear answer
    NoBus,       ///< no session bus could be reached
    NotRunning,  ///< nothing owns org.freedesktop.secrets
    Locked,      ///< the default collection is locked
    Unlocked,    ///< the default collection is there and unlocked
};

/// Asks once, on a private connection (never the cached QDBusConnection::sessionBus()); read-only, so it never
/// triggers an unlock prompt. start() returns to the event loop first; exactly one finished() follows.
class SecretServiceProbe : public QObject {
    Q_OBJECT
public:
    explicit SecretServiceProbe(QObject *parent = nullptr);
    void start();
    SecretServiceState state() const { return m_state; }

Q_SIGNALS:
    void finished(ipw::SecretServiceState state);

private:
    void run();
    void done(SecretServiceState state);

    SecretServiceState m_state = SecretServiceState::Unknown;
    QString m_connectionName;
};

}  // namespace ipw
