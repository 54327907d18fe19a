#pragma once

#include <QString>
#include <QStringList>

namespace ipw::test {

/// Every file below `root` (a fixture's HOME, XDG_RUNTIME_DIR, the daemons' logs) that contains `secret` as UTF-8,
/// UTF-16 or Base64: the proof that a password or token was written nowhere. Never prints the secret.
///
///     CHECK(filesContaining(secrets.rootDir(), password).isEmpty());
///     CHECK(filesContaining(secrets.rootDir(), address).contains(store.filePath()));   // the search does work
QStringList filesContaining(const QString &root, const QString &secret);

}  // namespace ipw::test
