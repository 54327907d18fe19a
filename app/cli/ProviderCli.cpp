#include "ProviderCli.h"

#include "cli/CheckOptions.h"

#include "common/Language.h"
#include "common/ProviderErrorText.h"
#include "providers/ClientConfig.h"
#include "types/HostName.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace ipw::cli {
namespace {

/// The provider's server with the explicit values on top; std::nullopt when no host is known.
std::optional<ServerSettings> combine(std::optional<ServerSettings> base, const std::optional<QString> &host,
                                      const std::optional<quint16> &port, const std::optional<Security> &security,
                                      Protocol protocol)
{
    ServerSettings s = base.value_or(ServerSettings{});
    s.note = {};
    if (host)
        s.host = normalizedHostName(*host);
    if (port && *port != s.port) {
        s.port = *port;
        s.security = ServerAddress::securityForPort(*port).value_or(s.security);
    }
    if (security)
        s.security = *security;
    if (!base && !port)  // typed by hand without a port: the standard port of its security (the one table)
        s.port = ServerAddress::defaultPort(protocol, s.security);
    if (s.host.isEmpty())
        return std::nullopt;
    return s;
}

/// A server and the name that logs in to it; null when no server is known.
QJsonValue serverJson(const std::optional<ServerSettings> &s, const std::optional<QString> &user)
{
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("host"), s->host},
                       {QStringLiteral("port"), static_cast<int>(s->port)},
                       {QStringLiteral("security"), toString(s->security)},
                       {QStringLiteral("user"), user ? QJsonValue(*user) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray quirksJson(const QList<TlsQuirk> &quirks)
{
    QJsonArray a;
    for (TlsQuirk q : quirks)
        a.append(toString(q));
    return a;
}

QString securityText(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QCoreApplication::translate("ProviderCli", "TLS");
    case Security::StartTls:
        return QCoreApplication::translate("ProviderCli", "STARTTLS");
    case Security::None:
        return QCoreApplication::translate("ProviderCli", "no encryption");
    }
    return {};
}

QString serverText(const std::optional<ServerSettings> &s)
{
    if (!s)
        return QCoreApplication::translate(
            "ProviderCli", "(unknown: give it with the options, or copy it from the provider's settings page)");
    return QStringLiteral("%1:%2 (%3)").arg(s->host).arg(s->port).arg(securityText(s->security));
}

struct FileProvider {
    Provider provider;
    std::optional<ClientConfig> clientConfig;  ///< set when the file was a clientConfig (its templates win)
};

std::optional<FileProvider> readProviderFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = describeProviderFileError({ProviderFileError::Kind::Unreadable, path, QString(), 0});
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    ProviderFileError error;
    if (bytes.trimmed().startsWith('{')) {
        auto provider = Provider::fromJsonBytes(bytes, path, &error);
        if (!provider) {
            *why = describeProviderFileError(error);
            return std::nullopt;
        }
        return FileProvider{*provider, std::nullopt};
    }
    auto config = ClientConfig::fromXml(bytes, path, &error);
    if (!config) {
        *why = describeProviderFileError(error);
        return std::nullopt;
    }
    return FileProvider{config->toProvider(), *config};
}

}  // namespace

ProviderCli::ProviderCli()
    : m_listProviders(
          QStringLiteral("list-providers"),
          QCoreApplication::translate("ProviderCli", "List the providers this program knows (with --json: as JSON)."))
    , m_provider(QStringLiteral("provider"),
                 QCoreApplication::translate("ProviderCli",
                                             "Use the servers and login rule of provider <id> (see --list-providers)."),
                 QCoreApplication::translate("ProviderCli", "id"))
    , m_email(QStringLiteral("email"),
              QCoreApplication::translate(
                  "ProviderCli", "The mail address: picks the provider by its domain and forms the login name."),
              QCoreApplication::translate("ProviderCli", "address"))
    , m_providerFile(
          QStringLiteral("provider-file"),
          QCoreApplication::translate(
              "ProviderCli", "Use a provider file you bring: one of ours (JSON) or a Thunderbird clientConfig (XML)."),
          QCoreApplication::translate("ProviderCli", "file"))
    , m_providersDir(
          QStringLiteral("providers-dir"),
          QCoreApplication::translate(
              "ProviderCli",
              "Also read the provider files (*.json) in <folder>; they replace built-in entries with the same "
              "id. Default: $IPW_PROVIDERS_DIR."),
          QCoreApplication::translate("ProviderCli", "folder"))
    , m_showSettings(
          QStringLiteral("show-settings"),
          QCoreApplication::translate(
              "ProviderCli", "Print the settings a check would use, without connecting (with --json: as JSON)."))
{
}

void ProviderCli::addLookupOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_provider, m_email, m_providerFile, m_providersDir});
    m_discovery.addOptions(parser);
}

std::optional<ProviderDatabase> ProviderCli::loadDatabase(const QCommandLineParser &parser, QString *why) const
{
    ProviderDatabase::Options options;
    options.folder = parser.value(m_providersDir);
    ProviderFileError error;
    auto db = ProviderDatabase::load(options, &error);
    if (!db)
        *why = describeProviderFileError(error);
    return db;
}

std::optional<ResolvedSettings> ProviderCli::resolve(const QCommandLineParser &parser, const ProviderDatabase &database,
                                                     const ExplicitSettings &explicitSettings, QString *why) const
{
    const QString email = parser.value(m_email).trimmed();
    if (!email.isEmpty() && !loginNameFor(UsernameRule::Address, email)) {
        *why = QCoreApplication::translate("ProviderCli", "“%1” is not a mail address.").arg(email);
        return std::nullopt;
    }

    std::optional<FileProvider> fromFile;
    std::optional<DiscoveredSettings> discovered;
    const Provider *provider = nullptr;
    ProviderMatch match;
    if (parser.isSet(m_providerFile)) {
        fromFile = readProviderFile(parser.value(m_providerFile), why);
        if (!fromFile)
            return std::nullopt;
        provider = &fromFile->provider;
    } else if (parser.isSet(m_provider)) {
        provider = database.byId(parser.value(m_provider).trimmed().toLower());
        if (!provider) {
            *why = QCoreApplication::translate(
                       "ProviderCli", "There is no provider “%1”. --list-providers shows the ones this program knows.")
                       .arg(parser.value(m_provider));
            return std::nullopt;
        }
    } else if (!email.isEmpty()) {
        match = database.matchEmail(email);
        provider = match.provider;
        if (!provider && !explicitSettings.imapHost) {
            // Not in the list: look the domain up (docs/autodetect.md), or say which look-up failed.
            discovered = m_discovery.discover(parser, database, email, why);
            if (!discovered)
                return std::nullopt;
            provider = &discovered->provider;
        }
    }
    if (!discovered && provider) {
        DiscoveredSettings known;
        const bool builtIn = ProviderDatabase::builtIn().byId(provider->id) && !database.replacesBuiltIn(provider->id);
        known.source = fromFile || !builtIn ? DiscoverySource::ProviderFile : DiscoverySource::Database;
        known.detail = fromFile ? parser.value(m_providerFile) : provider->id;
        known.provider = *provider;
        discovered = known;
    }

    ResolvedSettings r;
    std::optional<ServerSettings> imapBase, smtpBase;
    if (provider) {
        r.providerId = discovered ? discovered->knownProviderId() : provider->id;
        if (!explicitSettings.imapHost && !explicitSettings.smtpHost)
            r.discovery = discovered;
        if (provider->imap.hasHost() || provider->isUncertain(u"imap.host"))
            imapBase = provider->imap;
        if (provider->smtp.hasHost() || provider->isUncertain(u"smtp.host"))
            smtpBase = provider->smtp;
        r.auth = provider->auth;
        r.notice = provider->noImap;
        r.statusPage = provider->statusPage;
        r.matchedDomain = match.domain;
        r.viaSubdomain = match.viaSubdomain;
        // Only what a check uses; the other uncertain fields are for the wizard's guidance.
        for (const QString &field : provider->uncertain) {
            if (field == u"username" || field.startsWith(u"imap") || field.startsWith(u"smtp"))
                r.uncertain.append(field);
        }
    }
    r.imap = combine(imapBase, explicitSettings.imapHost, explicitSettings.imapPort, explicitSettings.imapSecurity,
                     Protocol::Imap);
    r.smtp = combine(smtpBase, explicitSettings.smtpHost, explicitSettings.smtpPort, explicitSettings.smtpSecurity,
                     Protocol::Smtp);

    if (explicitSettings.user) {
        r.user = explicitSettings.user;
        r.uncertain.removeAll(QStringLiteral("username"));
    } else if (!email.isEmpty()) {
        if (fromFile && fromFile->clientConfig && !fromFile->clientConfig->imap.isEmpty())
            r.user = expandUsernameTemplate(fromFile->clientConfig->imap.first().usernameTemplate, email);
        else
            r.user = provider ? provider->loginName(email) : loginNameFor(UsernameRule::Address, email);
    }
    if (explicitSettings.smtpUser)
        r.smtpUser = explicitSettings.smtpUser;
    else if (provider && !email.isEmpty())
        r.smtpUser = provider->smtpLoginName(email);
    if (r.smtpUser == r.user)
        r.smtpUser.reset();
    // Explicit values are the user's own: no longer the provider's uncertain ones.
    if (explicitSettings.imapHost)
        r.uncertain.removeAll(QStringLiteral("imap.host"));
    if (explicitSettings.smtpHost)
        r.uncertain.removeAll(QStringLiteral("smtp.host"));

    const auto quirksFor = [&](const std::optional<ServerSettings> &s) {
        QList<TlsQuirk> quirks;
        if (!s)
            return quirks;
        quirks = database.quirksForHost(s->host);
        if (fromFile) {
            for (const TlsQuirkEntry &q : fromFile->provider.tlsQuirks) {
                if (q.host == s->host && !quirks.contains(q.quirk))
                    quirks.append(q.quirk);
            }
        }
        return quirks;
    };
    r.imapQuirks = quirksFor(r.imap);
    r.smtpQuirks = quirksFor(r.smtp);
    return r;
}

QJsonObject ProviderCli::toJson(const ResolvedSettings &settings)
{
    return QJsonObject{
        {QStringLiteral("provider"),
         settings.providerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.providerId)},
        {QStringLiteral("user"), settings.user ? QJsonValue(*settings.user) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("imap"), serverJson(settings.imap, settings.user)},
        {QStringLiteral("smtp"), serverJson(settings.smtp, settings.smtpLogin())},
        {QStringLiteral("tlsQuirks"), QJsonObject{{QStringLiteral("imap"), quirksJson(settings.imapQuirks)},
                                                  {QStringLiteral("smtp"), quirksJson(settings.smtpQuirks)}}},
        {QStringLiteral("uncertain"), QJsonArray::fromStringList(settings.uncertain)},
        {QStringLiteral("notice"), settings.notice.isEmpty()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QJsonObject{{QStringLiteral("ja"), settings.notice.ja},
                                                                {QStringLiteral("en"), settings.notice.en}})},
        {QStringLiteral("matchedDomain"),
         settings.matchedDomain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.matchedDomain)},
        {QStringLiteral("viaSubdomain"), settings.viaSubdomain},
        {QStringLiteral("statusPage"),
         settings.statusPage
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("name"), QJsonObject{{QStringLiteral("ja"), settings.statusPage->name.ja},
                                                        {QStringLiteral("en"), settings.statusPage->name.en}}},
                   {QStringLiteral("url"), settings.statusPage->url}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("discovery"),
         settings.discovery ? QJsonValue(settings.discovery->toJson()) : QJsonValue(QJsonValue::Undefined)},
        {QStringLiteral("auth"),
         [&] {
             QJsonArray a;
             for (AuthMethod m : settings.auth)
                 a.append(toString(m));
             return a;
         }()},
    };
}

void ProviderCli::printSettings(const ResolvedSettings &settings, const ProviderDatabase &database, QTextStream &out)
{
    const QString lang = Language::code(Language::current());
    const Provider *provider = database.byId(settings.providerId);
    if (settings.providerId.isEmpty())
        out << QCoreApplication::translate("ProviderCli", "Provider: none (settings typed by hand)") << '\n';
    else if (provider)
        out << QCoreApplication::translate("ProviderCli", "Provider: %1 (%2)")
                   .arg(provider->name.forLanguage(lang), settings.providerId)
            << '\n';
    else
        out << QCoreApplication::translate("ProviderCli", "Provider: %1 (from the provider file)")
                   .arg(settings.providerId)
            << '\n';
    if (settings.viaSubdomain)
        out << QCoreApplication::translate("ProviderCli",
                                           "Matched by: %1 (the address is at a subdomain of it; whether such "
                                           "addresses use the same servers is unconfirmed)")
                   .arg(settings.matchedDomain)
            << '\n';
    else if (!settings.matchedDomain.isEmpty())
        out << QCoreApplication::translate("ProviderCli", "Matched by: %1").arg(settings.matchedDomain) << '\n';
    if (!settings.notice.isEmpty() && !settings.imap)
        out << settings.notice.forLanguage(lang) << '\n';
    if (settings.user) {
        out << QCoreApplication::translate("ProviderCli", "Login name: %1").arg(*settings.user) << '\n';
    } else if (provider && provider->username == UsernameRule::ProviderId) {
        out << QCoreApplication::translate("ProviderCli", "Login name: unknown. %1")
                   .arg(provider->usernameHelp.forLanguage(lang))
            << '\n';
    } else {
        out << QCoreApplication::translate("ProviderCli", "Login name: unknown (give --email or --user)") << '\n';
    }
    if (settings.smtpUser && settings.smtp)
        out << QCoreApplication::translate("ProviderCli", "Login name for sending (SMTP): %1").arg(*settings.smtpUser)
            << '\n';
    out << QCoreApplication::translate("ProviderCli", "IMAP: %1").arg(serverText(settings.imap)) << '\n';
    out << QCoreApplication::translate("ProviderCli", "SMTP: %1").arg(serverText(settings.smtp)) << '\n';
    const auto printQuirks = [&](const std::optional<ServerSettings> &s, const QList<TlsQuirk> &quirks) {
        if (s && quirks.contains(TlsQuirk::LegacyRenegotiation))
            out << QCoreApplication::translate(
                       "ProviderCli",
                       "TLS exception: legacy renegotiation is allowed for %1 only (the server lacks secure "
                       "renegotiation).")
                       .arg(s->host)
                << '\n';
    };
    printQuirks(settings.imap, settings.imapQuirks);
    printQuirks(settings.smtp, settings.smtpQuirks);
    if (provider) {
        out << QCoreApplication::translate("ProviderCli", "Password to use: %1")
                   .arg(provider->passwordName.forLanguage(lang))
            << '\n';
    }
    if (settings.auth == QList<AuthMethod>{AuthMethod::OAuth2}) {
        out << QCoreApplication::translate("ProviderCli",
                                           "This provider accepts OAuth2 sign-in only: it rejects passwords and app "
                                           "passwords, so a password check cannot succeed.")
            << '\n';
    }
    if (settings.statusPage)
        out << QCoreApplication::translate("ProviderCli", "Status page (outages): %1 %2")
                   .arg(settings.statusPage->name.forLanguage(lang), settings.statusPage->url)
            << '\n';
    if (!settings.uncertain.isEmpty())
        out << QCoreApplication::translate("ProviderCli", "Please confirm these on the provider's page: %1")
                   .arg(settings.uncertain.join(QStringLiteral(", ")))
            << '\n';
}

void ProviderCli::printProviders(const ProviderDatabase &database, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray all;
        for (const Provider &p : database.providers())
            all.append(p.toJson());
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return;
    }
    const QString lang = Language::code(Language::current());
    for (const Provider &p : database.providers()) {
        out << p.id.leftJustified(12) << ' ' << p.name.forLanguage(lang);
        if (!p.domains.isEmpty()) {
            const QStringList shown = p.domains.mid(0, 4);
            out << "  (" << shown.join(QStringLiteral(", "));
            if (p.domains.size() > shown.size()) {
                const QString more = QCoreApplication::translate("ProviderCli", "and %1 more");
                out << ", " << more.arg(p.domains.size() - shown.size());
            }
            out << ')';
        }
        out << '\n';
    }
}

int ProviderCli::listProviders(const QCommandLineParser &parser, bool json, QTextStream &out, QTextStream &err) const
{
    QString why;
    const auto db = loadDatabase(parser, &why);
    if (!db) {
        err << why << '\n';
        return 2;
    }
    printProviders(*db, json, out);
    return 0;
}

int ProviderCli::showSettings(const QCommandLineParser &parser, const ExplicitSettings &explicitSettings, bool json,
                              QTextStream &out, QTextStream &err) const
{
    QString why;
    const auto db = loadDatabase(parser, &why);
    if (!db) {
        err << why << '\n';
        return 2;
    }
    const auto settings = resolve(parser, *db, explicitSettings, &why);
    if (!settings) {
        err << why << '\n';
        return 2;
    }
    if (json)
        out << QJsonDocument(toJson(*settings)).toJson(QJsonDocument::Indented);
    else
        printSettings(*settings, *db, out);
    return 0;
}

std::optional<ExplicitSettings> ProviderCli::explicitSettings(const QCommandLineParser &parser, QString *why)
{
    ExplicitSettings s;
    const auto server = [&](const QString &option, std::optional<QString> &host, std::optional<quint16> &port) {
        if (!parser.isSet(option))
            return true;
        // The same parser as a check, so --show-settings and a check read HOST[:PORT] alike; what the user left
        // out is filled in later from the one port table (combine()).
        const auto parsed = CheckOptions::parseHostPort(parser.value(option), option);
        if (const QString *error = std::get_if<QString>(&parsed)) {
            *why = *error;
            return false;
        }
        host = std::get<HostPort>(parsed).host;
        port = std::get<HostPort>(parsed).port;
        return true;
    };
    const auto security = [&](const QString &option, std::optional<Security> &value) {
        if (!parser.isSet(option))
            return true;
        value = securityFromString(parser.value(option));
        if (!value)
            *why = QCoreApplication::translate("cli", "“%1” is not a security setting: use tls, starttls or none.")
                       .arg(parser.value(option));
        return value.has_value();
    };
    if (!server(QStringLiteral("imap"), s.imapHost, s.imapPort) ||
        !server(QStringLiteral("smtp"), s.smtpHost, s.smtpPort) ||
        !security(QStringLiteral("imap-security"), s.imapSecurity) ||
        !security(QStringLiteral("smtp-security"), s.smtpSecurity))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("user")))
        s.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("smtp-user")))
        s.smtpUser = parser.value(QStringLiteral("smtp-user"));
    return s;
}

}  // namespace ipw::cli
