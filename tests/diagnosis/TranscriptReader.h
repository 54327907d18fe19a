#pragma once

#include "diagnosis/Classifier.h"
#include "types/Security.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ipw::test {

/// One file of tests/data/transcripts/ reduced to what the classifier sees. This is a deliberately small, test-side
/// reader (the real protocol parsers belong to core/net): it takes the `# expect:` line and the server lines after
/// the last `C:` line, and pulls status/code/text (IMAP) or code/enhanced code/text (SMTP) out of them.
struct Transcript {
    using Protocol = ipw::Protocol;  // core/types: the one protocol vocabulary
    Protocol protocol = Protocol::Imap;
    QString expect;                      ///< the first word after "# expect:", e.g. "wrong-credentials"
    QList<QByteArray> finalServerLines;  ///< the `S:` lines after the last `C:` line, without "S: "
    ImapRejection imap;                  ///< filled for Protocol::Imap
    SmtpRejection smtp;                  ///< filled for Protocol::Smtp
};

/// std::nullopt, with a reason in *error, when the file lacks an expect line, server lines or a failure reply.
std::optional<Transcript> readTranscript(const QByteArray &content, QString *error);

/// A file line without the CR of a CRLF line end (the data files use LF; a checkout may add CR).
QByteArray withoutCr(QByteArray line);

/// The parts of an IMAP response line "tag SP (NO|BAD|BYE) SP [resp-text-code] text" (or "* BYE …").
ImapRejection imapRejectionFromLine(const QByteArray &line);
/// The parts of a (multi-line) SMTP reply: "535-5.7.8 text" … "535 5.7.8 text".
SmtpRejection smtpRejectionFromLines(const QList<QByteArray> &lines);

}  // namespace ipw::test
