#pragma once

#include <QPalette>

namespace ipw {

/// A dark palette for the Fusion style, to see (and screenshot) the wizard dark where the platform gives no dark
/// theme: Qt 6.4 has no colour-scheme API, and the native styles on Windows and macOS follow the system by
/// themselves. main.cpp uses it when IPW_PALETTE=dark; tools/make-screenshots.sh takes the dark screenshots with it.
/// Every widget takes its colours from the palette, so nothing else changes.
QPalette darkPalette();

/// The Fusion style with darkPalette() for the whole application (the screenshot tool's --dark).
void useDarkPalette();

/// useDarkPalette() when IPW_PALETTE=dark, as the app reads it at start (main.cpp; the discovery test's screenshots).
void usePaletteFromEnvironment();

}  // namespace ipw
