#pragma once

#include <QString>

namespace ipw::cli {

/// Text from outside (a server's words, a certificate's subject, a transcript line) made safe to print on a
/// terminal: every C0 and C1 control character, and DEL, becomes a visible escape, so a server cannot move the
/// cursor, retitle the window, write the clipboard (OSC 52), plant a link (OSC 8), ring the bell or overwrite a line
/// with a bare CR. Only the text output needs it: JSON escapes control characters itself.
///
///     out << tr("The server said: %1").arg(TerminalText::escaped(r.serverText));
///     // "\x1b]52;c;…\x07" prints as \x1b]52;c;…\x07
class TerminalText {
public:
    /// \r, \n, \t for those three; \xNN for the rest of C0 and DEL; \uNNNN for C1 (U+0080–U+009F).
    static QString escaped(const QString &text);
    /// As escaped(), but each '\n' stays a line break: for text whose line breaks our own code put there (an SMTP
    /// reply's lines, joined with '\n' by core/net).
    static QString escapedLines(const QString &text);
};

}  // namespace ipw::cli
