// Any bytes: Provider::fromJsonBytes either gives a provider that survives toJson → fromJson unchanged, or a typed
// error.
#include "providers/Provider.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ipw::ProviderFileError error;
    const auto provider = ipw::Provider::fromJsonBytes(bytes, QStringLiteral("fuzz.json"), &error);
    if (provider) {
        const auto again = ipw::Provider::fromJson(provider->toJson(), QStringLiteral("fuzz.json"), &error);
        if (!again || !(*again == *provider))
            std::abort();
    }
    return 0;
}
