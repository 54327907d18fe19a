#include "oauth/OAuthSettings.h"

namespace ipw {

namespace {
bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}
}  // namespace

bool OAuthSettings::isConfigured() const
{
    return !clientId.trimmed().isEmpty() && isHttpUrl(authorizeUrl) && isHttpUrl(tokenUrl);
}

}  // namespace ipw
