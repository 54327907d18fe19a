#include "MiniHttp.h"

#include <QUrl>

namespace ipw::test {
namespace {

constexpr qsizetype maxRequestSize = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    default:
        return "Status";
    }
}

QString decodeFormComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

}  // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return QByteArray();
}

QByteArray HttpResponse::toBytes() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

void HttpRequestReader::fail(int status, const QByteArray &reason)
{
    m_state = State::Bad;
    m_badStatus = status;
    m_badReason = reason;
}

void HttpRequestReader::append(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return;
    m_buffer += bytes;
    if (m_buffer.size() > maxRequestSize)
        return fail(413, "Request too large.");
    if (!m_headersDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_headersDone = true;
        m_bodyStart = end + 4;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
            return fail(400, "Bad request line.");
        m_request.method = requestLine.at(0);
        m_request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(400, "Bad header line.");
            m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (!m_request.header("transfer-encoding").isEmpty())
            return fail(411, "Chunked requests are not supported here: send Content-Length.");
        const QByteArray length = m_request.header("content-length");
        bool ok = true;
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return fail(400, "Bad Content-Length.");
        m_expectContinue = m_request.header("expect").toLower() == "100-continue";
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_state = State::Complete;
}

bool HttpRequestReader::wantsContinue()
{
    if (!m_expectContinue || m_continueSent || m_state != State::Incomplete || !m_headersDone)
        return false;
    m_continueSent = true;
    return true;
}

FormData FormData::decode(const QByteArray &encoded)
{
    FormData form;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            form.m_pairs.append({decodeFormComponent(pair), QString()});
        else
            form.m_pairs.append({decodeFormComponent(pair.left(equals)), decodeFormComponent(pair.mid(equals + 1))});
    }
    return form;
}

QString FormData::value(const char *name) const
{
    for (const auto &[key, value] : m_pairs) {
        if (key == QLatin1String(name))
            return value;
    }
    return QString();
}

bool FormData::contains(const char *name) const
{
    for (const auto &pair : m_pairs) {
        if (pair.first == QLatin1String(name))
            return true;
    }
    return false;
}

QUrlQuery FormData::toUrlQuery() const
{
    // Re-encoded in full, so that QUrlQuery holds exactly these values and FullyDecoded gives them back.
    QByteArray encoded;
    for (const auto &[key, value] : m_pairs) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QUrlQuery(QString::fromLatin1(encoded));
}

}  // namespace ipw::test
