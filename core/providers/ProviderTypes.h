#pragma once
// Value types of the provider database (see docs/providers.md for the file format they come from). Servers use the
// shared vocabulary of core/types (Security, ServerAddress).

#include "types/PasswordShape.h"
#include "types/ServerAddress.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw {

/// A text in both languages the product speaks. Both are required in provider files.
struct LocalizedText {
    QString ja;
    QString en;

    /// The text for a language code ("ja" or anything else → English).
    QString forLanguage(QStringView code) const { return code == u"ja" ? ja : en; }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

/// Ordered lists of sentences (steps, preconditions) in both languages; both lists have the same length.
struct LocalizedList {
    QStringList ja;
    QStringList en;

    QStringList forLanguage(QStringView code) const { return code == u"ja" ? ja : en; }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedList &, const LocalizedList &) = default;
};

/// One IMAP or SMTP server as the provider documents it. An empty host means "unknown: ask the user" and is only
/// allowed where the provider marks the host uncertain.
///
///     ServerSettings imap{{u"imap.example.jp"_s, 993, Security::ImplicitTls}, {}};
///     imap.sameServer(other);   // host (case-insensitive), port and security; the note is not compared
struct ServerSettings : ServerAddress {
    LocalizedText note;  ///< why this alternative exists (alternatives only; may be empty)

    friend bool operator==(const ServerSettings &, const ServerSettings &) = default;
};

/// How the login name is formed from the mail address.
enum class UsernameRule {
    Address,     ///< "address": the full mail address
    LocalPart,   ///< "local-part": the part before the @
    ProviderId,  ///< "provider-id": an ID the provider shows the user (see Provider::usernameHelp)
};
QString toString(UsernameRule rule);
std::optional<UsernameRule> usernameRuleFromString(QStringView text);

/// Sign-in methods a provider accepts for IMAP/SMTP today.
enum class AuthMethod {
    Password,          ///< "password": the account's normal password
    ProviderPassword,  ///< "provider-password": a mail/IMAP password the provider issues (docomo, SoftBank)
    AppPassword,       ///< "app-password": an app password made in the account's security settings
    OAuth2,            ///< "oauth2": browser sign-in; passwords are rejected if this is the only method
};
QString toString(AuthMethod method);
std::optional<AuthMethod> authMethodFromString(QStringView text);

/// TLS behaviour of a server that needs a client-side exception. Scoped to named hosts only.
enum class TlsQuirk {
    /// "legacy-renegotiation": the server lacks RFC 5746 secure renegotiation; OpenSSL 3 refuses it unless
    /// QSsl::SslOptionDisableLegacyRenegotiation is cleared for this host (docomo's spmode hosts).
    LegacyRenegotiation,
};
QString toString(TlsQuirk quirk);
std::optional<TlsQuirk> tlsQuirkFromString(QStringView text);

struct TlsQuirkEntry {
    QString host;
    TlsQuirk quirk = TlsQuirk::LegacyRenegotiation;
    LocalizedText note;
    friend bool operator==(const TlsQuirkEntry &, const TlsQuirkEntry &) = default;
};

enum class YesNoUnknown { Yes, No, Unknown };
QString toString(YesNoUnknown value);
std::optional<YesNoUnknown> yesNoUnknownFromString(QStringView text);

/// Whether IMAP must be switched on in the provider's web settings before any client can log in.
struct ImapEnable {
    YesNoUnknown required = YesNoUnknown::Unknown;
    LocalizedText where;  ///< where to switch it on (may be empty)
    QString url;          ///< https page for it (may be empty)
    friend bool operator==(const ImapEnable &, const ImapEnable &) = default;
};

enum class PasswordChooser { Provider, User, Unknown };
QString toString(PasswordChooser value);
std::optional<PasswordChooser> passwordChooserFromString(QStringView text);

/// What the user does with the password at the provider's portal (docs/ui-terms.md, "Verbs per provider"): the
/// words of the next step after a refused password follow it.
enum class PasswordAction {
    Check,     ///< "check": the portal shows it (docomo: 確認する)
    Change,    ///< "change": it cannot be shown, only set anew (SoftBank: 変更する)
    Recreate,  ///< "recreate": an app password cannot be shown again; make a new one (Google, Apple: 作り直す)
    Reissue,   ///< "reissue": the provider issues a new one (再発行する)
};
QString toString(PasswordAction value);
std::optional<PasswordAction> passwordActionFromString(QStringView text);

struct PasswordRules {
    PasswordChooser chosenBy = PasswordChooser::Unknown;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    LocalizedText description;
    /// A shape the input checks know (an app password of 16 letters shown in groups, …); Any when the file states
    /// none.
    PasswordShape shape = PasswordShape::Any;
    friend bool operator==(const PasswordRules &, const PasswordRules &) = default;
};

/// A page for people: the portal where the password is checked, a status page, a support page.
struct WebPage {
    LocalizedText name;
    QString url;  ///< https; empty only where the provider marks it uncertain
    friend bool operator==(const WebPage &, const WebPage &) = default;
};

/// OAuth2 endpoints for browser sign-in (docs/oauth.md), and how the provider names its sign-in.
struct OAuth2Endpoints {
    QString issuer;
    QString authUrl;
    QString tokenUrl;
    QStringList scopes;
    /// The host of the loopback redirect URI the provider accepts: "127.0.0.1" (default, RFC 8252 §7.3) or
    /// "localhost" (app registrations that only allow that).
    QString redirectHost = QStringLiteral("127.0.0.1");
    /// Extra authorization-request parameters the provider needs (e.g. Google's access_type=offline).
    QMap<QString, QString> authParams;
    /// How mail apps name this provider's browser sign-in ("Sign in with Microsoft"); may be empty.
    LocalizedText signInName;
    friend bool operator==(const OAuth2Endpoints &, const OAuth2Endpoints &) = default;
};

/// Where a fact comes from, and when someone last checked it there.
struct Reference {
    QString title;
    QString url;  ///< https, or empty for sources without a public page
    QDate checked;
    friend bool operator==(const Reference &, const Reference &) = default;
};

}  // namespace ipw
