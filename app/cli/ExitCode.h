#pragma once

namespace ipw::cli {

/// imap-password-check's exit codes: a contract for scripts.
enum ExitCode : int {
    Verified = 0,       ///< every protocol asked for was verified
    NotVerified = 1,    ///< a diagnosis was given
    BadInput = 2,       ///< bad usage or bad input, with a message on stderr
    StorageFailed = 3,  ///< verified, but the keychain or the saved-accounts file failed (keychain options)
};

}  // namespace ipw::cli
