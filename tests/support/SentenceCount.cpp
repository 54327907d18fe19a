#include "SentenceCount.h"

#include <QRegularExpression>

int sentenceCount(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(u"[。！？]|(?<!e\\.g|i\\.e|Yahoo)[.!?](?=\\s|$)"));
    int count = 0;
    for (auto it = end.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}
