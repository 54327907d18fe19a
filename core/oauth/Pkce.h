#pragma once

#include <QByteArray>

namespace ipw::pkce {

/// PKCE (RFC 7636) for the authorization-code flow.
///
///     const QByteArray verifier = pkce::makeVerifier();            // kept by the client, sent to the token endpoint
///     const QByteArray challenge = pkce::challengeS256(verifier);  // sent with the authorization request
///
/// A fresh code_verifier: 64 characters from the unreserved set (RFC 7636 §4.1), from the system CSPRNG.
QByteArray makeVerifier();
/// BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2, method S256).
QByteArray challengeS256(const QByteArray &verifier);

}  // namespace ipw::pkce
