#pragma once

#include <QByteArray>
#include <QList>

namespace ipw {

/// One thing the client writes, built from parts, each of which knows whether it is a secret.
///
/// Redaction by position: the protocol code marks a secret where it puts it (LOGIN's password, a SASL response,
/// an AUTH LOGIN line), so the transcript shows a placeholder exactly there and nowhere else. Nothing is searched
/// for and replaced afterwards, so a password that is also a word ("Authentication") cannot give itself away by
/// turning the server's words into "<password> failed.".
///
///     ClientLine line;
///     line.text("a1 LOGIN \"me\" ").secret(quotedPassword, "<password>", {password, quotedPassword}).text("\r\n");
///     send(line);  // writes line.bytes(), the transcript gets line.shown(): a1 LOGIN "me" <password>
class ClientLine {
public:
    ClientLine() = default;
    /// A line with no secret in it.
    explicit ClientLine(const QByteArray &text) { this->text(text); }

    /// Sent and shown as it is.
    ClientLine &text(const QByteArray &bytes);
    /// Sent as `bytes`, shown as `shown`. `forms` are the ways the secret itself went out in `bytes` (the password
    /// and its quoted form, a base64 SASL message): a server line that contains one of them is withheld.
    ClientLine &secret(const QByteArray &bytes, const QByteArray &shown, const QList<QByteArray> &forms);
    /// Sent as `bytes`, shown as `shown`, though not a secret itself (the user name's base64 in AUTH LOGIN, the
    /// length of a password literal): shown replaced because it is part of a credential exchange.
    ClientLine &hidden(const QByteArray &bytes, const QByteArray &shown);
    ClientLine &append(const ClientLine &other);

    const QByteArray &bytes() const { return m_bytes; }
    const QByteArray &shown() const { return m_shown; }
    const QList<QByteArray> &secretForms() const { return m_forms; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
    QByteArray m_shown;
    QList<QByteArray> m_forms;
};

}  // namespace ipw
