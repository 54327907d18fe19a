#pragma once

namespace ipw {

enum class CapsLockState { Off, On, Unknown };

/// Whether Caps Lock is on, asked from the platform right now. Known on X11 (XKB's locked modifiers), Windows
/// (GetKeyState(VK_CAPITAL)) and macOS (CGEventSourceFlagsState); Unknown everywhere else (Wayland, where no
/// client may read the keyboard state, and the offscreen platform). Never guessed from typed letters: an
/// Unknown state shows nothing.
CapsLockState capsLockState();

}  // namespace ipw
