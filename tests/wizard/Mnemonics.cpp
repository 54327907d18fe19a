#include "Mnemonics.h"

#include <QAbstractButton>
#include <QHash>
#include <QKeySequence>
#include <QLabel>

using namespace Qt::StringLiterals;

QStringList mnemonicClashes(QWidget &window)
{
    QHash<QString, QString> byKey;  // Alt+key → the text that has it
    QStringList problems;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        const QString key = QKeySequence::mnemonic(text).toString();
        if (key.isEmpty())
            continue;
        if (byKey.contains(key))
            problems << u"%1: '%2' and '%3'"_s.arg(key, byKey.value(key), text);
        else
            byKey.insert(key, text);
    }
    return problems;
}
