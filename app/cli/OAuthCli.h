#pragma once
// The CLI's OAuth 2.0 options: --oauth, --no-browser, --oauth-client-id, --oauth-client-secret,
// --oauth-authorize-url, --oauth-token-url, --oauth-scope "S1 S2", --oauth-redirect-host, --oauth-mechanism,
// --oauth-timeout. The flags are a contract for scripts.
//
// --oauth signs in through the browser (or, with --no-browser or without a desktop session, prints
// "Open this URL to sign in: <url>" on stderr and waits for the redirect); the check then logs in with the access
// token. --save stores the refresh token; --use-saved of an OAuth account refreshes it (storing a rotated one at
// once) and checks again.

#include "accounts/SavedAccount.h"
#include "net/CheckSettings.h"
#include "oauth/OAuthError.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthTokens.h"
#include "providers/OAuthClients.h"
#include "providers/Provider.h"
#include "setup/KnownIssuers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace ipw::cli {

class OAuthCli {
    Q_DECLARE_TR_FUNCTIONS(OAuthCli)
public:
    static void addOptions(QCommandLineParser &parser);
    static bool wanted(const QCommandLineParser &parser);  ///< --oauth given
    static bool browserAllowed(const QCommandLineParser &parser);
    /// The mechanism --oauth-mechanism asks for; *why set when the value is unknown.
    static std::optional<OAuthMechanism> mechanism(const QCommandLineParser &parser, QString *why);

    /// What an OAuth step ended with: tokens, or a failure (already explained on stderr).
    struct Outcome {
        std::optional<OAuthTokens> tokens;
        std::optional<OAuthFailure> failure;
        bool duringRefresh = false;
        bool refreshTokenRotated = false;
        QString notice;  ///< a storage problem with a rotated token (the check still runs)
        DiagnosisCode diagnosis() const;
        /// The "oauth" object of the JSON output.
        QJsonObject toJson() const;
    };

    /// The settings for --oauth: the provider's (when it offers OAuth2 and a client is configured), then the
    /// --oauth-* overrides. A std::nullopt `provider` means the servers were typed by hand. The QString
    /// alternative is a usage error; an OAuthSettings that is not configured() means "not set up in this build".
    static std::variant<OAuthSettings, QString> settingsFor(const QCommandLineParser &parser, const Provider *provider,
                                                            const OAuthClients &clients, const QString &address);
    /// The settings to refresh a saved account with (its issuer's client secret from the configuration).
    static std::variant<OAuthSettings, QString> settingsForSaved(const QCommandLineParser &parser,
                                                                 const SavedOAuth &saved, const OAuthClients &clients);
    /// The client secret from --oauth-client-secret or --oauth-client-secret-file (whose first line is the secret,
    /// so it need not be in argv), std::nullopt when neither was given. An unreadable file or both options at once
    /// set `error` (bad usage, exit 2).
    static std::optional<QString> clientSecret(const QCommandLineParser &parser, QString *error);
    /// Why a sign-in is refused before anything is sent (a known issuer's client or token with other endpoints or
    /// mail servers: core/setup/KnownIssuers.h).
    static QString refusalMessage(OAuthBinding binding, const QString &issuer);
    /// The sentence for "browser sign-in is not set up", with how to set it up.
    static QString notConfiguredMessage(const QString &issuer);

    /// Runs the browser sign-in to the end (blocking in a local event loop).
    static Outcome signIn(const OAuthSettings &settings, bool openBrowser, QTextStream &err);
    /// --use-saved refreshed a sign-in and the provider rotated its token, but storing the new one failed
    /// (`details`: the storage's words): what to tell the user (the check still runs).
    static QString rotationNotSavedNotice(const QString &details);
    /// The provider's own words for a failure ("invalid_grant: Bad Request"), empty when it gave none.
    static QString details(const OAuthFailure &failure);
    /// A sentence for a failed sign-in or refresh.
    static QString describe(const OAuthFailure &failure, bool duringRefresh);
};

}  // namespace ipw::cli
