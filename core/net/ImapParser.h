#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace ipw::imap {

/// One server response (RFC 3501 §7 / RFC 9051 §7), literals included.
struct Response {
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag;                 ///< Tagged only, as sent
    QByteArray status;              ///< "OK", "NO", "BAD", "BYE", "PREAUTH" (upper-case); empty for data responses
    std::optional<quint32> number;  ///< "* 23 EXISTS" → 23
    QByteArray keyword;             ///< upper-case: the status, or the data keyword ("CAPABILITY", "LIST", "EXISTS")
    QByteArray responseCode;        ///< upper-case atom inside [...] without brackets or arguments; empty if none
    QByteArray responseCodeArgs;    ///< the rest inside the brackets ("IMAP4rev1 SASL-IR …" for CAPABILITY)
    QByteArray text;                ///< status: human-readable text after the code; data: everything after keyword
    QList<QByteArray> literals;     ///< literal payloads ({n} / {n+}) in order
};

struct ParseResult {
    enum class Status { Incomplete, Complete, Malformed };
    Status status = Status::Incomplete;
    qsizetype consumed = 0;  ///< bytes of the buffer this response used (Complete only)
    Response response;
    QByteArray error;  ///< what was wrong (Malformed only), for the transcript; never shown as the diagnosis
};

/// Responses larger than this are refused (a hostile or broken server must not make us buffer without end).
constexpr qsizetype kMaxResponseBytes = 256 * 1024;

/// Parses the first response in `buffer`. Pure: no state, no I/O.
///
///     auto r = imap::parseResponse("a1 NO [AUTHENTICATIONFAILED] Invalid credentials\r\n");
///     // r.status == Complete, r.response.tag == "a1", r.response.responseCode == "AUTHENTICATIONFAILED"
ParseResult parseResponse(QByteArrayView buffer, qsizetype maxBytes = kMaxResponseBytes);

/// "IMAP4rev1 SASL-IR AUTH=PLAIN" → {"IMAP4REV1", "SASL-IR", "AUTH=PLAIN"} (upper-cased atoms).
QList<QByteArray> parseCapabilities(QByteArrayView text);

/// The string as an IMAP quoted string when RFC 3501 allows it (7-bit, no CR/LF/NUL, "\" and '"' escaped),
/// std::nullopt when it must be sent as a literal.
std::optional<QByteArray> quoted(QByteArrayView value);

}  // namespace ipw::imap
