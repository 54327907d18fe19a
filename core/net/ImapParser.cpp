#include "net/ImapParser.h"

#include <limits>

namespace ipw::imap {
namespace {

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 10)
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool isStatus(QByteArrayView word)
{
    return word == "OK" || word == "NO" || word == "BAD" || word == "BYE" || word == "PREAUTH";
}

// Splits "WORD rest" at the first space.
QByteArrayView takeWord(QByteArrayView &rest)
{
    const qsizetype space = rest.indexOf(' ');
    QByteArrayView word = space < 0 ? rest : rest.first(space);
    rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
    return word;
}

// If the line segment ends with a literal announcement "{n}" or "{n+}", its size.
std::optional<qsizetype> trailingLiteral(QByteArrayView segment)
{
    if (!segment.endsWith('}'))
        return std::nullopt;
    const qsizetype open = segment.lastIndexOf('{');
    if (open < 0)
        return std::nullopt;
    QByteArrayView inner = segment.sliced(open + 1, segment.size() - open - 2);
    if (inner.endsWith('+') || inner.endsWith('-'))
        inner.chop(1);
    if (inner.size() > 9 && inner.size() < 40 && isDigits(inner.first(9)))
        return std::numeric_limits<qsizetype>::max();  // absurdly large: refused by the caller
    if (!isDigits(inner))
        return std::nullopt;
    bool ok = false;
    const qlonglong n = inner.toLongLong(&ok);
    return ok ? std::optional<qsizetype>(n) : std::nullopt;
}

// RFC 3501 §9 / RFC 9051 §9: the human text of a status response (tagged, or untagged OK/NO/BAD/BYE/PREAUTH) and of a
// "+" continuation is resp-text, which has no literals: "NO [AUTHENTICATIONFAILED] Invalid credentials {5}" ends
// there. Data responses (LIST, CAPABILITY, …) may end a line with a literal, and so may a response code's
// arguments (BADCHARSET's astrings): a status line announces one only while a "[" is still open.
enum class LineKind { Data, Status, Continuation };

LineKind lineKind(QByteArrayView firstLine)
{
    if (firstLine.startsWith('+'))
        return LineKind::Continuation;
    if (!firstLine.startsWith("* "))
        return LineKind::Status;  // tagged: always OK/NO/BAD
    QByteArrayView rest = firstLine.sliced(2);
    QByteArrayView word = takeWord(rest);
    if (isDigits(word))
        return LineKind::Data;  // "* 23 EXISTS", "* 1 FETCH (… {n}"
    return isStatus(word.toByteArray().toUpper()) ? LineKind::Status : LineKind::Data;
}

bool mayEndInLiteral(LineKind kind, QByteArrayView lineSoFar)
{
    switch (kind) {
    case LineKind::Data:
        return true;
    case LineKind::Continuation:
        return false;
    case LineKind::Status:
        return lineSoFar.lastIndexOf('[') > lineSoFar.lastIndexOf(']');
    }
    return false;
}

// "[CODE args] text" → code, args, text.
void parseStatusText(QByteArrayView rest, Response &r)
{
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            QByteArrayView inside = rest.sliced(1, close - 1);
            r.responseCode = takeWord(inside).toByteArray().toUpper();
            r.responseCodeArgs = inside.toByteArray();
            rest = rest.sliced(close + 1);
            if (rest.startsWith(' '))
                rest = rest.sliced(1);
        }
    }
    r.text = rest.toByteArray();
}

ParseResult malformed(const char *why)
{
    ParseResult p;
    p.status = ParseResult::Status::Malformed;
    p.error = why;
    return p;
}

}  // namespace

ParseResult parseResponse(QByteArrayView buffer, qsizetype maxBytes)
{
    // Gather the response: a line, and for each literal announced at a line's end, the literal and the next line.
    Response r;
    QByteArray line;  // the text with literals replaced by their announcement
    qsizetype pos = 0;
    std::optional<LineKind> kind;
    for (;;) {
        const qsizetype lf = buffer.indexOf('\n', pos);
        if (lf < 0)
            return buffer.size() > maxBytes ? malformed("response too long") : ParseResult{};
        if (lf + 1 > maxBytes)
            return malformed("response too long");
        QByteArrayView segment = buffer.sliced(pos, lf - pos);
        if (segment.endsWith('\r'))
            segment.chop(1);
        line.append(segment.data(), segment.size());
        pos = lf + 1;
        if (!kind)
            kind = lineKind(segment);
        if (!mayEndInLiteral(*kind, line))
            break;
        const std::optional<qsizetype> literal = trailingLiteral(segment);
        if (!literal)
            break;
        if (*literal > maxBytes || pos + *literal > maxBytes)
            return malformed("literal too long");
        if (buffer.size() < pos + *literal)
            return ParseResult{};  // wait for the rest of the literal
        r.literals.append(buffer.sliced(pos, *literal).toByteArray());
        pos += *literal;
    }
    if (line.contains('\0'))
        return malformed("NUL in response");

    QByteArrayView rest(line);
    if (rest.startsWith('+') && (rest.size() == 1 || rest.at(1) == ' ')) {
        r.kind = Response::Kind::Continuation;
        r.text = rest.size() > 2 ? rest.sliced(2).toByteArray() : QByteArray();
    } else if (rest.startsWith("* ")) {
        r.kind = Response::Kind::Untagged;
        rest = rest.sliced(2);
        QByteArrayView word = takeWord(rest);
        if (isDigits(word)) {
            r.number = word.toUInt();
            word = takeWord(rest);
        }
        if (word.isEmpty())
            return malformed("untagged response without keyword");
        r.keyword = word.toByteArray().toUpper();
        if (!r.number && isStatus(r.keyword)) {
            r.status = r.keyword;
            parseStatusText(rest, r);
        } else {
            r.text = rest.toByteArray();
        }
    } else {
        r.kind = Response::Kind::Tagged;
        QByteArrayView tag = takeWord(rest);
        if (tag.isEmpty())
            return malformed("empty tag");
        for (char c : tag)
            if (c <= ' ' || c >= 0x7f || c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"' ||
                c == '\\' || c == '+')
                return malformed("invalid tag");
        const QByteArray status = takeWord(rest).toByteArray().toUpper();
        if (status != "OK" && status != "NO" && status != "BAD")
            return malformed("tagged response without OK/NO/BAD");
        r.tag = tag.toByteArray();
        r.status = status;
        r.keyword = status;
        parseStatusText(rest, r);
    }

    ParseResult p;
    p.status = ParseResult::Status::Complete;
    p.consumed = pos;
    p.response = std::move(r);
    return p;
}

QList<QByteArray> parseCapabilities(QByteArrayView text)
{
    QList<QByteArray> caps;
    const QList<QByteArray> words = text.toByteArray().split(' ');
    for (const QByteArray &word : words) {
        if (!word.isEmpty())
            caps.append(word.toUpper());
    }
    return caps;
}

std::optional<QByteArray> quoted(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u == '\r' || u == '\n' || u >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

}  // namespace ipw::imap
