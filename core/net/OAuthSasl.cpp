#include "net/OAuthSasl.h"

namespace ipw::oauthsasl {
namespace {
const QByteArray kOAuthBearer = QByteArrayLiteral("OAUTHBEARER");
const QByteArray kXOAuth2 = QByteArrayLiteral("XOAUTH2");
constexpr char kSep = '\x01';
}  // namespace

std::optional<QByteArray> chooseMechanism(const QList<QByteArray> &offered, OAuthMechanism wanted)
{
    const bool bearer = offered.contains(kOAuthBearer);
    const bool xoauth2 = offered.contains(kXOAuth2);
    switch (wanted) {
    case OAuthMechanism::Automatic:
        if (bearer)
            return kOAuthBearer;
        if (xoauth2)
            return kXOAuth2;
        return std::nullopt;
    case OAuthMechanism::OAuthBearer:
        return bearer ? std::optional(kOAuthBearer) : std::nullopt;
    case OAuthMechanism::XOAuth2:
        return xoauth2 ? std::optional(kXOAuth2) : std::nullopt;
    }
    return std::nullopt;
}

QString wantedMechanismsText(OAuthMechanism wanted)
{
    switch (wanted) {
    case OAuthMechanism::Automatic:
        break;
    case OAuthMechanism::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
    case OAuthMechanism::XOAuth2:
        return QStringLiteral("XOAUTH2");
    }
    return QStringLiteral("OAUTHBEARER or XOAUTH2");
}

QByteArray gs2SaslName(const QString &user)
{
    QByteArray name = user.toUtf8();
    // '=' first, or the '=' of "=2C" would be escaped again.
    name.replace('=', "=3D").replace(',', "=2C");
    return name;
}

QByteArray initialResponse(const QByteArray &mechanism, const QString &user, const QString &host, quint16 port,
                           QByteArrayView token)
{
    const QByteArray bearer = "auth=Bearer " + token.toByteArray();
    if (mechanism == kXOAuth2)
        return "user=" + user.toUtf8() + kSep + bearer + kSep + kSep;
    return "n,a=" + gs2SaslName(user) + ',' + kSep + "host=" + host.toUtf8() + kSep +
           "port=" + QByteArray::number(port) + kSep + bearer + kSep + kSep;
}

DiagnosisCode diagnoseRefusedToken(DiagnosisCode classified, bool challenged)
{
    if (challenged || classified == DiagnosisCode::WrongCredentials ||
        classified == DiagnosisCode::AppPasswordRequired || classified == DiagnosisCode::OauthRequired)
        return DiagnosisCode::OauthTokenRejected;
    return classified;
}

QByteArray errorChallengeReply(const QByteArray &mechanism)
{
    // RFC 7628 §3.2.3: "the client MUST then send either an additional client response consisting of a single %x01
    // (control A) character to the server in order to allow the server to finish the exchange". Google's XOAUTH2
    // documentation asks for an empty response instead.
    return mechanism == kOAuthBearer ? QByteArray("AQ==") : QByteArray();
}

}  // namespace ipw::oauthsasl
