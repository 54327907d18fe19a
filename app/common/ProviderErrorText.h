#pragma once

#include "providers/ProviderFileError.h"

#include <QString>

namespace ipw {

/// One localized sentence for a provider file error, naming the file and the field (CLI and wizard both use it).
///
///     describeProviderFileError({Kind::BadPort, u"docomo.json"_s, u"imap.port"_s});
///     // "docomo.json: has a value in “imap.port” that is not a port number (1–65535)."
QString describeProviderFileError(const ProviderFileError &error);

}  // namespace ipw
