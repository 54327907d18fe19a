#include "accounts/SavedAccount.h"

#include "types/HostName.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

bool readString(const QJsonObject &json, const QString &name, QString *out, QString *why, bool required = true)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() && !required) {
        return true;
    }
    if (!value.isString()) {
        *why = u"\"%1\" is missing or not a string"_s.arg(name);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readPort(const QJsonObject &json, quint16 *out, QString *why)
{
    const QJsonValue value = json.value(u"port"_s);
    const double port = value.toDouble(-1);
    if (!value.isDouble() || port < 1 || port > 65535 || port != static_cast<int>(port)) {
        *why = u"\"port\" is missing or not a port number"_s;
        return false;
    }
    *out = static_cast<quint16>(port);
    return true;
}

// A server in the accounts file: {"host", "port", "security": "tls"|"starttls"|"none"}.
QJsonObject serverToJson(const ServerAddress &server)
{
    return {{u"host"_s, server.host}, {u"port"_s, int(server.port)}, {u"security"_s, toString(server.security)}};
}

std::optional<ServerAddress> serverFromJson(const QJsonObject &json, QString *why)
{
    ServerAddress server;
    QString security;
    if (!readString(json, u"host"_s, &server.host, why) || !readPort(json, &server.port, why) ||
        !readString(json, u"security"_s, &security, why)) {
        return std::nullopt;
    }
    const std::optional<Security> known = securityFromString(security);
    if (!known || server.host.isEmpty()) {
        *why = u"unknown \"security\" or empty \"host\""_s;
        return std::nullopt;
    }
    server.security = *known;
    return server;
}

// A pinned certificate in the accounts file: {"host", "port", "sha256"}.
bool readPin(const QJsonObject &json, CertificatePins &pins, QString *why)
{
    QString host;
    QString sha256;
    quint16 port = 0;
    if (!readString(json, u"host"_s, &host, why) || !readPort(json, &port, why) ||
        !readString(json, u"sha256"_s, &sha256, why)) {
        return false;
    }
    if (!pins.add(EndpointKey::of(host, port), QStringView(sha256))) {
        *why = u"\"sha256\" is not a SHA-256 fingerprint or \"host\" is empty"_s;
        return false;
    }
    return true;
}

}  // namespace

QJsonObject SavedOAuth::toJson() const
{
    return QJsonObject{{u"issuer"_s, issuer},
                       {u"authorizeUrl"_s, authorizeUrl},
                       {u"tokenUrl"_s, tokenUrl},
                       {u"clientId"_s, clientId},
                       {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                       {u"redirectHost"_s, redirectHost}};
}

std::optional<SavedOAuth> SavedOAuth::fromJson(const QJsonObject &json, QString *why)
{
    SavedOAuth oauth;
    if (!readString(json, u"issuer"_s, &oauth.issuer, why, false) ||
        !readString(json, u"authorizeUrl"_s, &oauth.authorizeUrl, why) ||
        !readString(json, u"tokenUrl"_s, &oauth.tokenUrl, why) ||
        !readString(json, u"clientId"_s, &oauth.clientId, why) ||
        !readString(json, u"redirectHost"_s, &oauth.redirectHost, why, false)) {
        return std::nullopt;
    }
    const QJsonValue scopes = json.value(u"scopes"_s);
    if (!scopes.isArray()) {
        *why = u"\"scopes\" is not a list"_s;
        return std::nullopt;
    }
    for (const QJsonValue &scope : scopes.toArray()) {
        if (!scope.isString()) {
            *why = u"\"scopes\" holds something other than text"_s;
            return std::nullopt;
        }
        oauth.scopes.append(scope.toString());
    }
    if (oauth.redirectHost.isEmpty())
        oauth.redirectHost = u"127.0.0.1"_s;
    // The refresh token goes to tokenUrl: https only (http on loopback, for local servers and the tests). The file
    // is writable by any process of the user, so it is no trust anchor (issue 13).
    for (const auto &[name, url] :
         {std::pair{u"tokenUrl"_s, oauth.tokenUrl}, {u"authorizeUrl"_s, oauth.authorizeUrl}}) {
        if (!isHttpsOrLoopbackHttp(url)) {
            *why = u"\"%1\" is not an https address"_s.arg(name);
            return std::nullopt;
        }
    }
    return oauth;
}

QJsonObject SavedDiscovery::toJson() const
{
    return QJsonObject{
        {u"source"_s, toString(source)}, {u"detail"_s, detail}, {u"foundAt"_s, foundAt.toUTC().toString(Qt::ISODate)}};
}

std::optional<SavedDiscovery> SavedDiscovery::fromJson(const QJsonObject &json, QString *why, bool *unknownSource)
{
    *unknownSource = false;
    SavedDiscovery discovery;
    QString source;
    QString when;
    if (!readString(json, u"source"_s, &source, why) || !readString(json, u"detail"_s, &discovery.detail, why, false) ||
        !readString(json, u"foundAt"_s, &when, why)) {
        return std::nullopt;
    }
    discovery.foundAt = QDateTime::fromString(when, Qt::ISODate).toUTC();
    if (!discovery.foundAt.isValid()) {
        *why = u"\"foundAt\" is not an ISO 8601 time"_s;
        return std::nullopt;
    }
    const std::optional<DiscoverySource> known = discoverySourceFromString(source);
    if (!known) {
        *unknownSource = true;
        return std::nullopt;
    }
    discovery.source = *known;
    return discovery;
}

std::optional<QString> SavedAccount::canonicalAddress(QStringView address)
{
    const QString text = address.trimmed().toString().normalized(QString::NormalizationForm_C);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at == text.size() - 1)
        return std::nullopt;
    const QString local = text.left(at).toLower();
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return std::nullopt;
    }
    QString domain = text.mid(at + 1);
    if (domain.endsWith(u'.'))
        domain.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceProcessingOptions{})).toLower();
    if (ace.isEmpty() || !isValidHostName(ace))
        return std::nullopt;
    return local + u'@' + ace;
}

QString SavedAccount::normalizedAddress(const QString &address)
{
    return canonicalAddress(address).value_or(legacyNormalizedAddress(address));
}

QString SavedAccount::legacyNormalizedAddress(const QString &address)
{
    return address.trimmed().toLower();
}

bool SavedAccount::isValid() const
{
    return legacyNormalizedAddress(address).contains(u'@') && imap.isComplete() && (!smtp || smtp->isComplete());
}

QJsonObject SavedAccount::toJson() const
{
    QJsonObject json{{u"address"_s, address},
                     {u"provider"_s, providerId},
                     {u"login"_s, loginName},
                     {u"imap"_s, serverToJson(imap)},
                     {u"lastVerified"_s, lastVerified.toUTC().toString(Qt::ISODate)}};
    if (smtp) {
        json.insert(u"smtp"_s, serverToJson(*smtp));
    }
    if (smtpLogin && *smtpLogin != loginName)
        json.insert(u"smtpLogin"_s, *smtpLogin);
    QJsonArray pins;
    for (const CertificatePins::Entry &pin : pinnedCertificates.entries()) {
        pins.append(QJsonObject{{u"host"_s, pin.where.host},
                                {u"port"_s, int(pin.where.port)},
                                {u"sha256"_s, QString::fromLatin1(pin.sha256)}});
    }
    json.insert(u"pinnedCertificates"_s, pins);
    if (oauth)
        json.insert(u"oauth"_s, oauth->toJson());
    if (discovery)
        json.insert(u"discovery"_s, discovery->toJson());
    return json;
}

std::optional<SavedAccount> SavedAccount::fromJson(const QJsonObject &json, QString *why)
{
    SavedAccount account;
    if (!readString(json, u"address"_s, &account.address, why) ||
        !readString(json, u"provider"_s, &account.providerId, why, false) ||
        !readString(json, u"login"_s, &account.loginName, why)) {
        return std::nullopt;
    }
    QString when;
    if (!readString(json, u"lastVerified"_s, &when, why)) {
        return std::nullopt;
    }
    account.lastVerified = QDateTime::fromString(when, Qt::ISODate).toUTC();
    if (!account.lastVerified.isValid()) {
        *why = u"\"lastVerified\" is not an ISO 8601 time"_s;
        return std::nullopt;
    }
    const auto imap = serverFromJson(json.value(u"imap"_s).toObject(), why);
    if (!imap) {
        *why = u"imap: "_s + *why;
        return std::nullopt;
    }
    account.imap = *imap;
    if (json.contains(u"smtp"_s)) {
        const auto smtp = serverFromJson(json.value(u"smtp"_s).toObject(), why);
        if (!smtp) {
            *why = u"smtp: "_s + *why;
            return std::nullopt;
        }
        account.smtp = *smtp;
    }
    if (json.contains(u"smtpLogin"_s)) {
        QString smtpLogin;
        if (!readString(json, u"smtpLogin"_s, &smtpLogin, why))
            return std::nullopt;
        if (smtpLogin != account.loginName)
            account.smtpLogin = smtpLogin;
    }
    const QJsonValue pins = json.value(u"pinnedCertificates"_s);
    if (!pins.isUndefined() && !pins.isArray()) {
        *why = u"\"pinnedCertificates\" is not a list"_s;
        return std::nullopt;
    }
    for (const QJsonValue &value : pins.toArray()) {
        if (!readPin(value.toObject(), account.pinnedCertificates, why)) {
            *why = u"pinnedCertificates: "_s + *why;
            return std::nullopt;
        }
    }
    if (json.contains(u"oauth"_s)) {
        const auto oauth = SavedOAuth::fromJson(json.value(u"oauth"_s).toObject(), why);
        if (!oauth) {
            *why = u"oauth: "_s + *why;
            return std::nullopt;
        }
        account.oauth = *oauth;
    }
    if (json.contains(u"discovery"_s)) {
        const QJsonValue value = json.value(u"discovery"_s);
        bool unknownSource = false;
        const auto discovery =
            value.isObject() ? SavedDiscovery::fromJson(value.toObject(), why, &unknownSource) : std::nullopt;
        if (!value.isObject())
            *why = u"is not an object"_s;
        if (!discovery && !unknownSource) {
            *why = u"discovery: "_s + *why;
            return std::nullopt;
        }
        account.discovery = discovery;
    }
    // Lenient on reading (a file from before issue 13 may hold an address without a canonical form: it still
    // loads, and can be forgotten); saving needs the canonical form (AccountStore: InvalidAddress).
    if (!legacyNormalizedAddress(account.address).contains(u'@')) {
        *why = u"\"address\" is not an e-mail address"_s;
        return std::nullopt;
    }
    return account;
}

}  // namespace ipw
