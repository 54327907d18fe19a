// Any token endpoint answer: TokenResponse::parse gives tokens with an access token, or a typed failure whose
// description never repeats the body (which may hold a token).
#include "oauth/TokenResponse.h"
#include <algorithm>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    ipw::TokenResponse::Reply reply;
    static const int statuses[] = {0, 200, 201, 302, 400, 401, 403, 500, 503};
    reply.httpStatus = statuses[data[0] % 9];
    reply.contentType = (data[1] & 1) ? "application/json" : "application/x-www-form-urlencoded";
    if (reply.httpStatus == 0)
        reply.networkError = QNetworkReply::ConnectionRefusedError;
    reply.body = QByteArray(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    const auto r = ipw::TokenResponse::parse(reply);
    if (!r.failure && r.tokens.accessToken.isEmpty())
        std::abort();
    // The description must not echo the body. A body that happens to be part of one of the parser's own fixed
    // sentences ("access_tok" in "the answer has no access_token") is not an echo.
    static const QByteArray fixedTexts[] = {"the answer has no access_token",
                                            "the token endpoint's answer is not a JSON object"};
    const bool partOfFixedText = std::any_of(std::begin(fixedTexts), std::end(fixedTexts),
                                             [&](const QByteArray &text) { return text.contains(reply.body); });
    if (r.failure && r.failure->error != ipw::OAuthError::TokenRejected && reply.body.size() > 8 && !partOfFixedText &&
        r.failure->description.toUtf8().contains(reply.body))
        std::abort();
    return 0;
}
