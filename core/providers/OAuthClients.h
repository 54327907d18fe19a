#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace ipw {

/// One OAuth 2.0 client registration: what a provider issued to *this* application. Configuration, not code: the
/// project ships none unless it has registered its own (never another application's ID).
struct OAuthClient {
    QString clientId;
    QString clientSecret;  ///< only for providers that hand "installed app" clients a (non-confidential) secret
    friend bool operator==(const OAuthClient &, const OAuthClient &) = default;
};

/// The client registrations this installation knows, keyed by the provider's OAuth issuer
/// (Provider::oauth2->issuer, e.g. "login.microsoftonline.com", "accounts.google.com").
///
/// Two sources, the second winning per issuer:
/// 1. built in: the CMake option IPW_OAUTH_CLIENTS, "issuer=clientId[,clientSecret]" entries separated by ';';
/// 2. the settings file settingsFilePath() (INI), one group per issuer:
///        [login.microsoftonline.com]
///        clientId=00000000-0000-0000-0000-000000000000
///    An empty clientId there switches a built-in registration off.
///
///     const OAuthClients clients = OAuthClients::load();
///     if (auto client = clients.forIssuer(provider.oauth2->issuer)) { … client->clientId … }
class OAuthClients {
public:
    /// Built-in registrations overridden by the settings file.
    static OAuthClients load();
    /// <GenericConfigLocation>/imap-password-wizard/oauth-clients.ini (XDG_CONFIG_HOME on Linux).
    static QString settingsFilePath();
    /// The build's IPW_OAUTH_CLIENTS value.
    static QString builtInSpec();
    /// Parses "issuer=clientId[,clientSecret];…"; entries without '=' or with an empty issuer are skipped.
    static OAuthClients parse(QStringView spec);
    /// Applies the INI file at `path` on top (missing file: nothing changes).
    void overrideFromFile(const QString &path);

    std::optional<OAuthClient> forIssuer(const QString &issuer) const;
    void set(const QString &issuer, const OAuthClient &client);
    bool isEmpty() const { return m_clients.isEmpty(); }

private:
    QMap<QString, OAuthClient> m_clients;  // issuer (lower case) → registration; an empty clientId is not kept
};

}  // namespace ipw
