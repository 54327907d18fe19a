#include "handoff/AppleMailProfile.h"

#include "accounts/SavedAccount.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

// The project's namespace for name-based UUIDs (a fixed random UUID): every UUID in a profile is v5 of it and a name
// made from the normalised address, so reinstalling replaces rather than duplicates.
const QUuid kNamespace(u"6c0a8d3e-2f4b-4c61-9a57-1e2b7d9f4a80"_s);

QUuid uuidFor(const QString &kind, const QString &address)
{
    return QUuid::createUuidV5(kNamespace, kind + u':' + SavedAccount::normalizedAddress(address));
}

// One <key> and its value. The plist DTD: string, integer, true/false, array, dict.
class PlistWriter {
public:
    explicit PlistWriter(QByteArray *out)
        : w(out)
    {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(1);
    }
    void string(const QString &key, const QString &value)
    {
        w.writeTextElement(u"key"_s, key);
        w.writeTextElement(u"string"_s, value);
    }
    void integer(const QString &key, qint64 value)
    {
        w.writeTextElement(u"key"_s, key);
        w.writeTextElement(u"integer"_s, QString::number(value));
    }
    void boolean(const QString &key, bool value)
    {
        w.writeTextElement(u"key"_s, key);
        w.writeEmptyElement(value ? u"true"_s : u"false"_s);
    }
    QXmlStreamWriter w;
};

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

}  // namespace

std::optional<AppleMailProfile::Problem> AppleMailProfile::problem(const HandoffSettings &settings)
{
    if (!settings.hasImap())
        return Problem::NoImapServer;
    if (!settings.smtp || !settings.smtp->isComplete())
        return Problem::NoSmtpServer;
    return std::nullopt;
}

QString AppleMailProfile::profileIdentifier(const QString &address)
{
    return u"io.github.imap-password-wizard.mail."_s + uuidText(profileUuid(address));
}

QUuid AppleMailProfile::profileUuid(const QString &address)
{
    return uuidFor(u"profile"_s, address);
}

QUuid AppleMailProfile::mailPayloadUuid(const QString &address)
{
    return uuidFor(u"mail"_s, address);
}

QString AppleMailProfile::fileName(const QString &address)
{
    QString name = SavedAccount::normalizedAddress(address);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'-' || c == u'_'))
            c = u'_';
    }
    return (name.isEmpty() ? u"mail"_s : name) + u".mobileconfig"_s;
}

QByteArray AppleMailProfile::toXml(const HandoffSettings &settings, const AppleProfileTexts &texts)
{
    Q_ASSERT(!problem(settings));
    const ServerAddress smtp = settings.smtp.value_or(ServerAddress{});
    QByteArray out;
    PlistWriter p(&out);
    QXmlStreamWriter &w = p.w;
    w.writeStartDocument();
    w.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    w.writeStartElement(u"plist"_s);
    w.writeAttribute(u"version"_s, u"1.0"_s);
    w.writeStartElement(u"dict"_s);

    w.writeTextElement(u"key"_s, u"PayloadContent"_s);
    w.writeStartElement(u"array"_s);
    w.writeStartElement(u"dict"_s);
    p.string(u"EmailAccountDescription"_s, texts.accountDescription);
    p.string(u"EmailAccountType"_s, u"EmailTypeIMAP"_s);
    p.string(u"EmailAddress"_s, settings.address);
    p.string(u"IncomingMailServerAuthentication"_s, u"EmailAuthPassword"_s);
    p.string(u"IncomingMailServerHostName"_s, settings.imap.host);
    p.integer(u"IncomingMailServerPortNumber"_s, settings.imap.port);
    // UseSSL false means STARTTLS when the server offers it, plaintext otherwise: iOS has no "require STARTTLS".
    p.boolean(u"IncomingMailServerUseSSL"_s, settings.imap.security == Security::ImplicitTls);
    p.string(u"IncomingMailServerUsername"_s, settings.imapLogin);
    p.string(u"OutgoingMailServerAuthentication"_s, u"EmailAuthPassword"_s);
    p.string(u"OutgoingMailServerHostName"_s, smtp.host);
    p.integer(u"OutgoingMailServerPortNumber"_s, smtp.port);
    p.boolean(u"OutgoingMailServerUseSSL"_s, smtp.security == Security::ImplicitTls);
    p.string(u"OutgoingMailServerUsername"_s, settings.smtpLogin);
    // iOS then asks for one password and uses it for both servers.
    p.boolean(u"OutgoingPasswordSameAsIncomingPassword"_s, settings.sameLogins());
    p.string(u"PayloadDescription"_s, texts.accountDescription);
    p.string(u"PayloadDisplayName"_s, texts.accountDescription);
    p.string(u"PayloadIdentifier"_s, profileIdentifier(settings.address) + u".account"_s);
    p.string(u"PayloadType"_s, u"com.apple.mail.managed"_s);
    p.string(u"PayloadUUID"_s, uuidText(mailPayloadUuid(settings.address)));
    p.integer(u"PayloadVersion"_s, 1);
    w.writeEndElement();  // dict
    w.writeEndElement();  // array

    p.string(u"PayloadDescription"_s, texts.profileDescription);
    p.string(u"PayloadDisplayName"_s, texts.profileName);
    p.string(u"PayloadIdentifier"_s, profileIdentifier(settings.address));
    p.string(u"PayloadOrganization"_s, texts.organization);
    p.boolean(u"PayloadRemovalDisallowed"_s, false);
    p.string(u"PayloadType"_s, u"Configuration"_s);
    p.string(u"PayloadUUID"_s, uuidText(profileUuid(settings.address)));
    p.integer(u"PayloadVersion"_s, 1);
    w.writeEndElement();  // dict
    w.writeEndElement();  // plist
    w.writeEndDocument();
    return out;
}

}  // namespace ipw
