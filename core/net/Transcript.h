#pragma once

#include "net/CheckSettings.h"
#include "net/ClientLine.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ipw {

/// The dialogue as the user may see it: "C: …", "S: …" and "-- note" lines, with no secret in them.
///
/// Redaction is by position. The client's lines come as ClientLine, whose secret parts (LOGIN's password, SASL
/// responses, AUTH LOGIN lines, tokens) were marked where the protocol code put them; they are shown as a
/// placeholder. What the server says is shown as sent, unless it contains the secret in one of the forms the
/// client sent (the server echoing it back): then the whole line is withheld. Notes are our own words and are kept
/// as written. Nothing is searched for and replaced, so a password that is also a word does not turn
/// "Authentication failed." into "<password> failed.", and "imap.example.com" stays as it is when the password is
/// "example". Lines are cut only after that, so a cut can never leave half a secret behind.
///
///     Transcript t;
///     t.client(ClientLine("a1 LOGIN \"me\" ").secret("\"pw\"", t.placeholder(), {"pw"}));  // C: a1 LOGIN "me"
///     <password> t.server("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");                     // shown as sent
///     t.server("* BAD you sent pw");                           // S: (withheld: it contained the password)
class Transcript {
public:
    explicit Transcript(Credential credential = Credential::Password);

    /// What replaces a secret the client sent: "<password>" or "<token removed>".
    const QByteArray &placeholder() const { return m_placeholder; }
    /// What replaces server text that contained the secret: "(withheld: it contained the password)".
    QString withheld() const;

    void client(const ClientLine &line);
    void server(const QByteArray &line);
    void note(const QString &text);  ///< "-- TLS established" and the like: our own words, never a secret

    /// The server's words for the result (serverText, alerts): as sent, or withheld() when they contain the secret
    /// in a form the client sent.
    QString serverWords(const QByteArray &text) const;
    /// True when `text` contains the secret in one of the forms the client sent so far.
    bool revealsSecret(const QByteArray &text) const;

    /// The lines kept. Past kMaxLines or kMaxBytes the server's and client's lines are left out and counted in one
    /// "… N more lines left out" line at the place they would have gone; notes ("-- …") are always kept.
    const QStringList &lines() const { return m_lines; }

    static constexpr qsizetype kMaxLines = 2000;
    static constexpr qsizetype kMaxBytes = 512 * 1024;

private:
    void add(const QString &prefix, const QByteArray &bytes, bool note = false);
    void append(const QString &line, bool note);

    QList<QByteArray> m_forms;
    QByteArray m_placeholder;
    QStringList m_lines;
    qsizetype m_bytes = 0;      // bytes the kept lines hold (UTF-16)
    qsizetype m_leftOut = 0;    // server/client lines not kept
    qsizetype m_markerAt = -1;  // the "… N more lines left out" line
};

}  // namespace ipw
