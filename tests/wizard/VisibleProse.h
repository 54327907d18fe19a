#pragma once

#include <QStringList>

class QWidget;

/// The prose a page shows before any "More" or "Details" (issue 18: about three sentences): every visible label
/// with a sentence in it, except a provider's numbered steps (a procedure to follow, not reading); headings and field
/// labels have no sentence and are left out.
///
///     CHECK(visibleSentences(wizard.currentPage()) <= 3);
QStringList visibleProse(QWidget *page);

/// The number of sentences in visibleProse(page) (SentenceCount.h).
int visibleSentences(QWidget *page);
