// libFuzzer target: the OAuth SASL error challenge (base64 JSON from a possibly hostile server, RFC 7628 §3.2.2),
// over any bytes: as the base64 text a server sends, and as the decoded JSON.
#include "net/OAuthSaslError.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkFields(const ipw::OAuthSaslError &e)
{
    for (const QString *field : {&e.status, &e.schemes, &e.scope, &e.openidConfiguration}) {
        if (field->size() > ipw::OAuthSaslError::kMaxFieldChars)
            std::abort();
        for (const QChar c : *field)
            if (c.category() == QChar::Other_Control || c.isSurrogate())
                std::abort();
    }
    // The one-line form is readable JSON again, with the same fields.
    const auto again = ipw::OAuthSaslError::fromJson(e.json);
    if (!again || again->status != e.status || again->scope != e.scope || e.json.contains('\n'))
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto e = ipw::OAuthSaslError::fromChallenge(input))
        checkFields(*e);
    if (const auto e = ipw::OAuthSaslError::fromJson(input))
        checkFields(*e);
    // The same bytes as a server would encode them: exercises the JSON parser through the base64 path too.
    if (size <= size_t(ipw::OAuthSaslError::kMaxChallengeBytes) * 3 / 4)
        if (const auto e = ipw::OAuthSaslError::fromChallenge(input.toByteArray().toBase64()))
            checkFields(*e);
    return 0;
}
