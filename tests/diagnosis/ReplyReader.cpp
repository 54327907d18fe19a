#include "ReplyReader.h"

#include "TranscriptReader.h"

#include <QDate>
#include <QFile>
#include <QList>

namespace ipw::test {
namespace {

std::optional<CollectedReply::Protocol> protocolFromName(const QByteArray &name)
{
    if (name == "imap")
        return CollectedReply::Protocol::Imap;
    if (name == "smtp")
        return CollectedReply::Protocol::Smtp;
    return std::nullopt;
}

}  // namespace

QByteArray unescapePythonBytes(const QByteArray &escaped)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == '\\') {
            bytes.append('\\');
            ++i;
        } else if (escaped[i] == '\\' && i + 3 < escaped.size() && escaped[i + 1] == 'x') {
            bool ok = false;
            const int value = escaped.mid(i + 2, 2).toInt(&ok, 16);
            if (!ok)
                return {};  // malformed: the caller reports an empty line
            bytes.append(char(value));
            i += 3;
        } else {
            bytes.append(escaped[i]);
        }
    }
    return bytes;
}

std::optional<CollectedReply> readCollectedReply(const QByteArray &content, QString *error)
{
    CollectedReply reply;
    QList<QByteArray> serverLines;
    QByteArray textOnly;
    QByteArray status;
    bool sawProtocol = false;
    for (const QByteArray &rawLine : content.split('\n')) {
        const QByteArray line = withoutCr(rawLine);
        const auto field = [&](const char *name) -> std::optional<QByteArray> {
            const QByteArray prefix = QByteArray("# ") + name + ':';
            if (!line.startsWith(prefix))
                return std::nullopt;
            return line.mid(prefix.size()).trimmed();
        };
        if (auto v = field("source")) {
            for (const QByteArray &url : v->split(','))
                reply.sources << QString::fromUtf8(url.trimmed());
        } else if (auto v = field("read")) {
            reply.readOn = QString::fromUtf8(*v);
        } else if (auto v = field("protocol")) {
            const auto protocol = protocolFromName(*v);
            if (!protocol) {
                *error = QStringLiteral("unknown protocol: ") + QString::fromUtf8(*v);
                return std::nullopt;
            }
            reply.protocol = *protocol;
            sawProtocol = true;
        } else if (auto v = field("context")) {
            if (*v != "login" && *v != "mailbox") {
                *error = QStringLiteral("unknown context: ") + QString::fromUtf8(*v);
                return std::nullopt;
            }
            reply.context = *v == "mailbox" ? CollectedReply::Context::Mailbox : CollectedReply::Context::Login;
        } else if (auto v = field("expect")) {
            reply.expect = QString::fromUtf8(*v);
        } else if (auto v = field("status")) {
            status = v->toUpper();
        } else if (line.startsWith("S: ")) {
            serverLines << line.mid(3);
        } else if (line.startsWith("X: ")) {
            serverLines << unescapePythonBytes(line.mid(3));
        } else if (line.startsWith("T: ")) {
            textOnly = line.mid(3);
        }
    }
    if (reply.sources.isEmpty() || reply.readOn.isEmpty() || !sawProtocol || reply.expect.isEmpty()) {
        *error = QStringLiteral("needs # source:, # read:, # protocol: and # expect: lines");
        return std::nullopt;
    }
    if (!textOnly.isEmpty()) {
        if (reply.protocol != CollectedReply::Protocol::Imap || status.isEmpty() || !serverLines.isEmpty()) {
            *error = QStringLiteral("a T: line is for IMAP only, needs # status:, and stands alone");
            return std::nullopt;
        }
        reply.imap = imapRejectionFromLine("* " + status + ' ' + textOnly);
        return reply;
    }
    if (serverLines.isEmpty() || serverLines.contains(QByteArray())) {
        *error = QStringLiteral("no server line (S:, X: or T:), or an empty one");
        return std::nullopt;
    }
    reply.serverLines = serverLines;
    if (reply.protocol == CollectedReply::Protocol::Smtp) {
        reply.smtp = smtpRejectionFromLines(serverLines);
        if (reply.smtp.code == 0) {
            *error = QStringLiteral("no SMTP reply code");
            return std::nullopt;
        }
        return reply;
    }
    if (serverLines.size() != 1) {
        *error = QStringLiteral("an IMAP reply is one line");
        return std::nullopt;
    }
    reply.imap = imapRejectionFromLine(serverLines.first());
    return reply;
}

std::optional<CollectedReply> readCollectedReplyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return std::nullopt;
    }
    return readCollectedReply(file.readAll(), error);
}

}  // namespace ipw::test
