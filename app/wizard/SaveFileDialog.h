#pragma once
// Where the user saves a file (the exports for another device): QFileDialog, or a stand-in that GUI tests set,
// since a native dialog cannot be driven from a test.

#include <QString>

#include <functional>

class QWidget;

namespace ipw {

/// The chosen path, or an empty string when the user cancelled.
QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);

/// Tests: answer every askSaveFileName() with this function instead of a dialog ({} restores the dialog).
void setSaveFileNameChooser(std::function<QString(const QString &suggestedName)> chooser);

}  // namespace ipw
