#include "net/SmtpParser.h"

namespace ipw::smtp {
namespace {

ParseResult malformed(const char *why)
{
    ParseResult p;
    p.status = ParseResult::Status::Malformed;
    p.error = why;
    return p;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "5.7.8 rest" → length of "5.7.8" (class 2/4/5, subject and detail 1–3 digits), or 0.
qsizetype enhancedCodeLength(QByteArrayView text)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text[i] != '.')
                return 0;
            ++i;
        }
    }
    if (i < text.size() && text[i] != ' ')
        return 0;
    return i;
}

}  // namespace

QByteArray Reply::text() const
{
    return lines.join('\n');
}

ParseResult parseReply(QByteArrayView buffer, qsizetype maxBytes)
{
    Reply reply;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lf = buffer.indexOf('\n', pos);
        if (lf < 0)
            return buffer.size() > maxBytes ? malformed("reply too long") : ParseResult{};
        if (lf + 1 > maxBytes)
            return malformed("reply too long");
        QByteArrayView line = buffer.sliced(pos, lf - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = lf + 1;
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2' ||
            line[0] > '5')
            return malformed("line does not start with a reply code");
        if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
            return malformed("reply code not followed by space or hyphen");
        if (line.contains('\0'))
            return malformed("NUL in reply");
        const int code = line.first(3).toInt();
        if (!reply.rawLines.isEmpty() && code != reply.code)
            return malformed("reply code changes within a multi-line reply");
        reply.code = code;
        reply.rawLines.append(line.toByteArray());
        QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
        if (const qsizetype n = enhancedCodeLength(text); n > 0) {
            if (reply.enhancedCode.isEmpty())
                reply.enhancedCode = text.first(n).toByteArray();
            text = text.sliced(n);
            if (text.startsWith(' '))
                text = text.sliced(1);
        }
        reply.lines.append(text.toByteArray());
        const bool last = line.size() == 3 || line[3] == ' ';
        if (last)
            break;
    }
    ParseResult p;
    p.status = ParseResult::Status::Complete;
    p.consumed = pos;
    p.reply = std::move(reply);
    return p;
}

Capabilities Capabilities::fromEhlo(const Reply &ehlo)
{
    Capabilities caps;
    // The first line is the server's greeting name; each following line is one extension keyword with parameters.
    for (qsizetype i = 1; i < ehlo.lines.size(); ++i) {
        const QList<QByteArray> words = ehlo.lines[i].simplified().toUpper().split(' ');
        const QByteArray &keyword = words.first();
        if (keyword == "STARTTLS")
            caps.startTls = true;
        else if (keyword == "ENHANCEDSTATUSCODES")
            caps.enhancedStatusCodes = true;
        else if (keyword == "PIPELINING")
            caps.pipelining = true;
        else if (keyword == "AUTH" || keyword.startsWith("AUTH=")) {
            // "AUTH=LOGIN PLAIN" is the pre-RFC 4954 form some servers still send.
            QList<QByteArray> mechanisms = words.mid(1);
            if (keyword.startsWith("AUTH="))
                mechanisms.prepend(keyword.mid(5));
            for (const QByteArray &m : mechanisms)
                if (!m.isEmpty() && !caps.authMechanisms.contains(m))
                    caps.authMechanisms.append(m);
        }
    }
    return caps;
}

}  // namespace ipw::smtp
