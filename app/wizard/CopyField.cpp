#include "CopyField.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ipw {

CopyField::CopyField(const QString &valueName, const QString &copyName, QWidget *parent)
    : QWidget(parent)
{
    m_value = new QLineEdit(this);
    m_value->setObjectName(valueName);
    m_value->setReadOnly(true);
    m_value->setFrame(false);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(copyName);
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolButtonStyle(QIcon::hasThemeIcon(u"edit-copy"_s) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    m_copy->setAutoRaise(true);
    m_copy->setFocusPolicy(Qt::StrongFocus);
    QSizePolicy keep = m_copy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_copy->setSizePolicy(keep);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_value->text());
        Q_EMIT copied();
    });
    m_value->installEventFilter(this);
    m_copy->installEventFilter(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_copy);
    retranslate();
    updateButton();
}

void CopyField::setValue(const QString &value, const QString &accessibleName)
{
    m_value->setText(value);
    m_value->setCursorPosition(0);
    m_name = accessibleName;
    m_value->setAccessibleName(accessibleName);
    retranslate();
}

QString CopyField::value() const
{
    return m_value->text();
}

void CopyField::setCopyable(bool copyable)
{
    m_copyable = copyable;
    updateButton();
}

bool CopyField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        updateButton();
    return QWidget::eventFilter(watched, event);
}

void CopyField::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateButton();
    QWidget::enterEvent(event);
}

void CopyField::leaveEvent(QEvent *event)
{
    m_hovered = false;
    updateButton();
    QWidget::leaveEvent(event);
}

void CopyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CopyField::updateButton()
{
    // A hidden button cannot take the focus, so the value's focus shows it and Tab then reaches it.
    const bool focused = m_value->hasFocus() || m_copy->hasFocus();
    m_copy->setVisible(m_copyable && !m_value->text().isEmpty() && (m_hovered || focused));
}

void CopyField::retranslate()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(m_name.isEmpty() ? tr("Copy") : tr("Copy %1").arg(m_name));
    m_copy->setAccessibleName(m_name.isEmpty() ? tr("Copy") : tr("Copy %1").arg(m_name));
    m_copy->setAccessibleDescription(tr("Copy this value."));
    m_value->setAccessibleDescription(tr("Read-only; the Copy button beside it copies it."));
}

}  // namespace ipw
