#include "TempDirs.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace ipw::test {
namespace {
const QString ownerFile = QStringLiteral("owner.pid");
const QString removingMark = QStringLiteral(".removing-");

bool isAlive(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

void removeStale(const QDir &root, const QString &prefix)
{
    const QStringList entries = root.entryList({prefix + QStringLiteral("-*")}, QDir::Dirs | QDir::NoSymLinks);
    for (const QString &entry : entries) {
        const QString path = root.filePath(entry);
        if (QFileInfo(path).ownerId() != ::geteuid())
            continue;
        qint64 pid = 0;
        bool ok = false;
        if (const qsizetype mark = entry.indexOf(removingMark); mark >= 0) {
            pid = entry.mid(mark + removingMark.size()).toLongLong(&ok);  // a remover that died half-way
        } else {
            QFile owner(QDir(path).filePath(ownerFile));
            if (!owner.open(QIODevice::ReadOnly))
                continue;  // being created right now, or not ours
            pid = owner.readAll().trimmed().toLongLong(&ok);
        }
        if (ok && pid > 0 && !isAlive(pid))
            removeTempDir(path);
    }
}
}  // namespace

bool removeTempDir(const QString &path)
{
    // Two test processes may go for the same stale directory at once (ctest -j2); removing it in place from both
    // can leave an empty directory behind, as each skips the final rmdir after the other took a file. Renaming is
    // atomic: one of them wins, and removes the renamed directory alone.
    const QString claimed = path + removingMark + QString::number(::getpid());
    if (!QDir().rename(path, claimed))
        return false;
    return QDir(claimed).removeRecursively();
}

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
