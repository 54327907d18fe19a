#pragma once

#include <QString>

namespace ipw::test {

/// Paths the test binaries get from CTest's environment (see tests/CMakeLists.txt).
QString sourceDir();      ///< the project's root
QString sharedDataDir();  ///< tests/data: real server replies and ISPDB samples that several test areas read
QString testDataDir();    ///< tests/<area>/data of the test being run

}  // namespace ipw::test
