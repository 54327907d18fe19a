#include "TempDirs.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace ipw::test {
namespace {
const QString ownerFile = QStringLiteral("owner.pid");

bool isAlive(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

void removeStale(const QDir &root, const QString &prefix)
{
    const QStringList entries = root.entryList({prefix + QStringLiteral("-??????")}, QDir::Dirs | QDir::NoSymLinks);
    for (const QString &entry : entries) {
        QDir dir(root.filePath(entry));
        if (QFileInfo(dir.path()).ownerId() != ::geteuid())
            continue;
        QFile owner(dir.filePath(ownerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue;  // being created right now, or not ours
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        if (ok && pid > 0 && !isAlive(pid))
            dir.removeRecursively();
    }
}
}  // namespace

std::unique_ptr<QTemporaryDir> makeOwnedTempDir(const QString &tempRoot, const QString &prefix)
{
    removeStale(QDir(tempRoot), prefix);
    auto dir = std::make_unique<QTemporaryDir>(tempRoot + QLatin1Char('/') + prefix + QStringLiteral("-XXXXXX"));
    if (dir->isValid()) {
        QFile owner(dir->filePath(ownerFile));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())) + '\n');
    }
    return dir;
}

}  // namespace ipw::test
