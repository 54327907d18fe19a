#include "providers/OAuthClients.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include "ipw_oauth_clients.h"

namespace ipw {

OAuthClients OAuthClients::load()
{
    OAuthClients clients = parse(builtInSpec());
    clients.overrideFromFile(settingsFilePath());
    return clients;
}

QString OAuthClients::settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/imap-password-wizard/oauth-clients.ini");
}

QString OAuthClients::builtInSpec()
{
    return QStringLiteral(IPW_OAUTH_CLIENTS_SPEC);
}

OAuthClients OAuthClients::parse(QStringView spec)
{
    OAuthClients clients;
    for (QStringView entry : spec.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString issuer = entry.left(eq).trimmed().toString();
        const QStringView value = entry.mid(eq + 1);
        const qsizetype comma = value.indexOf(u',');
        OAuthClient client;
        client.clientId = (comma < 0 ? value : value.left(comma)).trimmed().toString();
        if (comma >= 0)
            client.clientSecret = value.mid(comma + 1).trimmed().toString();
        if (!issuer.isEmpty())
            clients.set(issuer, client);
    }
    return clients;
}

void OAuthClients::overrideFromFile(const QString &path)
{
    if (!QFile::exists(path))
        return;
    QSettings settings(path, QSettings::IniFormat);
    for (const QString &issuer : settings.childGroups()) {
        settings.beginGroup(issuer);
        if (settings.contains(QStringLiteral("clientId"))) {
            set(issuer, OAuthClient{settings.value(QStringLiteral("clientId")).toString().trimmed(),
                                    settings.value(QStringLiteral("clientSecret")).toString().trimmed()});
        }
        settings.endGroup();
    }
}

std::optional<OAuthClient> OAuthClients::forIssuer(const QString &issuer) const
{
    const auto it = m_clients.constFind(issuer.trimmed().toLower());
    if (it == m_clients.cend())
        return std::nullopt;
    return *it;
}

void OAuthClients::set(const QString &issuer, const OAuthClient &client)
{
    const QString key = issuer.trimmed().toLower();
    if (client.clientId.isEmpty())
        m_clients.remove(key);
    else
        m_clients.insert(key, client);
}

}  // namespace ipw
