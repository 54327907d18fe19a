#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace ipw::smtp {

/// One (possibly multi-line) SMTP reply (RFC 5321 §4.2) with its enhanced status code (RFC 3463 / RFC 2034).
struct Reply {
    int code = 0;                ///< 250, 535, …
    QByteArray enhancedCode;     ///< "5.7.8", or empty when the server sent none
    QList<QByteArray> lines;     ///< each line's text without the reply code and the enhanced code
    QList<QByteArray> rawLines;  ///< each line as received, without CRLF

    /// The lines' texts joined with '\n' (the form the classifier takes).
    QByteArray text() const;
};

struct ParseResult {
    enum class Status { Incomplete, Complete, Malformed };
    Status status = Status::Incomplete;
    qsizetype consumed = 0;
    Reply reply;
    QByteArray error;
};

/// Replies longer than this are refused.
constexpr qsizetype kMaxReplyBytes = 64 * 1024;

/// Parses the first complete reply in `buffer`. Pure.
///
///     auto r = smtp::parseReply("535-5.7.8 Username and Password not accepted.\r\n535 5.7.8 Learn more\r\n");
///     // r.reply.code == 535, r.reply.enhancedCode == "5.7.8", r.reply.lines == {"Username and …", "Learn more"}
ParseResult parseReply(QByteArrayView buffer, qsizetype maxBytes = kMaxReplyBytes);

/// What an EHLO reply offers (RFC 5321 §4.1.1.1, RFC 3207, RFC 4954).
struct Capabilities {
    bool startTls = false;
    bool enhancedStatusCodes = false;
    bool pipelining = false;
    QList<QByteArray> authMechanisms;  ///< upper-case: "PLAIN", "LOGIN", …

    static Capabilities fromEhlo(const Reply &ehlo);
};

}  // namespace ipw::smtp
