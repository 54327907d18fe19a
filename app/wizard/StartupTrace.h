#pragma once

class QWidget;

namespace ipw {

/// Where the wizard's start-up time goes (issue 17): with IPW_STARTUP_TRACE=1 each mark() prints the milliseconds
/// since main() began to stderr, and the first paint of the window prints "first page shown" with the absolute
/// CLOCK_MONOTONIC time too (bench/startup.sh adds the time before main(): exec and loading the libraries).
/// IPW_STARTUP_TRACE=quit also quits right after that paint, so the peak resident memory of the process is the one
/// at the first page. Without the variable nothing is measured or printed.
///
///     StartupTrace::begin();             // first thing in main()
///     StartupTrace::mark("QApplication");
///     StartupTrace::watchFirstPaint(&wizard);
class StartupTrace {
public:
    static void begin();
    static void mark(const char *what);
    static void watchFirstPaint(QWidget *window);
    static bool enabled();
};

}  // namespace ipw
