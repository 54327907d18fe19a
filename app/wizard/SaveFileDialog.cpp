#include "SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
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

std::optional<QString> saveFileAs(QWidget *parent, const QString &title, const QString &suggestedName,
                                  const QString &filter, const std::function<QByteArray()> &makeData, QString *error)
{
    const QString path = askSaveFileName(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return std::nullopt;
    const QByteArray data = makeData();
    QSaveFile file(path);
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return std::nullopt;
    }
    return path;
}

void setSaveFileNameChooser(std::function<QString(const QString &)> newChooser)
{
    chooser() = std::move(newChooser);
}

}  // namespace ipw
