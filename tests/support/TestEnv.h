#pragma once

#include <QString>

namespace ipw::test {

/// Paths the test binaries get from CTest's environment (see tests/CMakeLists.txt).
QString sourceDir();    ///< the project's root
QString sharedDir();    ///< ../shared beside the project (transcripts, ISPDB samples); read-only
QString testDataDir();  ///< tests/<area>/data of the test being run

}  // namespace ipw::test
