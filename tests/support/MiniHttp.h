#pragma once
// Just enough HTTP/1.1 (RFC 9112) for the test servers: one request per connection (the answer says
// `Connection: close`), a Content-Length body, no chunked requests. And form decoding as a real server does it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace ipw::test {

struct HttpRequest {
    QByteArray method;
    QByteArray target;                                 ///< as sent: path and query, still percent-encoded
    QList<std::pair<QByteArray, QByteArray>> headers;  ///< names in lower case
    QByteArray body;

    QByteArray path() const { return target.contains('?') ? target.left(target.indexOf('?')) : target; }
    QByteArray query() const { return target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray(); }
    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool noAnswer = false;  ///< send nothing and keep the connection open (a hung server)

    /// Status line, headers, Content-Length, `Connection: close`, body.
    QByteArray toBytes() const;
};

/// Collects the bytes of one request as they arrive.
class HttpRequestReader {
public:
    enum class State { Incomplete, Complete, Bad };
    void append(const QByteArray &bytes);
    State state() const { return m_state; }
    bool done() const { return m_state != State::Incomplete; }
    /// True once, when the headers asked for `Expect: 100-continue` and the body is still to come.
    bool wantsContinue();
    const HttpRequest &request() const { return m_request; }
    int badStatus() const { return m_badStatus; }
    QByteArray badReason() const { return m_badReason; }

private:
    void fail(int status, const QByteArray &reason);
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::Incomplete;
    bool m_headersDone = false;
    qsizetype m_bodyStart = 0, m_contentLength = 0;
    bool m_expectContinue = false, m_continueSent = false;
    int m_badStatus = 400;
    QByteArray m_badReason;
};

/// application/x-www-form-urlencoded (and a URL's query) decoded exactly once: '+' is a space, then %XX.
class FormData {
public:
    static FormData decode(const QByteArray &encoded);
    QString value(const char *name) const;
    bool contains(const char *name) const;
    /// The same pairs as a QUrlQuery; read it with queryItemValue(name, QUrl::FullyDecoded) to get value().
    QUrlQuery toUrlQuery() const;

private:
    QList<std::pair<QString, QString>> m_pairs;
};

}  // namespace ipw::test
