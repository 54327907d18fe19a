#include "types/HostName.h"

#include <QRegularExpression>
#include <QUrl>

namespace ipw {

bool isValidHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (host.contains(u':')) {
        // IPv6 literal: hex digits, colons and (for an embedded IPv4 tail) dots.
        for (const QChar c : host) {
            if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':' || c == u'.'))
                return false;
        }
        return true;
    }
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == u'.') {
            const QStringView label = host.mid(labelStart, i - labelStart);
            if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
                return false;
            labelStart = i + 1;
            continue;
        }
        const char16_t c = host[i].unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString normalizedHostName(QStringView host)
{
    QString h = host.trimmed().toString().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

QString addressDomain(QStringView address)
{
    return normalizedHostName(address.mid(address.lastIndexOf(u'@') + 1));
}

bool isHttpsOrLoopbackHttp(QStringView url, bool allowLoopbackHttp)
{
    const QUrl u(url.toString(), QUrl::StrictMode);
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    const QString host = u.host();
    const bool loopbackHttp = allowLoopbackHttp && u.scheme() == u"http" &&
                              (host == u"localhost" || host == u"::1" || ipv4Loopback.match(host).hasMatch());
    return u.isValid() && (u.scheme() == u"https" || loopbackHttp) && !host.isEmpty();
}

}  // namespace ipw
