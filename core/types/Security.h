#pragma once
// The one vocabulary for how a mail server connection is secured, shared by the provider files, the tester, saved
// accounts and both front ends. Strings exist only at the edges (files, CLI, JSON), through
// toString/securityFromString.

#include <QString>

#include <optional>

namespace ipw {

/// How a connection is secured. There is no "try TLS, fall back to plaintext": StartTls that the server does not
/// offer ends a check with starttls-unavailable.
///
///     securityFromString(u"SSL") == Security::ImplicitTls;   toString(Security::StartTls) == u"starttls"
enum class Security {
    ImplicitTls,  ///< "tls": TLS from the first byte (IMAP 993, SMTP 465; RFC 8314)
    StartTls,     ///< "starttls": plaintext greeting, then STARTTLS before anything else (IMAP 143, SMTP 587)
    None,         ///< "none": plaintext; credentials are only sent where the user allowed it for that server
};

/// "tls", "starttls" or "none": the spelling every file and JSON output uses.
QString toString(Security security);
/// The file spellings and the aliases people type ("ssl", "ssl/tls", "tls/ssl", "implicit"), case-insensitive,
/// surrounding spaces ignored; std::nullopt for anything else.
std::optional<Security> securityFromString(QStringView text);

/// Mail protocols the product checks.
enum class Protocol { Imap, Smtp };
QString toString(Protocol protocol);  ///< "imap" / "smtp"

}  // namespace ipw
