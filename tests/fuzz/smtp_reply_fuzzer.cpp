// libFuzzer target: the SMTP reply parser and the EHLO capability reader, over any bytes.
#include "net/SmtpParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype limit : {ipw::smtp::kMaxReplyBytes, qsizetype(64)}) {
        QByteArrayView rest = input;
        while (!rest.isEmpty()) {
            const ipw::smtp::ParseResult r = ipw::smtp::parseReply(rest, limit);
            if (r.status != ipw::smtp::ParseResult::Status::Complete)
                break;
            if (r.consumed <= 0 || r.consumed > rest.size() || r.reply.lines.size() != r.reply.rawLines.size() ||
                r.reply.code < 200 || r.reply.code > 599)
                std::abort();
            ipw::smtp::Capabilities::fromEhlo(r.reply);
            r.reply.text();
            rest = rest.sliced(r.consumed);
        }
    }
    return 0;
}
