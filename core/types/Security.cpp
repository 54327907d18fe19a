#include "types/Security.h"

namespace ipw {

QString toString(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"tls" || t == u"ssl" || t == u"ssl/tls" || t == u"tls/ssl" || t == u"implicit")
        return Security::ImplicitTls;
    if (t == u"starttls")
        return Security::StartTls;
    if (t == u"none")
        return Security::None;
    return std::nullopt;
}

QString toString(Protocol protocol)
{
    return protocol == Protocol::Imap ? QStringLiteral("imap") : QStringLiteral("smtp");
}

}  // namespace ipw
