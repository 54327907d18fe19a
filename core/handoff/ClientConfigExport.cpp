#include "handoff/ClientConfigExport.h"

#include "providers/Provider.h"

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

QString usernameTemplateFor(const QString &login, const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (login == address)
        return u"%EMAILADDRESS%"_s;
    if (at > 0 && login == address.left(at))
        return u"%EMAILLOCALPART%"_s;
    // A literal login (a provider ID such as docomo's IMAP ID) is allowed by the format; % would start a placeholder.
    return login.contains(u'%') ? QString() : login;
}

}  // namespace

ClientConfig clientConfigFor(const HandoffSettings &settings, const Provider *provider)
{
    ClientConfig c;
    const QString domain = settings.address.mid(settings.address.lastIndexOf(u'@') + 1).toLower();
    c.id = domain.isEmpty() ? settings.imap.host : domain;
    c.displayName = provider ? provider->name.en : settings.address;
    c.displayShortName = provider ? provider->name.en : c.id;
    if (!domain.isEmpty())
        c.domains = {domain};
    const QStringList authentication{settings.browserSignIn ? u"OAuth2"_s : u"password-cleartext"_s};
    const auto server = [](const ServerAddress &address) {
        ServerSettings s;
        s.host = address.host;
        s.port = address.port;
        s.security = address.security;
        return s;
    };
    c.imap.append(ClientConfigServer{server(settings.imap), usernameTemplateFor(settings.imapLogin, settings.address),
                                     authentication});
    if (settings.smtp)
        c.smtp.append(ClientConfigServer{server(*settings.smtp),
                                         usernameTemplateFor(settings.smtpLogin, settings.address), authentication});
    if (settings.browserSignIn && provider)
        c.oauth2 = provider->oauth2;
    return c;
}

ClientConfig ispdbClientConfigFor(const HandoffSettings &settings, const Provider *provider)
{
    ClientConfig c = clientConfigFor(settings, provider);
    c.displayName = c.id;
    c.displayShortName = c.id;
    for (QList<ClientConfigServer> *servers : {&c.imap, &c.smtp}) {
        for (ClientConfigServer &server : *servers) {
            if (!server.usernameTemplate.startsWith(u'%'))
                server.usernameTemplate.clear();
        }
    }
    return c;
}

}  // namespace ipw
