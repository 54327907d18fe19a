#include "net/CheckSettings.h"

namespace ipw {

QString ServerEndpoint::key() const
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

quint16 ServerEndpoint::defaultImapPort(Security security)
{
    return security == Security::ImplicitTls ? 993 : 143;
}

quint16 ServerEndpoint::defaultSmtpPort(Security security)
{
    return security == Security::ImplicitTls ? 465 : 587;
}

std::optional<QByteArray> normalizeSha256Fingerprint(QStringView text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return std::nullopt;
        hex.append(l);
    }
    if (hex.size() != 64)
        return std::nullopt;
    return hex;
}

}  // namespace ipw
