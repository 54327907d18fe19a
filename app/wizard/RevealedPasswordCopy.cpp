#include "RevealedPasswordCopy.h"

#include "PasswordClipboard.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace ipw {

RevealedPasswordCopy::RevealedPasswordCopy(QLineEdit *field, PasswordClipboard *clipboard)
    : QObject(field)
    , m_field(field)
    , m_clipboard(clipboard)
{
    field->installEventFilter(this);
}

bool RevealedPasswordCopy::revealedWithSelection() const
{
    return m_field->echoMode() == QLineEdit::Normal && m_field->hasSelectedText();
}

void RevealedPasswordCopy::copySelection(bool cut)
{
    m_clipboard->copy(m_field->selectedText());
    if (cut && !m_field->isReadOnly())
        m_field->del();
    Q_EMIT copied();
}

bool RevealedPasswordCopy::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copy = key->matches(QKeySequence::Copy);
        const bool cut = key->matches(QKeySequence::Cut);
        if ((!copy && !cut) || !revealedWithSelection())
            return false;
        // Accepting the override keeps a window-wide Ctrl+C shortcut from taking the key first.
        key->accept();
        if (event->type() == QEvent::KeyPress)
            copySelection(cut);
        return true;
    }
    case QEvent::ContextMenu:
        if (m_field->echoMode() != QLineEdit::Normal)
            return false;
        showContextMenu(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    default:
        return false;
    }
}

void RevealedPasswordCopy::showContextMenu(const QPoint &globalPos)
{
    // QLineEdit's own menu, with Copy and Cut sent through PasswordClipboard instead of QLineEdit::copy().
    QMenu *menu = m_field->createStandardContextMenu();
    menu->setObjectName(u"revealedPasswordMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : menu->actions()) {
        const bool cut = action->objectName() == u"edit-cut";
        if (!cut && action->objectName() != u"edit-copy")
            continue;
        action->disconnect();
        connect(action, &QAction::triggered, this, [this, cut] {
            if (revealedWithSelection())
                copySelection(cut);
        });
    }
    menu->popup(globalPos);
}

}  // namespace ipw
