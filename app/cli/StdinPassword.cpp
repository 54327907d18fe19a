#include "cli/StdinPassword.h"

#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace ipw::cli {
namespace {

#if defined(Q_OS_WIN)

// The console's echo, off for the lifetime of this object (ENABLE_ECHO_INPUT, SetConsoleMode).
class EchoOff {
public:
    EchoOff()
    {
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_saved) &&
                   SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
    }
    ~EchoOff()
    {
        if (m_active)
            SetConsoleMode(m_handle, m_saved);
    }
    bool active() const { return m_active; }

private:
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_saved = 0;
    bool m_active = false;
};

bool stdinIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
}

#else

termios g_saved;  // what SIGINT/SIGTERM restore before the process ends

extern "C" void restoreAndReraise(int sig)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);  // async-signal-safe
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// The terminal's echo, off for the lifetime of this object. ECHONL keeps the line break the user types visible.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_previousInt = std::signal(SIGINT, restoreAndReraise);
        m_previousTerm = std::signal(SIGTERM, restoreAndReraise);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    bool active() const { return m_active; }

private:
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
    bool m_active = false;
};

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

#endif

}  // namespace

std::optional<QString> StdinPassword::readLine(QTextStream &in)
{
    QString line;
    if (!in.readLineInto(&line))
        return std::nullopt;
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

std::optional<QString> StdinPassword::read(QTextStream &err)
{
    QTextStream in(stdin);
    if (!stdinIsTerminal())
        return readLine(in);
    const EchoOff echoOff;
    err << (echoOff.active() ? tr("Password (it is not shown as you type): ")
                             : tr("Password (careful: this terminal shows it as you type): "));
    err.flush();
    return readLine(in);
}

}  // namespace ipw::cli
