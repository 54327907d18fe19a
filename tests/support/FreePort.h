#pragma once

#include <QHostAddress>

namespace ipw::test {

/// A TCP port on `address` that nothing listens on right now (the kernel picks it: bind to port 0).
/// Another process may take it before the caller binds it; fixtures retry with a new port when that happens.
/// For a port that must *stay* closed during a test ("connection refused"), use ClosedPort instead.
quint16 freePort(const QHostAddress &address = QHostAddress::LocalHost);

/// A port on 127.0.0.1 that refuses connections for as long as this object lives: a TCP socket bound to it that
/// never listens. Linux answers a connection attempt to a bound socket that does not listen with RST (connection
/// refused), and the socket is bound without SO_REUSEADDR, so no other process (another test running in parallel)
/// can bind the port meanwhile: unlike a freePort() number, it cannot turn into someone else's listener.
///
///     ClosedPort closed;
///     REQUIRE(closed.port() != 0);
///     settings.imap->port = closed.port();   // ConnectionRefused, every time
class ClosedPort {
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort &) = delete;
    ClosedPort &operator=(const ClosedPort &) = delete;

    /// 0 when no socket could be bound.
    quint16 port() const { return m_port; }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

}  // namespace ipw::test
