#pragma once
// From a provider (and the client registrations) to what core/oauth needs. Shared by the CLI and the wizard, so
// that both decide "is browser sign-in available here?" the same way.

#include "oauth/OAuthSettings.h"
#include "providers/OAuthClients.h"
#include "providers/Provider.h"

#include <optional>

namespace ipw {

struct OAuthSetup {
    bool offered = false;     ///< the provider lists oauth2 among its auth methods and has endpoints
    bool configured = false;  ///< … and this installation has a client ID for its issuer
    QString issuer;
    /// Set when offered and configured: endpoints, scopes, redirect host and the provider's extra authorize
    /// parameters, the client ID/secret, and loginHint = address.
    std::optional<OAuthSettings> settings;
};

/// What browser sign-in looks like for `provider` and `address` with these client registrations.
OAuthSetup oauthSetupFor(const Provider &provider, const OAuthClients &clients, const QString &address);

}  // namespace ipw
