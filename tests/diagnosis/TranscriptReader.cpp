#include "TranscriptReader.h"

#include <QRegularExpression>

namespace ipw::test {
namespace {

bool isEnhancedCode(const QByteArray &word)
{
    static const QRegularExpression pattern(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    return pattern.match(QString::fromLatin1(word)).hasMatch();
}

}  // namespace

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

ImapRejection imapRejectionFromLine(const QByteArray &line)
{
    ImapRejection rejection;
    // tag SP status SP resp-text   (the tag is "*" for an untagged BYE)
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace < 0)
        return rejection;
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    rejection.status = line.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toUpper();
    QByteArray rest = secondSpace < 0 ? QByteArray() : line.mid(secondSpace + 1);
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        const QByteArray inside = rest.mid(1, close < 0 ? -1 : close - 1);
        const qsizetype argStart = inside.indexOf(' ');
        rejection.responseCode = (argStart < 0 ? inside : inside.left(argStart)).toUpper();
        rest = close < 0 ? QByteArray() : rest.mid(close + 1);
        if (rest.startsWith(' '))
            rest.remove(0, 1);
    }
    rejection.text = rest;
    return rejection;
}

SmtpRejection smtpRejectionFromLines(const QList<QByteArray> &lines)
{
    SmtpRejection rejection;
    QList<QByteArray> texts;
    for (const QByteArray &line : lines) {
        if (line.size() < 3)
            continue;
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok)
            continue;
        if (rejection.code == 0)
            rejection.code = code;
        QByteArray rest = line.mid(4);  // after "535-" or "535 "
        const qsizetype space = rest.indexOf(' ');
        const QByteArray firstWord = space < 0 ? rest : rest.left(space);
        if (isEnhancedCode(firstWord)) {
            if (rejection.enhancedCode.isEmpty())
                rejection.enhancedCode = firstWord;
            rest = space < 0 ? QByteArray() : rest.mid(space + 1);
        }
        texts.append(rest.trimmed());
    }
    rejection.text = texts.join('\n');
    return rejection;
}

std::optional<Transcript> readTranscript(const QByteArray &content, QString *error)
{
    Transcript transcript;
    QList<QByteArray> serverLines;
    bool sawServer = false;
    bool firstServerLine = true;
    for (const QByteArray &rawLine : content.split('\n')) {
        const QByteArray line = withoutCr(rawLine);
        if (line.startsWith("# expect:")) {
            const QByteArray value = line.mid(9).trimmed();
            const qsizetype space = value.indexOf(' ');
            transcript.expect = QString::fromUtf8(space < 0 ? value : value.left(space));
        } else if (line.startsWith("C:")) {
            serverLines.clear();  // only the replies after the last client line carry the failure
        } else if (line.startsWith("S: ")) {
            const QByteArray server = line.mid(3);
            if (firstServerLine) {
                transcript.protocol = server.startsWith('*') ? Transcript::Protocol::Imap : Transcript::Protocol::Smtp;
                firstServerLine = false;
            }
            serverLines.append(server);
            sawServer = true;
        }
    }
    if (transcript.expect.isEmpty()) {
        *error = QStringLiteral("no '# expect:' line");
        return std::nullopt;
    }
    if (!sawServer || serverLines.isEmpty()) {
        *error = QStringLiteral("no server lines after the last client line");
        return std::nullopt;
    }
    transcript.finalServerLines = serverLines;

    if (transcript.protocol == Transcript::Protocol::Smtp) {
        transcript.smtp = smtpRejectionFromLines(serverLines);
        if (transcript.smtp.code == 0) {
            *error = QStringLiteral("no SMTP reply code after the last client line");
            return std::nullopt;
        }
        return transcript;
    }
    // IMAP: the tagged reply to the login is the verdict; an untagged BYE stands in when there is none.
    const QByteArray *verdict = nullptr;
    for (const QByteArray &line : serverLines) {
        if (!line.startsWith('*') && !line.startsWith('+')) {
            verdict = &line;
            break;
        }
    }
    if (!verdict) {
        for (const QByteArray &line : serverLines) {
            if (line.startsWith("* BYE")) {
                verdict = &line;
                break;
            }
        }
    }
    if (!verdict) {
        *error = QStringLiteral("no tagged reply or BYE after the last client line");
        return std::nullopt;
    }
    transcript.imap = imapRejectionFromLine(*verdict);
    return transcript;
}

}  // namespace ipw::test
