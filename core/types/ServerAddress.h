#pragma once
// A mail server as the product names it everywhere: host, port and security. Provider files, the tester, saved
// accounts and both front ends use this one type (core/net's ServerEndpoint and core/providers' ServerSettings
// add to it, they do not repeat it).

#include "types/Security.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ipw {

/// Where certificate pins apply: exactly one host (lower case) and port.
///
///     EndpointKey{u"imap.example.com"_s, 993}.toString() == u"imap.example.com:993"
struct EndpointKey {
    QString host;  ///< lower case (make keys with ServerAddress::key() or EndpointKey::of)
    quint16 port = 0;

    static EndpointKey of(QStringView host, quint16 port);
    QString toString() const;  ///< "host:port"; "[v6]:port" for an IPv6 literal
    friend bool operator==(const EndpointKey &, const EndpointKey &) = default;
    friend size_t qHash(const EndpointKey &key, size_t seed = 0) { return qHashMulti(seed, key.host, key.port); }
};

/// One server: host (as typed or as the provider names it), port, security.
///
///     ServerAddress imap{u"imap.example.com"_s, 993, Security::ImplicitTls};
///     ServerAddress::defaultPort(Protocol::Smtp, Security::StartTls) == 587
struct ServerAddress {
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;

    bool hasHost() const { return !host.isEmpty(); }
    /// Host and port both set.
    bool isComplete() const { return !host.isEmpty() && port != 0; }
    EndpointKey key() const { return EndpointKey::of(host, port); }
    /// Same server: host compared case-insensitively, port, security.
    bool sameServer(const ServerAddress &other) const
    {
        return host.compare(other.host, Qt::CaseInsensitive) == 0 && port == other.port && security == other.security;
    }
    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;

    /// The one table of standard ports (RFC 8314 §3.3 for implicit TLS, RFC 6409 for submission):
    /// IMAP 993 with implicit TLS, 143 otherwise; SMTP 465 with implicit TLS, 587 otherwise.
    static quint16 defaultPort(Protocol protocol, Security security);
    /// The security a standard port implies when the user gave the port but not the security: 993 and 465 implicit
    /// TLS, 143, 587 and 25 STARTTLS; std::nullopt for any other port.
    static std::optional<Security> securityForPort(quint16 port);
};

/// "host", "host:port", "[v6]" or "[v6]:port" as typed (a bare IPv6 literal has no port). The host is checked with
/// isValidHostName after IDNA conversion (a Japanese domain becomes its xn-- form) and normalised (lower case, no
/// trailing dot).
struct HostPort {
    enum class Error { BadHost, BadPort };
    QString host;
    std::optional<quint16> port;  ///< std::nullopt when the text names no port

    static std::optional<HostPort> parse(QStringView text, Error *error = nullptr);
};

}  // namespace ipw
