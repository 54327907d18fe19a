#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace ipw {

/// Which host name the loopback redirect URI uses (RFC 8252 §7.3). The listener binds 127.0.0.1 in both cases;
/// only the URI the provider sees differs.
enum class RedirectHost {
    Ipv4Loopback,  ///< http://127.0.0.1:<port>/ (RFC 8252's recommendation; Google)
    Localhost,     ///< http://localhost:<port>/ (for providers whose app registrations require it)
};

/// Everything the OAuth 2.0 authorization-code flow needs. Built by the app or CLI from the provider database and
/// the client configuration (OAuthClientConfig); core/oauth never looks either up itself.
///
///     OAuthSettings s;
///     s.authorizeUrl = QUrl(u"https://accounts.google.com/o/oauth2/auth"_s);
///     s.tokenUrl = QUrl(u"https://oauth2.googleapis.com/token"_s);
///     s.clientId = config.clientId;                 // empty → not configured, never a borrowed ID
///     s.scopes = {u"https://mail.google.com/"_s};
///     s.loginHint = u"alice@gmail.com"_s;
struct OAuthSettings {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    /// For providers that issue "installed app" clients a secret (Google). It is configuration, not a secret
    /// of the user's; sent to the token endpoint as client_secret when not empty.
    QString clientSecret;
    QStringList scopes;
    RedirectHost redirectHost = RedirectHost::Ipv4Loopback;
    /// Sent as login_hint so that the provider pre-selects the account; empty: not sent.
    QString loginHint;
    /// Extra query parameters for the authorization request (e.g. Google's access_type=offline).
    QMap<QString, QString> extraAuthorizeParameters;
    /// How long the sign-in waits for the browser's redirect before OAuthError::Timeout.
    std::chrono::milliseconds signInTimeout{std::chrono::minutes(5)};
    /// Each request to the token endpoint must be answered within this time.
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};

    /// A client ID and both endpoints are set (http(s) URLs).
    bool isConfigured() const;
};

}  // namespace ipw
