#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ipw::test {

/// A new temporary directory `<tempRoot>/<prefix>-XXXXXX` that records the process owning it, after removing the
/// directories of the same prefix left by test processes that died without cleaning up (abort, SIGKILL by a ctest
/// timeout). Directories of live processes, or without an owner record, are left alone.
std::unique_ptr<QTemporaryDir> makeOwnedTempDir(const QString &tempRoot, const QString &prefix);

/// Removes a directory another process left behind, safely when other processes may be removing it too.
bool removeTempDir(const QString &path);

}  // namespace ipw::test
