#pragma once

#include "net/CheckSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ipw {

/// The dialogue as the user may see it: "C: …" and "S: …" lines with every secret replaced.
///
/// The protocol code never hands it a secret on purpose (it logs "<password>" / "<redacted>" in place of LOGIN's
/// password and of AUTHENTICATE/AUTH payloads), and as a second line of defence every line, server lines included,
/// is scrubbed of the password itself and its base64 SASL forms before it is kept.
///
/// With Credential::OAuthAccessToken the secret is the access token and what stands in for it is
/// "<token removed>"; the SASL messages that carry it (XOAUTH2, OAUTHBEARER) are registered with addSecret() by the
/// protocol code, since their base64 form does not contain the token's own base64.
///
///     Transcript t(password);
///     t.client("a1 LOGIN \"me\" <password>");
///     t.server(line);
class Transcript {
public:
    explicit Transcript(const QString &password = {}, const QString &loginName = {},
                        Credential credential = Credential::Password);

    /// Something else that must never be shown, e.g. a SASL message as sent (its base64 form).
    void addSecret(const QByteArray &secret);
    /// What replaces a secret: "<password>" or "<token removed>".
    const QByteArray &placeholder() const { return m_placeholder; }

    void client(const QByteArray &shown);
    void server(const QByteArray &line);
    void note(const QString &text);  ///< "-- TLS established" and the like

    /// Removes the password (and what would reveal it) from any text meant for the user.
    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &text) const;

    /// The lines kept. Past kMaxLines or kMaxBytes the server's and client's lines are left out and counted in one
    /// "… N more lines left out" line at the place they would have gone; notes ("-- …") are always kept.
    const QStringList &lines() const { return m_lines; }

    static constexpr qsizetype kMaxLines = 2000;
    static constexpr qsizetype kMaxBytes = 512 * 1024;

private:
    void add(const QString &prefix, const QByteArray &bytes);
    void append(const QString &line, bool note);

    QList<QByteArray> m_secrets;
    QByteArray m_placeholder;
    QStringList m_lines;
    qsizetype m_bytes = 0;      // bytes the kept lines hold (UTF-16)
    qsizetype m_leftOut = 0;    // server/client lines not kept
    qsizetype m_markerAt = -1;  // the "… N more lines left out" line
};

}  // namespace ipw
