#pragma once
// Where the user saves a file (the exports for another device): QFileDialog, or a stand-in that GUI tests set,
// since a native dialog cannot be driven from a test.

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace ipw {

/// The chosen path, or an empty string when the user cancelled.
QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);

/// Asks where to save (askSaveFileName), then writes what `makeData` gives (called only once a path was chosen: a
/// PDF takes a moment) there in one go (QSaveFile). The path written; std::nullopt when the user cancelled, or with
/// *error set when writing failed.
std::optional<QString> saveFileAs(QWidget *parent, const QString &title, const QString &suggestedName,
                                  const QString &filter, const std::function<QByteArray()> &makeData, QString *error);

/// Tests: answer every askSaveFileName() with this function instead of a dialog ({} restores the dialog).
void setSaveFileNameChooser(std::function<QString(const QString &suggestedName)> chooser);

}  // namespace ipw
