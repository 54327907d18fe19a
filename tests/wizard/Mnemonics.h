#pragma once

#include <QStringList>

class QWidget;

/// Two visible controls in `window` with the same Alt+key (a button's text, or a label's text for its buddy): the
/// second cannot be reached with it. One line per clash, e.g. "Alt+A: 'About' and 'Copy &all'"; empty when none.
///
///     CHECK(mnemonicClashes(wizard).isEmpty());
QStringList mnemonicClashes(QWidget &window);
