#include "TranscriptReplay.h"

#include <QFile>
#include <QFileInfo>

namespace ipw::test {
namespace {

QByteArray commandOf(const QByteArray &clientLine, ReplayScript::Protocol protocol)
{
    const QList<QByteArray> words = clientLine.split(' ');
    const int index = protocol == ReplayScript::Protocol::Imap ? 1 : 0;
    return words.size() > index ? words[index].toUpper() : QByteArray();
}

// "a1 NO …" recorded with tag a1 → the same line with the client's tag.
QByteArray retag(const QByteArray &line, const QByteArray &recordedTag, const QByteArray &tag)
{
    if (!recordedTag.isEmpty() && line.startsWith(QByteArray(recordedTag + ' ')))
        return tag + line.mid(recordedTag.size());
    return line;
}

void sendImapReply(ScriptedSession &session, const ReplayScript::Exchange &exchange, const QByteArray &tag)
{
    const QByteArray recordedTag = exchange.client.left(exchange.client.indexOf(' '));
    bool bye = false;
    for (const QByteArray &line : exchange.serverLines) {
        session.sendLine(retag(line, recordedTag, tag));
        bye = bye || line.startsWith("* BYE");
    }
    if (bye)
        session.close();
}

void sendLines(ScriptedSession &session, const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines)
        session.sendLine(line);
}

}  // namespace

ReplayScript ReplayScript::fromFile(const QString &path, QString *error)
{
    ReplayScript script;
    script.name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return script;
    }
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("# expect-when-passwords-retired:")) {
            script.expectWhenPasswordsRetired = QString::fromUtf8(line.mid(32).simplified().split(' ').value(0));
        } else if (line.startsWith("# mechanism-independent")) {
            script.mechanismIndependent = true;
        } else if (line.startsWith("# replay: no")) {
            script.replayable = false;
        } else if (line.startsWith("# expect:")) {
            script.expect = QString::fromUtf8(line.mid(9).simplified().split(' ').value(0));
        } else if (line.startsWith("S: ")) {
            const QByteArray s = line.mid(3);
            if (script.exchanges.isEmpty())
                script.greeting << s;
            else
                script.exchanges.last().serverLines << s;
        } else if (line.startsWith("C: ")) {
            script.exchanges.append({line.mid(3), {}});
        }
    }
    if (script.greeting.isEmpty() || script.expect.isEmpty() || !script.login()) {
        *error = script.name + QStringLiteral(": no greeting, expect line or login exchange");
        return script;
    }
    script.protocol = script.greeting.first().startsWith("* ") ? Protocol::Imap : Protocol::Smtp;
    return script;
}

QString ReplayScript::recordedMechanism() const
{
    const QList<QByteArray> words = login()->client.split(' ');
    const int index = protocol == Protocol::Imap ? 1 : 0;
    const QByteArray command = words.value(index).toUpper();
    if (command == "AUTHENTICATE" || command == "AUTH")
        return QString::fromLatin1(words.value(index + 1).toUpper());
    return QString::fromLatin1(command);  // IMAP LOGIN
}

const ReplayScript::Exchange *ReplayScript::find(const QByteArray &command) const
{
    for (const Exchange &e : exchanges)
        if (commandOf(e.client, protocol) == command)
            return &e;
    return nullptr;
}

void ReplayScript::install(ScriptedServer &server) const
{
    const ReplayScript script = *this;
    server.onConnect = [script](ScriptedSession &s) { sendLines(s, script.greeting); };
    if (protocol == Protocol::Imap) {
        server.onLine = [script](ScriptedSession &s, const QByteArray &line) {
            const QList<QByteArray> words = line.split(' ');
            if (s.state.contains(QStringLiteral("saslTag"))) {
                // The SASL response after our "+": the login attempt.
                const QByteArray tag = s.state.take(QStringLiteral("saslTag")).toByteArray();
                sendImapReply(s, *script.login(), tag);
                return;
            }
            const QByteArray tag = words.value(0);
            const QByteArray command = words.value(1).toUpper();
            if (command == "CAPABILITY") {
                if (const Exchange *e = script.find("CAPABILITY")) {
                    sendImapReply(s, *e, tag);
                    return;
                }
                QByteArray caps = "IMAP4rev1";
                const QByteArray &greeting = script.greeting.first();
                if (const qsizetype at = greeting.indexOf("[CAPABILITY "); at >= 0)
                    caps = greeting.mid(at + 12, greeting.indexOf(']', at) - at - 12);
                s.sendLine("* CAPABILITY " + caps);
                s.sendLine(tag + " OK CAPABILITY completed");
            } else if (command == "AUTHENTICATE" && words.size() == 3) {
                s.state[QStringLiteral("saslTag")] = tag;
                s.sendLine("+ ");
            } else if (command == "LOGIN" || command == "AUTHENTICATE") {
                sendImapReply(s, *script.login(), tag);
            } else if (command == "LOGOUT") {
                s.sendLine("* BYE Logging out");
                s.sendLine(tag + " OK LOGOUT completed");
                s.close();
            } else {
                s.sendLine(tag + " BAD Command not part of this replay");
            }
        };
        return;
    }
    server.onLine = [script](ScriptedSession &s, const QByteArray &line) {
        const QByteArray command = line.split(' ').value(0).toUpper();
        const int authStep = s.state.value(QStringLiteral("authStep"), 0).toInt();
        if (authStep > 0) {
            // AUTH LOGIN: user name, then password; AUTH PLAIN without an initial response: the response.
            const bool loginUser = authStep == 2;
            s.state[QStringLiteral("authStep")] = loginUser ? 1 : 0;
            if (loginUser)
                s.sendLine("334 UGFzc3dvcmQ6");
            else
                sendLines(s, script.login()->serverLines);
            return;
        }
        if (command == "EHLO" || command == "HELO") {
            if (const Exchange *e = script.find("EHLO"))
                sendLines(s, e->serverLines);
            else
                sendLines(s, {"250-localhost", "250 AUTH PLAIN LOGIN"});
        } else if (command == "AUTH") {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() >= 3) {
                sendLines(s, script.login()->serverLines);
            } else if (words.value(1).toUpper() == "LOGIN") {
                s.state[QStringLiteral("authStep")] = 2;
                s.sendLine("334 VXNlcm5hbWU6");
            } else {
                s.state[QStringLiteral("authStep")] = 1;
                s.sendLine("334 ");
            }
        } else if (command == "QUIT") {
            s.sendLine("221 2.0.0 Bye");
            s.close();
        } else {
            s.sendLine("502 5.5.1 Command not part of this replay");
        }
    };
}

}  // namespace ipw::test
