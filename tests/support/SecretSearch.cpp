#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>

namespace ipw::test {

QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    const QList<QByteArray> forms{secret.toUtf8(), utf16, secret.toUtf8().toBase64()};
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                found << path;
                break;
            }
        }
    }
    return found;
}

}  // namespace ipw::test
