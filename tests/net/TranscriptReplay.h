#pragma once

#include "ScriptedServer.h"
#include "types/Security.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ipw::test {

/// One file of tests/data/transcripts/, as a script for a ScriptedServer (see that folder's README: the server
/// lines are replayed byte for byte with CRLF; the client's own tags, EHLO name and login method are answered
/// leniently).
struct ReplayScript {
    using Protocol = ipw::Protocol;  // core/types: the one protocol vocabulary
    struct Exchange {
        QByteArray client;              ///< the C: line ("<password>" where the secret was)
        QList<QByteArray> serverLines;  ///< the S: lines that answered it
    };

    QString name;
    Protocol protocol = Protocol::Imap;
    QString expect;  ///< the diagnosis the file names (first word after "# expect:")
    /// "# expect-when-passwords-retired:": the diagnosis for a provider that takes browser sign-in only; empty: none
    QString expectWhenPasswordsRetired;
    bool mechanismIndependent = false;  ///< "# mechanism-independent": the reply reads the same for any login
    bool replayable = true;             ///< false with "# replay: no"
    QList<QByteArray> greeting;         ///< S: lines before the first C: line
    QList<Exchange> exchanges;

    static ReplayScript fromFile(const QString &path, QString *error);
    /// The exchange whose client command is `command` (upper-case: "CAPABILITY", "LOGIN", "EHLO", "AUTH"), or null.
    const Exchange *find(const QByteArray &command) const;
    /// The exchange that carries the login attempt (the last one).
    const Exchange *login() const { return exchanges.isEmpty() ? nullptr : &exchanges.last(); }
    /// The login the recording shows, in ProtocolResult::authMechanism's terms: "LOGIN", "PLAIN", "XOAUTH2", …
    QString recordedMechanism() const;

    /// Makes `server` play this script.
    void install(ScriptedServer &server) const;
};

}  // namespace ipw::test
