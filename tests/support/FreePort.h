#pragma once

#include <QHostAddress>

namespace ipw::test {

/// A TCP port on `address` that nothing listens on right now (the kernel picks it: bind to port 0).
/// Another process may take it before the caller binds it; fixtures retry with a new port when that happens.
quint16 freePort(const QHostAddress &address = QHostAddress::LocalHost);

}  // namespace ipw::test
