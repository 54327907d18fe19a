#pragma once

#include <QString>

namespace ipw {

/// What this build is, for --version and the About box.
///
///     qInfo() << ipw::BuildInfo::version() << ipw::BuildInfo::tlsLibrary();
struct BuildInfo {
    static QString version();     ///< the project's version, e.g. "0.1.0"
    static QString qtVersion();   ///< the Qt runtime in use (qVersion()), not the one built against
    static QString tlsLibrary();  ///< the TLS library Qt loaded at run time, e.g. "OpenSSL 3.0.11 19 Sep 2023"
};

}  // namespace ipw
