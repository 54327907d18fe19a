#pragma once

namespace ipw {

/// Why the OS keychain did not do what was asked. Words for people come from app/ (tr()); core keeps the
/// backend's own text next to it for the details (see CredentialJob::errorDetails()).
enum class KeychainError {
    NoBackend,     ///< no keychain service (Linux: nothing provides org.freedesktop.secrets on the session bus)
    Locked,        ///< the keyring/collection is locked and could not be unlocked without the user
    AccessDenied,  ///< the keychain refused (the user said no, or an access policy did)
    NotFound,      ///< no secret under that service and key
    NoDbus,        ///< Linux: no D-Bus session bus to reach a Secret Service over
    Other,         ///< anything else; errorDetails() has the backend's text
};

}  // namespace ipw
