#pragma once
// A deliberately dumb, blocking, line-oriented client for proving the test servers: it sends what a test tells it
// and reads lines back. It is no part of the product's IMAP or SMTP code.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

namespace ipw::test {

class LineClient {
public:
    /// For every wait: generous, for a loaded CI machine. A wait ends as soon as the server answers (or fails), so
    /// a long limit costs nothing when all is well.
    static constexpr int timeoutMs = 20000;

    explicit LineClient(const QList<QSslCertificate> &trusted)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(trusted);  // only these: never the system's CAs
        socket.setSslConfiguration(config);
    }

    bool connectTls(const QString &host, quint16 port, const QString &peerName = QStringLiteral("localhost"))
    {
        socket.connectToHostEncrypted(host, port, peerName);
        return socket.waitForEncrypted(timeoutMs);
    }
    bool connectPlain(const QString &host, quint16 port)
    {
        socket.connectToHost(host, port);
        return socket.waitForConnected(timeoutMs);
    }
    bool startTls(const QString &peerName = QStringLiteral("localhost"))
    {
        socket.setPeerVerifyName(peerName);
        socket.startClientEncryption();
        return socket.waitForEncrypted(timeoutMs);
    }

    void send(const QByteArray &line)
    {
        socket.write(line + "\r\n");
        socket.flush();
    }

    /// One line without its CRLF; empty on timeout or when the server closed the connection.
    QByteArray readLine(int waitMs = timeoutMs)
    {
        QDeadlineTimer deadline(waitMs);
        while (!socket.canReadLine() && !deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        return socket.readLine().trimmed();
    }

    /// IMAP: every line up to and including the tagged one; the tagged line last.
    QList<QByteArray> readUntilTagged(const QByteArray &tag)
    {
        QList<QByteArray> lines;
        for (;;) {
            const QByteArray line = readLine();
            if (line.isEmpty())
                return lines;
            lines << line;
            if (line.startsWith(QByteArray(tag + ' ')))
                return lines;
        }
    }

    /// SMTP: the lines of one (possibly multi-line) reply.
    QList<QByteArray> readReply()
    {
        QList<QByteArray> lines;
        for (;;) {
            const QByteArray line = readLine();
            if (line.isEmpty())
                return lines;
            lines << line;
            if (line.size() < 4 || line.at(3) != '-')
                return lines;
        }
    }

    QSslSocket socket;
};

/// An IMAP quoted string (RFC 3501 section 4.3): backslash and double quote escaped. 8-bit text is sent as UTF-8,
/// which Dovecot accepts in a quoted string.
inline QByteArray imapQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

/// The SASL PLAIN initial response (RFC 4616): base64(NUL user NUL password).
inline QByteArray saslPlain(const QString &user, const QString &password)
{
    const QByteArray message = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    return message.toBase64();
}

}  // namespace ipw::test
