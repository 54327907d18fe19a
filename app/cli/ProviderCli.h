#pragma once
// The provider part of imap-password-check: --list-providers, --provider, --email, --provider-file,
// --providers-dir and --show-settings. main.cpp owns the connection options (--imap, --smtp, --user, --json …)
// and hands their values in as ExplicitSettings, which always win over what a provider says.

#include "cli/DiscoveryCli.h"
#include "providers/ProviderDatabase.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace ipw::cli {

/// What the user typed explicitly; each set value overrides the provider's.
struct ExplicitSettings {
    std::optional<QString> imapHost;
    std::optional<quint16> imapPort;
    std::optional<Security> imapSecurity;
    std::optional<QString> smtpHost;
    std::optional<quint16> smtpPort;
    std::optional<Security> smtpSecurity;
    std::optional<QString> user;
    std::optional<QString> smtpUser;  ///< --smtp-user
};

/// The settings a check would use.
struct ResolvedSettings {
    QString providerId;           ///< empty: no provider (everything typed by hand)
    std::optional<QString> user;  ///< the IMAP login; empty: unknown (provider-id login without --user)
    /// SMTP's own login where it differs from `user` (--smtp-user, or the provider's SMTP rule: iCloud).
    std::optional<QString> smtpUser;
    /// The name SMTP logs in with.
    std::optional<QString> smtpLogin() const { return smtpUser ? smtpUser : user; }
    std::optional<ServerSettings> imap;
    std::optional<ServerSettings> smtp;
    QList<TlsQuirk> imapQuirks;  ///< hand to the TLS layer for this host only
    QList<TlsQuirk> smtpQuirks;
    QStringList uncertain;   ///< fields the user should confirm ("username", "imap.host", …)
    QList<AuthMethod> auth;  ///< what the provider accepts (empty without a provider); [OAuth2] = passwords rejected
    /// The provider's `noImap` text (goo: the service ended): no server to check; empty for every other entry.
    LocalizedText notice;
    /// With --email: the entry's domain the address matched ("so-net.ne.jp"), and whether the address is at a
    /// subdomain of it (taro@ab.so-net.ne.jp); empty without --email.
    QString matchedDomain;
    bool viaSubdomain = false;
    /// The provider's status page (its outage page), where it has one.
    std::optional<WebPage> statusPage;
    /// Where the settings came from (the JSON's "discovery"); absent when the servers were typed (--imap/--smtp).
    std::optional<DiscoveredSettings> discovery;
};

class ProviderCli {
public:
    ProviderCli();

    /// --provider, --email, --provider-file, --providers-dir: what a check and --show-settings look up.
    void addLookupOptions(QCommandLineParser &parser) const;
    const QCommandLineOption &listProvidersOption() const { return m_listProviders; }
    const QCommandLineOption &showSettingsOption() const { return m_showSettings; }
    const DiscoveryCli &discovery() const { return m_discovery; }

    /// --list-providers: the exit code.
    int listProviders(const QCommandLineParser &parser, bool json, QTextStream &out, QTextStream &err) const;
    /// --show-settings: the exit code.
    int showSettings(const QCommandLineParser &parser, const ExplicitSettings &explicitSettings, bool json,
                     QTextStream &out, QTextStream &err) const;

    /// The values typed for --imap/--smtp/--user and their security (for --show-settings and the provider look-up;
    /// a check applies them through CheckOptions::toRequest). std::nullopt and *why for bad input.
    static std::optional<ExplicitSettings> explicitSettings(const QCommandLineParser &parser, QString *why);

    /// Built-ins plus --providers-dir (or IPW_PROVIDERS_DIR); a broken file → std::nullopt and a sentence in *why.
    std::optional<ProviderDatabase> loadDatabase(const QCommandLineParser &parser, QString *why) const;
    /// --provider / --email / --provider-file, then the explicit values on top. std::nullopt and a sentence in *why
    /// when the input names nothing usable (unknown provider, unknown domain without --imap, broken file).
    std::optional<ResolvedSettings> resolve(const QCommandLineParser &parser, const ProviderDatabase &database,
                                            const ExplicitSettings &explicitSettings, QString *why) const;

    static QJsonObject toJson(const ResolvedSettings &settings);
    static void printSettings(const ResolvedSettings &settings, const ProviderDatabase &database, QTextStream &out);
    static void printProviders(const ProviderDatabase &database, bool json, QTextStream &out);

private:
    QCommandLineOption m_listProviders;
    QCommandLineOption m_provider;
    QCommandLineOption m_email;
    QCommandLineOption m_providerFile;
    QCommandLineOption m_providersDir;
    QCommandLineOption m_showSettings;
    DiscoveryCli m_discovery;
};

}  // namespace ipw::cli
