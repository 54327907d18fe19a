#pragma once
// The accounts file: one JSON document with every saved account's non-secret part, replaced atomically.
//
//     const auto loaded = ipw::AccountsFile::load(path);
//     if (loaded.error) { /* FileCorrupt etc.: tell the user, do not write over it */ }
//     ipw::AccountsFile::write(path, accounts, &details);
//
// Format (version 1):
//     {"format": "imap-password-wizard-accounts", "version": 1, "accounts": [ {SavedAccount::toJson()}, … ]}
// An account's "discovery" member (where its servers were found, issue 15) is optional: files written before it read
// unchanged, and a program that does not know it reads the rest as before (JSON members it does not know are
// skipped), so the version stays 1.

#include "accounts/AccountsError.h"
#include "accounts/SavedAccount.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ipw {

class AccountsFile {
public:
    static constexpr int kVersion = 1;

    struct Loaded {
        QList<SavedAccount> accounts;
        std::optional<AccountsError> error;
        QString details;  ///< untranslated: what is wrong and where (JSON parse error and offset, field)
    };

    /// Pure: the file's bytes → accounts, or FileCorrupt / FileTooNew with details.
    static Loaded parse(const QByteArray &bytes);
    static QByteArray serialize(const QList<SavedAccount> &accounts);

    /// A missing file is an empty list, not an error.
    static Loaded load(const QString &path);
    /// Writes a temporary file beside `path` and renames it over `path` (QSaveFile): a crash at any point
    /// leaves either the old or the new file, never a mix. Creates the directory; the file is private (0600).
    static bool write(const QString &path, const QList<SavedAccount> &accounts, QString *details);
};

}  // namespace ipw
