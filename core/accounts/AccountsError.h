#pragma once

namespace ipw {

/// Why an AccountStore operation failed. Words for people come from app/ (tr()).
enum class AccountsError {
    NotVerified,      ///< save/update without a verified login (refused; nothing written)
    InvalidAddress,   ///< the address has no canonical form (SavedAccount::canonicalAddress): refused, nothing written
    UnknownAccount,   ///< no saved account has that address
    FileCorrupt,      ///< the accounts file is not ours or is damaged: left untouched, nothing is saved over it
    FileTooNew,       ///< written by a newer version of the program: left untouched
    FileUnreadable,   ///< it exists but cannot be read (permissions, I/O)
    FileWriteFailed,  ///< the new file could not be written; the previous one is intact (atomic replace)
    Keychain,         ///< the keychain failed: see AccountJob::keychainError()
};

}  // namespace ipw
