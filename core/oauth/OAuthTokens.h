#pragma once

#include <QDateTime>
#include <QString>

namespace ipw {

/// What the token endpoint issued. The access token is short-lived and kept in memory only; the refresh token is
/// the one secret that is stored (in the OS keychain, never in a file or a log).
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;  ///< may be empty when the provider issued none (then the user signs in again next time)
    QDateTime expiresAt;   ///< UTC; invalid when the endpoint gave no expires_in
    QString scope;         ///< as granted (space-separated), when the endpoint said
    QString tokenType;     ///< "Bearer"
};

}  // namespace ipw
