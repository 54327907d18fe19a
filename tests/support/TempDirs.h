#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ipw::test {

/// A new temporary directory `<tempRoot>/<prefix>-XXXXXX` that records the process owning it, after removing the
/// directories of the same prefix left by test processes that died without cleaning up (abort, SIGKILL by a ctest
/// timeout). Directories of live processes, or without an owner record, are left alone.
std::unique_ptr<QTemporaryDir> makeOwnedTempDir(const QString &tempRoot, const QString &prefix);

}  // namespace ipw::test
