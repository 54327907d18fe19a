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
    static const int statuses[] = {0, 200, 201, 302, 307, 308, 400, 401, 403, 500, 503};
    reply.httpStatus = statuses[data[0] % 11];
    reply.tooLarge = (data[1] & 2) != 0;  // cut off past TokenResponse::kMaxBytes: always a failure
    reply.contentType = (data[1] & 1) ? "application/json" : "application/x-www-form-urlencoded";
    if (reply.httpStatus == 0)
        reply.networkError = QNetworkReply::ConnectionRefusedError;
    reply.body = QByteArray(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    const auto r = ipw::TokenResponse::parse(reply);
    if (!r.failure && r.tokens.accessToken.isEmpty())
        std::abort();
    // Never tokens from a redirect (it is not followed) or from an answer that was cut off.
    if (!r.failure && (reply.tooLarge || (reply.httpStatus >= 300 && reply.httpStatus < 400)))
        std::abort();
    // The description must not echo the body. A body that happens to be part of one of the parser's own fixed
    // sentences ("access_tok" in "the answer has no access_token") is not an echo.
    const QByteArray fixedTexts[] = {"the answer has no access_token",
                                     "the token endpoint's answer is not a JSON object",
                                     "the token endpoint's answer is larger than 64 KiB",
                                     "the token endpoint answered HTTP " + QByteArray::number(reply.httpStatus) +
                                         " (a redirect): not followed, nothing was sent on"};
    const bool partOfFixedText = std::any_of(std::begin(fixedTexts), std::end(fixedTexts),
                                             [&](const QByteArray &text) { return text.contains(reply.body); });
    if (r.failure && r.failure->error != ipw::OAuthError::TokenRejected && reply.body.size() > 8 && !partOfFixedText &&
        r.failure->description.toUtf8().contains(reply.body))
        std::abort();
    return 0;
}
