#pragma once
// A private Secret Service for keychain tests: its own D-Bus session bus and gnome-keyring-daemon, in a temporary
// HOME, started lazily inside the test process. It never touches the real user's keyring, HOME or session bus.
//
//     auto &secrets = ipw::test::SecretServiceFixture::start();   // once per process; later calls return it
//     REQUIRE(secrets.isReady());                                  // INFO(secrets.log()) explains a failure
//     // … use QKeychain / ipw::CredentialStore as usual: they find the private bus through the environment …
//     REQUIRE(secrets.lockDefaultCollection());
//
// Starting it changes the test process's environment: HOME, XDG_RUNTIME_DIR and DBUS_SESSION_BUS_ADDRESS point into
// the temporary directory and XDG_{DATA,CONFIG,CACHE,STATE}_HOME are unset (so QStandardPaths lands in that HOME).
// Both libsecret (GDBus) and QDBusConnection::sessionBus() cache the session bus per process, and qtkeychain picks
// its backend once per process: one process gets one variant. Tests needing another variant live in their own
// test binary.
//
// The bus has a configuration of its own with an empty service directory, so nothing is D-Bus-activated: no second
// gnome-keyring from /usr/share/dbus-1/services, and no gcr-prompter (a locked keyring stays locked instead of
// opening a password dialog). Children die with the test process (PR_SET_PDEATHSIG) and are stopped when the
// QCoreApplication is destroyed; their output goes to log files in the temporary directory, never to ctest's pipes.

#include <QString>

#include <memory>

namespace ipw::test {

class SecretServiceFixture {
public:
    enum class Variant {
        Unlocked,         ///< gnome-keyring with an unlocked default ("login") collection
        Locked,           ///< the same, then the default collection is locked through the Secret Service API
        NoSecretService,  ///< a private session bus on which nothing owns org.freedesktop.secrets
        NoBus,            ///< DBUS_SESSION_BUS_ADDRESS names a socket nobody listens on
    };

    /// Starts the fixture the first time it is called in this process (later calls return the same one; a
    /// different variant in the same process is a test bug and fails the test run with a message).
    static SecretServiceFixture &start(Variant variant = Variant::Unlocked);

    bool isReady() const;
    /// What went wrong while starting, and the daemons' logs, for INFO() in a failed test.
    QString log() const;

    Variant variant() const;
    QString rootDir() const;     ///< the temporary directory holding everything below
    QString homeDir() const;     ///< the HOME the test process (and its children) now have
    QString busAddress() const;  ///< DBUS_SESSION_BUS_ADDRESS the test process now has
    QString keyringPassword() const;

    /// Locks / unlocks the default collection through the Secret Service API (Unlock uses gnome-keyring's
    /// non-interactive UnlockWithMasterPassword, since a prompt cannot be shown here).
    bool lockDefaultCollection(QString *error = nullptr);
    bool unlockDefaultCollection(QString *error = nullptr);
    /// The Secret Service's own view, asked over D-Bus: is the default collection locked?
    bool isDefaultCollectionLocked();

    ~SecretServiceFixture();
    SecretServiceFixture(const SecretServiceFixture &) = delete;
    SecretServiceFixture &operator=(const SecretServiceFixture &) = delete;

    struct Private;

private:
    explicit SecretServiceFixture(Variant variant);
    std::unique_ptr<Private> d;
};

/// True when the shared object of libsecret is mapped into this process (qtkeychain dlopens it when it picks its
/// libsecret backend): proves the tests exercise the Secret Service and not KWallet or a plaintext fallback.
bool libsecretLoaded();

}  // namespace ipw::test
