#include "pages/Disclosure.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace ipw {

Disclosure::Disclosure(const QString &buttonName, QWidget *parent)
    : QWidget(parent)
{
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(buttonName);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    // Indented under the arrow, so it reads as belonging to it.
    m_contentLayout->setContentsMargins(m_toggle->iconSize().width() + 6, 0, 0, 0);
    m_content->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_content->setVisible(open);
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_toggle->setAccessibleDescription(open ? tr("Expanded") : tr("Collapsed"));
        Q_EMIT toggled(open);
    });
    m_toggle->setAccessibleDescription(tr("Collapsed"));
}

void Disclosure::setText(const QString &text)
{
    m_toggle->setText(text);
}

bool Disclosure::isOpen() const
{
    return m_toggle->isChecked();
}

void Disclosure::setOpen(bool open)
{
    m_toggle->setChecked(open);
}

}  // namespace ipw
