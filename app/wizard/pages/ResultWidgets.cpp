#include "pages/ResultWidgets.h"

#include <QLabel>
#include <QPushButton>

namespace ipw {

QLabel *resultLabel(QWidget *parent, const QString &name, Qt::TextFormat format)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *resultButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    return button;
}

}  // namespace ipw
