#pragma once

#include <QString>
#include <Qt>

class QLabel;
class QPushButton;
class QWidget;

namespace ipw {

/// A selectable, word-wrapped label with an objectName, as the result page's views use them.
QLabel *resultLabel(QWidget *parent, const QString &name, Qt::TextFormat format = Qt::AutoText);
/// A push button with an objectName (tests find it by name).
QPushButton *resultButton(QWidget *parent, const QString &name);

}  // namespace ipw
