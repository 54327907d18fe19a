#pragma once

#include "providers/ProviderFileError.h"
#include "providers/ProviderTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace ipw {

/// One mail provider: its servers, how people log in, what its IMAP password is called and how to check or reissue
/// it, with a source for every fact. Read from resources/providers/<id>.json (format: docs/providers.md).
///
///     ProviderFileError error;
///     std::optional<Provider> docomo = Provider::fromJsonBytes(bytes, u"docomo.json"_s, &error);
///     docomo->imap.host;                        // "imap.spmode.ne.jp"
///     docomo->loginName(u"taro@docomo.ne.jp");  // std::nullopt: the user copies the IMAP ID from My docomo
struct Provider {
    QString id;
    LocalizedText name;
    QStringList searchTerms;
    QStringList domains;  ///< lower case, without trailing dot
    /// `"subdomains": true`: the provider also hands out addresses at subdomains of its domains (So-net's
    /// @xx.so-net.ne.jp), and they use the same servers. Absent = false: only the domains themselves match.
    bool subdomains = false;
    /// `noImap`: this entry offers no IMAP (the service ended, or the address is a carrier's MMS address); the text
    /// says why and where to go instead. Its servers may then be empty, and nothing is checked or discovered for
    /// its domains.
    LocalizedText noImap;
    ServerSettings imap;
    QList<ServerSettings> imapAlternatives;
    ServerSettings smtp;
    QList<ServerSettings> smtpAlternatives;
    UsernameRule username = UsernameRule::Address;  ///< the IMAP login (and SMTP's, unless smtpUsername is set)
    /// `"smtp": {"username": …}`: SMTP's own rule where it differs (iCloud); absent = SMTP logs in as IMAP does.
    std::optional<UsernameRule> smtpUsername;
    LocalizedText usernameHelp;  ///< required for ProviderId: where the user finds the ID
    QList<AuthMethod> auth;
    QMap<AuthMethod, LocalizedList> authPrerequisites;
    LocalizedText passwordName;  ///< what "the IMAP password" is called there
    /// `passwordAction`: what the user does with it at the portal (check, change, recreate, reissue); absent: the
    /// file does not say, and the words stay general ("check or reissue").
    std::optional<PasswordAction> passwordAction;
    WebPage portal;
    LocalizedList steps;         ///< how to check (and where possible reissue) it, in order
    LocalizedList reissueSteps;  ///< separate reissue steps, where they differ (may be empty)
    LocalizedList preconditions;
    ImapEnable imapEnable;
    PasswordRules passwordRules;
    QList<TlsQuirkEntry> tlsQuirks;
    std::optional<WebPage> statusPage;
    std::optional<WebPage> supportPage;
    /// The carrier hands out its own configuration profile for the iPhone (what and where, in words). Ours installed
    /// next to it would add a second account, so the app recommends the carrier's first. Empty: none known.
    LocalizedText carrierProfile;
    std::optional<OAuth2Endpoints> oauth2;
    /// `mxPatterns`: the MX hosts of domains whose mail this provider hosts (Google Workspace, Microsoft 365), so
    /// discovery can recognise a company domain by its MX records. "host" matches exactly, "*.suffix" any name below
    /// suffix; lower case, no trailing dot.
    QStringList mxPatterns;
    /// The catch-all entry ("Other provider"): no servers of its own, the user types them. Not a fact about a
    /// provider but how the wizard treats the entry, so it needs no source.
    bool manualServers = false;
    QStringList uncertain;  ///< fields the user must confirm: "username", "imap.host", …
    QMap<QString, Reference> references;
    QMap<QString, QStringList> sources;  ///< fact field → reference ids

    /// Parses and validates one provider file. `file` names it in errors; when it ends in ".json" (or is a resource
    /// path) its base name must equal the id. Returns std::nullopt and fills *error on the first problem.
    static std::optional<Provider> fromJson(const QJsonObject &object, const QString &file, ProviderFileError *error);
    static std::optional<Provider> fromJsonBytes(const QByteArray &bytes, const QString &file,
                                                 ProviderFileError *error);
    /// The same object the file holds (fromJson(toJson()) gives an equal Provider).
    QJsonObject toJson() const;

    /// Is this field (or the object it belongs to) one the user must confirm? "imap.host" is uncertain when
    /// "imap.host" or "imap" is listed.
    bool isUncertain(QStringView field) const;
    /// False for an entry that says there is no IMAP here (`noImap`).
    bool offersImap() const { return noImap.isEmpty(); }
    /// The login name for an address under this provider's rule; std::nullopt for ProviderId (ask the user) or an
    /// address without an @.
    std::optional<QString> loginName(QStringView address) const;
    /// SMTP's login name for an address under its own rule; std::nullopt when SMTP has no rule of its own (it logs
    /// in with whatever the IMAP login is, also one the user typed) or the address has no @.
    std::optional<QString> smtpLoginName(QStringView address) const;
    /// Every server the provider lists (main first), IMAP and SMTP.
    QList<ServerSettings> allServers() const;
    /// Does an MX host (any case, a trailing dot tolerated) match one of mxPatterns?
    bool hostsMailFor(QStringView mxHost) const;

    friend bool operator==(const Provider &, const Provider &) = default;
};

/// The login name an address gives under a rule (see Provider::loginName).
std::optional<QString> loginNameFor(UsernameRule rule, QStringView address);

}  // namespace ipw
