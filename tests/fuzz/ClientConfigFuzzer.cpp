// Any bytes: ClientConfig::fromXml either gives servers whose export imports back to the same servers, or a typed
// error.
#include "providers/ClientConfig.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ipw::ProviderFileError error;
    const auto config = ipw::ClientConfig::fromXml(bytes, QStringLiteral("fuzz.xml"), &error);
    if (config) {
        const auto again = ipw::ClientConfig::fromXml(config->toXml(), QStringLiteral("fuzz.xml"), &error);
        if (!again || again->imap != config->imap || again->smtp != config->smtp)
            std::abort();
    }
    return 0;
}
