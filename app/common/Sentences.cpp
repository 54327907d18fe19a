#include "common/Sentences.h"

namespace ipw {

QString joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    // Japanese sentences follow each other without a space; a space there shows as a gap in the line.
    static const QString noSpaceAfter = QStringLiteral("。！？」）");
    if (noSpaceAfter.contains(first.back()))
        return first + second;
    return first + u' ' + second;
}

}  // namespace ipw
