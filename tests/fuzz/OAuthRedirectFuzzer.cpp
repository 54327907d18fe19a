// Any request target the loopback listener might receive: AuthorizationResponse::check either ignores it, fails
// with a typed error, or yields a non-empty code, and only with the expected state.
#include "oauth/AuthorizationResponse.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray target(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // As LoopbackReplyHandler turns a request target on its path into callbackReceived() values (PrettyDecoded).
    const QUrl url(QStringLiteral("http://127.0.0.1:1") + QString::fromUtf8(target));
    QVariantMap values;
    for (const auto &[key, value] : QUrlQuery(url.query()).queryItems())
        values.insert(key, value);
    const QString expected = QStringLiteral("s1");
    const auto r = ipw::AuthorizationResponse::check(values, expected);
    if (r.isIgnorable() && (r.failure || !r.code.isEmpty()))
        std::abort();
    if (!r.isIgnorable() && !r.failure) {
        if (r.code.isEmpty())
            std::abort();
        if (ipw::AuthorizationResponse::decodeValue(values.value(QStringLiteral("state")).toString()) != expected)
            std::abort();
    }
    return 0;
}
