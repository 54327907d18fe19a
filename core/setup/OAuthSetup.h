#pragma once
// From a provider (and the client registrations) to what core/oauth needs. Shared by the CLI and the wizard, so
// that both decide "is browser sign-in available here?" the same way.

#include "accounts/SavedAccount.h"
#include "net/CheckSettings.h"
#include "oauth/OAuthSettings.h"
#include "providers/OAuthClients.h"
#include "providers/Provider.h"
#include "setup/KnownIssuers.h"

#include <optional>

namespace ipw {

struct OAuthSetup {
    bool offered = false;     ///< the provider lists oauth2 among its auth methods and has endpoints
    bool configured = false;  ///< … and this installation has a client ID for its issuer, usable with this file
    QString issuer;
    /// Not Allowed when this installation's client for a known issuer would be used with a provider file that
    /// names that issuer but other endpoints or mail hosts (a user file replacing a built-in one): such a file
    /// needs a client ID of its own (configured is then false).
    OAuthBinding binding = OAuthBinding::Allowed;
    /// Set when offered and configured: endpoints, scopes, redirect host and the provider's extra authorize
    /// parameters, the client ID/secret, and loginHint = address.
    std::optional<OAuthSettings> settings;
};

/// What browser sign-in looks like for `provider` and `address` with these client registrations.
OAuthSetup oauthSetupFor(const Provider &provider, const OAuthClients &clients, const QString &address,
                         const KnownIssuers &known = KnownIssuers::builtIn());

/// "localhost" → RedirectHost::Localhost; anything else → Ipv4Loopback (the provider and accounts files' form).
RedirectHost redirectHostFromString(QStringView host);
QString toString(RedirectHost host);  ///< "localhost" / "127.0.0.1"

/// What the accounts file keeps of a sign-in with `settings` (no secret). An empty issuer becomes the
/// authorization host, as in oauthSetupFor().
SavedOAuth savedOAuthFor(const OAuthSettings &settings, const QString &issuer);
/// The settings to refresh a saved sign-in with. The client secret (for providers that issue one) is
/// configuration: taken from the registration that issued the token, never from the accounts file. A sign-in of a
/// known issuer (its issuer, or this installation's client ID for a known issuer) uses that provider's current
/// endpoints, never the URLs saved with it: the accounts file is no trust anchor.
OAuthSettings oauthSettingsForSaved(const SavedOAuth &saved, const OAuthClients &clients,
                                    const KnownIssuers &known = KnownIssuers::builtIn());
/// The mail hosts a check with these settings connects to.
QStringList mailHostsOf(const CheckSettings &settings);

}  // namespace ipw
