#include "accounts/AccountsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {
const QString kFormat = u"imap-password-wizard-accounts"_s;

AccountsFile::Loaded corrupt(const QString &details)
{
    return {{}, AccountsError::FileCorrupt, details};
}
}  // namespace

AccountsFile::Loaded AccountsFile::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return corrupt(u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != kFormat) {
        return corrupt(u"not an accounts file (\"format\" is not \"%1\")"_s.arg(kFormat));
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version > kVersion) {
        return {
            {}, AccountsError::FileTooNew, u"version %1; this program reads version %2"_s.arg(version).arg(kVersion)};
    }
    if (version < 1 || !root.value(u"accounts"_s).isArray()) {
        return corrupt(u"missing \"version\" or \"accounts\""_s);
    }
    Loaded loaded;
    const QJsonArray accounts = root.value(u"accounts"_s).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QString why;
        const auto account = SavedAccount::fromJson(accounts.at(i).toObject(), &why);
        if (!account) {
            return corrupt(u"account %1: %2"_s.arg(i + 1).arg(why));
        }
        loaded.accounts.append(*account);
    }
    return loaded;
}

QByteArray AccountsFile::serialize(const QList<SavedAccount> &accounts)
{
    QJsonArray list;
    for (const SavedAccount &account : accounts) {
        list.append(account.toJson());
    }
    const QJsonObject root{{u"format"_s, kFormat}, {u"version"_s, kVersion}, {u"accounts"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AccountsFile::Loaded AccountsFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, AccountsError::FileUnreadable, file.errorString()};
    }
    return parse(file.readAll());
}

bool AccountsFile::write(const QString &path, const QList<SavedAccount> &accounts, QString *details)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *details = u"cannot create the directory %1"_s.arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *details = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize(accounts);
    if (file.write(bytes) != bytes.size()) {
        *details = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {  // fsync + rename over the old file
        *details = file.errorString();
        return false;
    }
    return true;
}

}  // namespace ipw
