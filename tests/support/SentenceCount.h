#pragma once

#include <QString>

/// How many sentences a text of prose has, for the rule of about three sentences before "More" (issue 18): Japanese
/// ones end in 。！？, English ones in . ! ? before a space or the end ("e.g.", "i.e." and "Yahoo!" are not ends).
///
///     sentenceCount(u"Check it. Then try again."_s) == 2
int sentenceCount(const QString &text);
