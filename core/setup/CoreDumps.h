#pragma once

namespace ipw {

/// Keeps the process's memory (the password, the tokens) out of core dumps and crash reports, and (on Linux)
/// away from other processes of the same user that would read it through ptrace or /proc/PID/mem. Both front ends
/// call it first thing in main().
///
/// Linux: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0. macOS: RLIMIT_CORE 0. Windows: the program is excluded from
/// Windows Error Reporting (its crash dumps). Sanitizer builds keep the process dumpable: LeakSanitizer needs
/// ptrace to stop the process at exit.
///
///     int main(int argc, char *argv[]) { ipw::disableCoreDumps(); QApplication app(argc, argv); … }
///
/// Returns false when the platform refused (the program still runs).
bool disableCoreDumps();

}  // namespace ipw
