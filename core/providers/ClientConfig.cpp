#include "providers/ClientConfig.h"

#include "types/HostName.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ipw {
namespace {

using Kind = ProviderFileError::Kind;

std::optional<Security> securityFromSocketType(QStringView socketType)
{
    if (socketType == u"SSL")
        return Security::ImplicitTls;
    if (socketType == u"STARTTLS")
        return Security::StartTls;
    if (socketType == u"plain")
        return Security::None;
    return std::nullopt;
}

QString socketTypeOf(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("SSL");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::None:
        return QStringLiteral("plain");
    }
    return {};
}

class Parser {
public:
    Parser(const QByteArray &xml, QString file, ProviderFileError *error)
        : m_xml(xml)
        , m_file(std::move(file))
        , m_error(error)
    {
    }

    std::optional<ClientConfig> parse()
    {
        if (!m_xml.readNextStartElement())
            return syntaxOrNot();
        if (m_xml.name() != u"clientConfig")
            return fail(Kind::NotClientConfig, m_xml.name().toString());
        ClientConfig config;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"emailProvider") {
                if (!readProvider(config))
                    return std::nullopt;
            } else if (m_xml.name() == u"oAuth2") {
                readOAuth2(config);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return syntax();
        if (config.imap.isEmpty())
            return fail(Kind::NoImapServer, QStringLiteral("incomingServer"));
        return config;
    }

private:
    std::nullopt_t fail(Kind kind, const QString &field)
    {
        if (m_error)
            *m_error = ProviderFileError{kind, m_file, field, static_cast<int>(m_xml.lineNumber())};
        m_failed = true;
        return std::nullopt;
    }
    std::nullopt_t syntax() { return fail(Kind::Syntax, QString()); }
    std::nullopt_t syntaxOrNot() { return m_xml.hasError() ? syntax() : fail(Kind::NotClientConfig, QString()); }

    bool readProvider(ClientConfig &config)
    {
        config.id = m_xml.attributes().value(QLatin1String("id")).toString();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"domain") {
                const QString d = normalizedHostName(m_xml.readElementText());
                if (!d.isEmpty() && !config.domains.contains(d))
                    config.domains.append(d);
            } else if (name == u"displayName") {
                config.displayName = m_xml.readElementText().trimmed();
            } else if (name == u"displayShortName") {
                config.displayShortName = m_xml.readElementText().trimmed();
            } else if (name == u"incomingServer" || name == u"outgoingServer") {
                const bool incoming = name == u"incomingServer";
                const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
                const bool wanted = incoming ? type == u"imap" : type == u"smtp";
                if (!wanted) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                QList<ClientConfigServer> &list = incoming ? config.imap : config.smtp;
                const QString field = QStringLiteral("%1[%2]").arg(name.toString()).arg(list.size());
                auto server = readServer(field);
                if (!server)
                    return false;
                list.append(*server);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return !m_xml.hasError() || (syntax(), false);
    }

    std::optional<ClientConfigServer> readServer(const QString &field)
    {
        ClientConfigServer s;
        bool haveHost = false, havePort = false, haveSocket = false;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"hostname") {
                const QString host = m_xml.readElementText().trimmed();
                if (!isValidHostName(host))
                    return fail(Kind::BadHost, field + QStringLiteral(".hostname"));
                s.server.host = host.toLower();
                haveHost = true;
            } else if (name == u"port") {
                bool ok = false;
                const int port = m_xml.readElementText().trimmed().toInt(&ok);
                if (!ok || port < 1 || port > 65535)
                    return fail(Kind::BadPort, field + QStringLiteral(".port"));
                s.server.port = static_cast<quint16>(port);
                havePort = true;
            } else if (name == u"socketType") {
                const auto security = securityFromSocketType(m_xml.readElementText().trimmed());
                if (!security)
                    return fail(Kind::BadValue, field + QStringLiteral(".socketType"));
                s.server.security = *security;
                haveSocket = true;
            } else if (name == u"username") {
                s.usernameTemplate = m_xml.readElementText().trimmed();
            } else if (name == u"authentication") {
                const QString method = m_xml.readElementText().trimmed();
                if (!method.isEmpty())
                    s.authentication.append(method);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return syntax();
        if (!haveHost)
            return fail(Kind::MissingField, field + QStringLiteral(".hostname"));
        if (!havePort)
            return fail(Kind::MissingField, field + QStringLiteral(".port"));
        if (!haveSocket)
            return fail(Kind::MissingField, field + QStringLiteral(".socketType"));
        return s;
    }

    void readOAuth2(ClientConfig &config)
    {
        OAuth2Endpoints e;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"issuer")
                e.issuer = m_xml.readElementText().trimmed();
            else if (name == u"scope")
                e.scopes = m_xml.readElementText().split(u' ', Qt::SkipEmptyParts);
            else if (name == u"authURL")
                e.authUrl = m_xml.readElementText().trimmed();
            else if (name == u"tokenURL")
                e.tokenUrl = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        config.oauth2 = e;
    }

    QXmlStreamReader m_xml;
    QString m_file;
    ProviderFileError *m_error;
    bool m_failed = false;
};

QString templateFor(UsernameRule rule)
{
    switch (rule) {
    case UsernameRule::Address:
        return QStringLiteral("%EMAILADDRESS%");
    case UsernameRule::LocalPart:
        return QStringLiteral("%EMAILLOCALPART%");
    case UsernameRule::ProviderId:
        return QString();
    }
    return {};
}

QStringList authenticationFor(const QList<AuthMethod> &methods)
{
    QStringList out;
    for (AuthMethod m : methods) {
        const QString value = m == AuthMethod::OAuth2 ? QStringLiteral("OAuth2") : QStringLiteral("password-cleartext");
        if (!out.contains(value))
            out.append(value);
    }
    return out;
}

}  // namespace

std::optional<QString> expandUsernameTemplate(QStringView usernameTemplate, QStringView address)
{
    QStringView trimmed = address.trimmed();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (usernameTemplate.isEmpty() || at <= 0)
        return std::nullopt;
    QString out = usernameTemplate.toString();
    out.replace(QStringLiteral("%EMAILADDRESS%"), trimmed.toString());
    out.replace(QStringLiteral("%EMAILLOCALPART%"), trimmed.left(at).toString());
    out.replace(QStringLiteral("%EMAILDOMAIN%"), trimmed.mid(at + 1).toString());
    return out;
}

std::optional<ClientConfig> ClientConfig::fromXml(const QByteArray &xml, const QString &file, ProviderFileError *error)
{
    return Parser(xml, file, error).parse();
}

ClientConfig ClientConfig::fromProvider(const Provider &provider)
{
    ClientConfig c;
    c.id = provider.id;
    c.displayName = provider.name.en;
    c.displayShortName = provider.name.en;
    c.domains = provider.domains;
    const QString username = templateFor(provider.username);
    const QStringList authentication = authenticationFor(provider.auth);
    const auto add = [&](QList<ClientConfigServer> &list, const ServerSettings &s) {
        if (!s.hasHost())
            return;
        ServerSettings plain = s;
        plain.note = {};
        list.append(ClientConfigServer{plain, username, authentication});
    };
    add(c.imap, provider.imap);
    for (const ServerSettings &s : provider.imapAlternatives)
        add(c.imap, s);
    add(c.smtp, provider.smtp);
    for (const ServerSettings &s : provider.smtpAlternatives)
        add(c.smtp, s);
    c.oauth2 = provider.oauth2;
    return c;
}

QByteArray ClientConfig::toXml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("clientConfig"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    w.writeStartElement(QStringLiteral("emailProvider"));
    w.writeAttribute(QStringLiteral("id"), id);
    for (const QString &d : domains)
        w.writeTextElement(QStringLiteral("domain"), d);
    w.writeTextElement(QStringLiteral("displayName"), displayName);
    w.writeTextElement(QStringLiteral("displayShortName"), displayShortName);
    const auto writeServer = [&](const char *element, const char *type, const ClientConfigServer &s) {
        w.writeStartElement(QString::fromLatin1(element));
        w.writeAttribute(QStringLiteral("type"), QString::fromLatin1(type));
        w.writeTextElement(QStringLiteral("hostname"), s.server.host);
        w.writeTextElement(QStringLiteral("port"), QString::number(s.server.port));
        w.writeTextElement(QStringLiteral("socketType"), socketTypeOf(s.server.security));
        if (!s.usernameTemplate.isEmpty())
            w.writeTextElement(QStringLiteral("username"), s.usernameTemplate);
        for (const QString &a : s.authentication)
            w.writeTextElement(QStringLiteral("authentication"), a);
        w.writeEndElement();
    };
    for (const ClientConfigServer &s : imap)
        writeServer("incomingServer", "imap", s);
    for (const ClientConfigServer &s : smtp)
        writeServer("outgoingServer", "smtp", s);
    w.writeEndElement();  // emailProvider
    if (oauth2) {
        w.writeStartElement(QStringLiteral("oAuth2"));
        if (!oauth2->issuer.isEmpty())
            w.writeTextElement(QStringLiteral("issuer"), oauth2->issuer);
        w.writeTextElement(QStringLiteral("scope"), oauth2->scopes.join(u' '));
        w.writeTextElement(QStringLiteral("authURL"), oauth2->authUrl);
        w.writeTextElement(QStringLiteral("tokenURL"), oauth2->tokenUrl);
        w.writeEndElement();
    }
    w.writeEndElement();  // clientConfig
    w.writeEndDocument();
    return out;
}

Provider ClientConfig::toProvider() const
{
    Provider p;
    p.id = id;
    const QString shown = displayName.isEmpty() ? (displayShortName.isEmpty() ? id : displayShortName) : displayName;
    p.name = LocalizedText{shown, shown};
    p.domains = domains;
    if (!imap.isEmpty()) {
        p.imap = imap.first().server;
        for (qsizetype i = 1; i < imap.size(); ++i)
            p.imapAlternatives.append(imap[i].server);
    }
    if (!smtp.isEmpty()) {
        p.smtp = smtp.first().server;
        for (qsizetype i = 1; i < smtp.size(); ++i)
            p.smtpAlternatives.append(smtp[i].server);
    } else {
        p.uncertain.append(QStringLiteral("smtp"));
    }
    const QString username = imap.isEmpty() ? QString() : imap.first().usernameTemplate;
    if (username == u"%EMAILADDRESS%") {
        p.username = UsernameRule::Address;
    } else if (username == u"%EMAILLOCALPART%") {
        p.username = UsernameRule::LocalPart;
    } else {
        p.username = UsernameRule::ProviderId;
        p.uncertain.append(QStringLiteral("username"));
    }
    const QStringList authentication = imap.isEmpty() ? QStringList() : imap.first().authentication;
    for (const QString &a : authentication) {
        const AuthMethod m = a == u"OAuth2" ? AuthMethod::OAuth2 : AuthMethod::Password;
        if ((a == u"OAuth2" || a.startsWith(u"password-")) && !p.auth.contains(m))
            p.auth.append(m);
    }
    if (p.auth.isEmpty())
        p.auth.append(AuthMethod::Password);
    p.oauth2 = oauth2;
    return p;
}

}  // namespace ipw
