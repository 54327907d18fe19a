// The classification table, without a keychain: what qtkeychain said + what the bus said → KeychainError.

#include "keychain/QtKeychainCredentialStore.h"

#include <catch2/catch.hpp>

using ipw::KeychainError;
using ipw::SecretServiceState;
using Op = ipw::CredentialJob::Operation;

TEST_CASE("qtkeychain errors are classified by the state of the bus", "[keychain][classify]")
{
    auto classify = ipw::QtKeychainCredentialStore::classify;
    CHECK(classify(Op::Write, QKeychain::OtherError, SecretServiceState::NoBus) == KeychainError::NoDbus);
    CHECK(classify(Op::Write, QKeychain::OtherError, SecretServiceState::NotRunning) == KeychainError::NoBackend);
    CHECK(classify(Op::Read, QKeychain::EntryNotFound, SecretServiceState::NotRunning) == KeychainError::NotFound);
    CHECK(classify(Op::Write, QKeychain::AccessDenied, SecretServiceState::Locked) == KeychainError::Locked);
    CHECK(classify(Op::Read, QKeychain::EntryNotFound, SecretServiceState::Locked) == KeychainError::Locked);
    CHECK(classify(Op::Read, QKeychain::EntryNotFound, SecretServiceState::Unlocked) == KeychainError::NotFound);
    CHECK(classify(Op::Write, QKeychain::OtherError, SecretServiceState::Unlocked) == KeychainError::Other);
    // macOS / Windows: no bus to ask, qtkeychain's code decides.
    CHECK(classify(Op::Write, QKeychain::AccessDeniedByUser, SecretServiceState::Unknown) ==
          KeychainError::AccessDenied);
    CHECK(classify(Op::Write, QKeychain::AccessDenied, SecretServiceState::Unknown) == KeychainError::AccessDenied);
    CHECK(classify(Op::Write, QKeychain::NoBackendAvailable, SecretServiceState::Unknown) == KeychainError::NoBackend);
    CHECK(classify(Op::Remove, QKeychain::CouldNotDeleteEntry, SecretServiceState::Unknown) == KeychainError::Other);
}
