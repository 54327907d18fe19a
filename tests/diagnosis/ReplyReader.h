#pragma once

#include "diagnosis/Classifier.h"
#include "types/Security.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw::test {

/// One file of tests/data/replies/ (format in its README.md): a real server's refusal with its source and the
/// diagnosis it must get. Test-side only, like TranscriptReader: the parsing of status, code and text reuses
/// imapRejectionFromLine / smtpRejectionFromLines.
struct CollectedReply {
    using Protocol = ipw::Protocol;
    enum class Context { Login, Mailbox };

    QStringList sources;  ///< the `# source:` URLs
    QString readOn;       ///< `# read:` date, YYYY-MM-DD
    Protocol protocol = Protocol::Imap;
    Context context = Context::Login;
    QString expect;                 ///< a diagnosis code name
    QList<QByteArray> serverLines;  ///< the S:/X: lines as bytes (X: unescaped); empty for a T: text
    ImapRejection imap;
    SmtpRejection smtp;
};

/// std::nullopt with a reason in *error when a field is missing or malformed, or no server line is there.
std::optional<CollectedReply> readCollectedReply(const QByteArray &content, QString *error);
/// The same, from a file; an unreadable file is an error too.
std::optional<CollectedReply> readCollectedReplyFile(const QString &path, QString *error);

/// `X:` lines: the source's Python `\xHH` (and `\\`) escapes turned back into bytes; other bytes unchanged.
QByteArray unescapePythonBytes(const QByteArray &escaped);

}  // namespace ipw::test
