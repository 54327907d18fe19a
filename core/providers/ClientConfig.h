#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipw {

/// One server of a Thunderbird autoconfig file.
struct ClientConfigServer {
    ServerSettings server;
    /// The <username> as written, with placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%); empty when
    /// the file has none (then the login name is unknown and the user is asked).
    QString usernameTemplate;
    QStringList authentication;  ///< the <authentication> values as written ("password-cleartext", "OAuth2", …)
    friend bool operator==(const ClientConfigServer &, const ClientConfigServer &) = default;
};

/// A provider file in Thunderbird's autoconfig format, clientConfig v1.1
/// (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat): what an ISP may hand its users.
/// Only IMAP and SMTP servers are kept; POP, Exchange and unknown elements are skipped (must-ignore).
///
///     ProviderFileError error;
///     auto config = ClientConfig::fromXml(bytes, u"i.softbank.jp.xml"_s, &error);
///     config->imap.first().server.host;                    // "imap.softbank.jp"
///     config->imap.first().loginName(u"taro@i.softbank.jp"); // "taro"
///     ClientConfig::fromProvider(provider).toXml();          // export
struct ClientConfig {
    QString id;
    QString displayName;
    QString displayShortName;
    QStringList domains;
    QList<ClientConfigServer> imap;  ///< in file order: the first is the main one
    QList<ClientConfigServer> smtp;
    std::optional<OAuth2Endpoints> oauth2;

    /// Parses a clientConfig file. Errors: Syntax (with line), NotClientConfig, NoImapServer, BadHost, BadPort,
    /// BadValue (socketType), MissingField.
    static std::optional<ClientConfig> fromXml(const QByteArray &xml, const QString &file, ProviderFileError *error);
    /// Our entry in clientConfig form. Servers without a host (uncertain, e.g. au) are left out; a provider-id login
    /// has no placeholder and is written without <username>.
    static ClientConfig fromProvider(const Provider &provider);
    QByteArray toXml() const;

    /// A provider entry for the CLI and the wizard: servers, login rule and auth; texts say it came from a file.
    Provider toProvider() const;
};

/// The login name a clientConfig <username> template gives for an address; std::nullopt for an empty template or an
/// address without an @.
std::optional<QString> expandUsernameTemplate(QStringView usernameTemplate, QStringView address);

}  // namespace ipw
