#include "VisibleProse.h"

#include "SentenceCount.h"

#include <QLabel>
#include <QTextDocumentFragment>

QStringList visibleProse(QWidget *page)
{
    QStringList prose;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->objectName() == u"stepsLabel" || label->objectName() == u"reissueStepsLabel")
            continue;
        const QString text = label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())
                                 ? label->text()
                                 : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        if (sentenceCount(text) > 0)
            prose << text.simplified();
    }
    return prose;
}

int visibleSentences(QWidget *page)
{
    int count = 0;
    for (const QString &text : visibleProse(page))
        count += sentenceCount(text);
    return count;
}
