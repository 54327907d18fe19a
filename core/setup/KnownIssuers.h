#pragma once
// Which mail servers an OAuth token may go to (issue 13, item 14). A token issued by accounts.google.com is a key
// to the user's Google mailbox: it goes to Google's mail hosts and nowhere else, whatever a provider file, an
// accounts file or a command line says.

#include "oauth/OAuthSettings.h"
#include "providers/OAuthClients.h"
#include "providers/ProviderDatabase.h"

#include <QStringList>

namespace ipw {

/// Why a browser sign-in may not go ahead with these settings.
enum class OAuthBinding {
    Allowed,
    /// The settings use this installation's client registration for a known issuer (its ID or its secret) with
    /// other endpoints than that issuer's built-in provider names: the client would be handed to someone else.
    ForeignEndpoints,
    /// The token would come from a known issuer's endpoints but go to a mail host that is not that provider's.
    ForeignMailHosts,
};

/// The OAuth issuers the built-in provider files name, each with its endpoints and mail hosts. A user provider
/// file may replace a built-in entry; this table is always read from the built-in files alone.
///
///     const KnownIssuers &known = KnownIssuers::builtIn();
///     known.check(settings, {u"imap.gmail.com"_s, u"smtp.gmail.com"_s}, OAuthClients::load());  // Allowed
///     known.check(settings, {u"imap.evil.example"_s}, clients);                             // ForeignMailHosts
class KnownIssuers {
public:
    explicit KnownIssuers(const ProviderDatabase &builtIns);
    /// From ProviderDatabase::builtIn(), read once per process.
    static const KnownIssuers &builtIn();

    /// The built-in provider whose oauth2 issuer is `issuer` (case-insensitive), or nullptr.
    const Provider *providerFor(QStringView issuer) const;
    /// The built-in provider whose issuer's registration in `clients` has this client ID, or nullptr.
    const Provider *providerForClient(const QString &clientId, const OAuthClients &clients) const;
    /// The built-in provider whose authorization and token endpoints are exactly these, or nullptr.
    const Provider *providerWithEndpoints(const QUrl &authorizeUrl, const QUrl &tokenUrl) const;

    /// Rule 1: a client registration for a known issuer is used only with that issuer's own endpoints.
    OAuthBinding clientAllowed(const OAuthSettings &settings, const OAuthClients &clients) const;
    /// Rule 2: a token from a known issuer's token endpoint goes only to that provider's mail hosts.
    OAuthBinding mailHostsAllowed(const OAuthSettings &settings, const QStringList &mailHosts) const;
    /// Both rules, the first that fails.
    OAuthBinding check(const OAuthSettings &settings, const QStringList &mailHosts, const OAuthClients &clients) const;

private:
    QList<Provider> m_providers;  // built-in entries with oauth2
};

/// The issuer key of a provider's OAuth section: its issuer, else the authorization host.
QString issuerOf(const OAuth2Endpoints &endpoints);

}  // namespace ipw
