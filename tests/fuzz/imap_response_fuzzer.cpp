// libFuzzer target: the IMAP response parser must never crash, hang or read out of bounds, whatever the server
// sends, and its results must be consistent (what it consumed is within the input). Issue 13's limits too: a "+"
// continuation never carries a literal, a status response only inside a response code's "[" (RFC 3501 §9), and the
// transcript the responses go to stays within its caps however many there are.
#include "net/ImapParser.h"
#include "net/Transcript.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small limit too, so that the "too long" paths are reached with small inputs.
    for (const qsizetype limit : {ipw::imap::kMaxResponseBytes, qsizetype(64)}) {
        ipw::Transcript transcript;
        QByteArrayView rest = input;
        while (!rest.isEmpty()) {
            const ipw::imap::ParseResult r = ipw::imap::parseResponse(rest, limit);
            if (r.status != ipw::imap::ParseResult::Status::Complete)
                break;
            if (r.consumed <= 0 || r.consumed > rest.size())
                std::abort();
            const QByteArrayView raw = rest.first(r.consumed);
            const bool continuation = r.response.kind == ipw::imap::Response::Kind::Continuation;
            if (!r.response.literals.isEmpty() &&
                (continuation || (!r.response.status.isEmpty() && !raw.contains('['))))
                std::abort();
            for (int i = 0; i < 50; ++i)  // as if the server repeated it: the transcript must stay capped
                transcript.server(raw.toByteArray());
            if (transcript.lines().size() > ipw::Transcript::kMaxLines + 1)
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
