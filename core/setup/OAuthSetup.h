#pragma once
// From a provider (and the client registrations) to what core/oauth needs. Shared by the CLI and the wizard, so
// that both decide "is browser sign-in available here?" the same way.

#include "accounts/SavedAccount.h"
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

/// "localhost" → RedirectHost::Localhost; anything else → Ipv4Loopback (the provider and accounts files' form).
RedirectHost redirectHostFromString(QStringView host);
QString toString(RedirectHost host);  ///< "localhost" / "127.0.0.1"

/// What the accounts file keeps of a sign-in with `settings` (no secret). An empty issuer becomes the
/// authorization host, as in oauthSetupFor().
SavedOAuth savedOAuthFor(const OAuthSettings &settings, const QString &issuer);
/// The settings to refresh a saved sign-in with. The client secret (for providers that issue one) is
/// configuration: taken from the registration that issued the token, never from the accounts file.
OAuthSettings oauthSettingsForSaved(const SavedOAuth &saved, const OAuthClients &clients);

}  // namespace ipw
