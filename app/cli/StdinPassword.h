#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

namespace ipw::cli {

/// --password-stdin: the password as the first line of standard input.
///
/// From a pipe it is read as is. From a terminal the typed characters would be echoed on the screen (and end up in
/// a screen recording or the scrollback), so echo is turned off while the line is read and a prompt on stderr says
/// so; the terminal is restored afterwards, also when the user presses Ctrl+C meanwhile.
///
///     const std::optional<QString> password = StdinPassword::read(streams.err);
class StdinPassword {
    Q_DECLARE_TR_FUNCTIONS(StdinPassword)
public:
    /// One line without its line end; std::nullopt at end of input. `err` gets the prompt (terminal only).
    static std::optional<QString> read(QTextStream &err);
    /// One line from `in` without its line end; std::nullopt at end of input.
    static std::optional<QString> readLine(QTextStream &in);
};

}  // namespace ipw::cli
