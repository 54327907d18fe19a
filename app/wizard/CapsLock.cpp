#include "CapsLock.h"

#include <QGuiApplication>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <CoreGraphics/CoreGraphics.h>
#elif defined(IPW_HAVE_X11)
#include <QtGui/qguiapplication_platform.h>
// Xlib last: it defines macros (None, Bool, Status) that clash with Qt and our enums.
#include <X11/XKBlib.h>
#endif

namespace ipw {

CapsLockState capsLockState()
{
#if defined(Q_OS_WIN)
    // The low bit of GetKeyState is the toggle state of a toggle key.
    return (GetKeyState(VK_CAPITAL) & 0x0001) ? CapsLockState::On : CapsLockState::Off;
#elif defined(Q_OS_MACOS)
    const CGEventFlags flags = CGEventSourceFlagsState(kCGEventSourceStateCombinedSessionState);
    return (flags & kCGEventFlagMaskAlphaShift) ? CapsLockState::On : CapsLockState::Off;
#elif defined(IPW_HAVE_X11) && QT_CONFIG(xcb)
    // Only when Qt runs on X11 (xcb); nullptr on Wayland and offscreen. The locked Lock modifier is Caps Lock
    // itself; the keyboard LED (XkbGetIndicatorState) can be remapped, the modifier cannot.
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    Display *display = x11 ? x11->display() : nullptr;
    if (!display)
        return CapsLockState::Unknown;
    XkbStateRec state{};
    if (XkbGetState(display, XkbUseCoreKbd, &state) != Success)
        return CapsLockState::Unknown;
    return (state.locked_mods & LockMask) ? CapsLockState::On : CapsLockState::Off;
#else
    return CapsLockState::Unknown;
#endif
}

}  // namespace ipw
