#include "setup/CoreDumps.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define IPW_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define IPW_SANITIZED 1
#endif
#endif

namespace ipw {

bool disableCoreDumps()
{
#if defined(IPW_SANITIZED)
    return true;
#else
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(Q_OS_LINUX)
    // Also makes /proc/PID/mem, environ and friends unreadable by other processes of the user (ptrace checks).
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if defined(Q_OS_WIN)
    // WerAddExcludedApplication (werapi.h) keeps crash dumps of this program out of Windows Error Reporting. Looked
    // up at run time, so the program does not need wer.dll to start.
    using Exclude = HRESULT(WINAPI *)(PCWSTR, BOOL);
    wchar_t path[MAX_PATH];
    const HMODULE wer = LoadLibraryW(L"wer.dll");
    const auto exclude = wer ? reinterpret_cast<Exclude>(GetProcAddress(wer, "WerAddExcludedApplication")) : nullptr;
    ok = exclude && GetModuleFileNameW(nullptr, path, MAX_PATH) > 0 && SUCCEEDED(exclude(path, FALSE));
#endif
    return ok;
#endif
}

}  // namespace ipw
