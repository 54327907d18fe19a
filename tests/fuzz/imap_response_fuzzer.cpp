// libFuzzer target: the IMAP response parser must never crash, hang or read out of bounds, whatever the server
// sends, and its results must be consistent (what it consumed is within the input).
#include "net/ImapParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small limit too, so that the "too long" paths are reached with small inputs.
    for (const qsizetype limit : {ipw::imap::kMaxResponseBytes, qsizetype(64)}) {
        QByteArrayView rest = input;
        while (!rest.isEmpty()) {
            const ipw::imap::ParseResult r = ipw::imap::parseResponse(rest, limit);
            if (r.status != ipw::imap::ParseResult::Status::Complete)
                break;
            if (r.consumed <= 0 || r.consumed > rest.size())
                std::abort();
            ipw::imap::parseCapabilities(r.response.responseCodeArgs);
            ipw::imap::parseCapabilities(r.response.text);
            rest = rest.sliced(r.consumed);
        }
    }
    if (const auto q = ipw::imap::quoted(input); q && q->size() < input.size() + 2)
        std::abort();
    return 0;
}
