#include "SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace ipw {
namespace {

std::function<QString(const QString &)> &chooser()
{
    static std::function<QString(const QString &)> instance;
    return instance;
}

}  // namespace

QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    if (chooser())
        return chooser()(suggestedName);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter);
}

void setSaveFileNameChooser(std::function<QString(const QString &)> newChooser)
{
    chooser() = std::move(newChooser);
}

}  // namespace ipw
