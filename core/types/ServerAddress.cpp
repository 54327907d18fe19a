#include "types/ServerAddress.h"

#include "types/HostName.h"

#include <QHostAddress>
#include <QUrl>

namespace ipw {

EndpointKey EndpointKey::of(QStringView host, quint16 port)
{
    return EndpointKey{host.trimmed().toString().toLower(), port};
}

QString EndpointKey::toString() const
{
    const QString h = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return h + QLatin1Char(':') + QString::number(port);
}

quint16 ServerAddress::defaultPort(Protocol protocol, Security security)
{
    const bool implicit = security == Security::ImplicitTls;
    if (protocol == Protocol::Imap)
        return implicit ? 993 : 143;
    return implicit ? 465 : 587;
}

std::optional<Security> ServerAddress::securityForPort(quint16 port)
{
    switch (port) {
    case 993:
    case 465:
        return Security::ImplicitTls;
    case 143:
    case 587:
    case 25:
        return Security::StartTls;
    default:
        return std::nullopt;
    }
}

std::optional<HostPort> HostPort::parse(QStringView text, Error *error)
{
    auto fail = [error](Error e) -> std::optional<HostPort> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    QString host = trimmed.toString();
    QString portText;
    bool hasPort = false;  // a colon before a port, even with nothing after it ("host:" is a bad port, not no port)
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return fail(Error::BadHost);
        QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(Error::BadHost);
        hasPort = !rest.isEmpty();
        portText = rest.mid(1);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(Error::BadHost);
    } else if (host.count(u':') == 1) {
        hasPort = true;
        portText = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    } else if (host.count(u':') > 1) {
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(Error::BadHost);
    }
    HostPort result;
    if (host.contains(u':')) {
        result.host = host.toLower();
    } else {
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (host.isEmpty() || ace.isEmpty())
            return fail(Error::BadHost);
        result.host = normalizedHostName(ace);
        if (!isValidHostName(result.host))
            return fail(Error::BadHost);
    }
    if (hasPort) {
        bool ok = false;
        const int value = portText.toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return fail(Error::BadPort);
        result.port = quint16(value);
    }
    return result;
}

}  // namespace ipw
