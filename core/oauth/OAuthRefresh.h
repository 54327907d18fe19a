#pragma once

#include "oauth/OAuthError.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthTokens.h"

#include <QObject>

#include <memory>
#include <optional>

namespace ipw {

/// Trades a refresh token for a new access token (RFC 6749 §6), over Qt NetworkAuth.
///
/// Rotation: when the token endpoint issues a new refresh token, the old one is dead from that moment, so
/// refreshTokenRotated() fires *before* finished() and the caller must store the new one at once, whatever a
/// later check says (the one exception to "save only after verified").
///
///     auto *refresh = new OAuthRefresh(settings, savedRefreshToken, this);
///     connect(refresh, &OAuthRefresh::refreshTokenRotated, this, [&](const QString &fresh) { store(fresh); });
///     connect(refresh, &OAuthRefresh::finished, this, [refresh] {
///         … refresh->tokens().accessToken …;
///         refresh->deleteLater();
///     });
///     refresh->start();
class OAuthRefresh : public QObject {
    Q_OBJECT
public:
    OAuthRefresh(OAuthSettings settings, QString refreshToken, QObject *parent = nullptr);
    ~OAuthRefresh() override;

    void start();
    void cancel();
    bool isFinished() const;

    std::optional<OAuthFailure> failure() const;
    /// After success: the new access token; refreshToken is the rotated one, or the old one when not rotated.
    const OAuthTokens &tokens() const;

Q_SIGNALS:
    /// The endpoint issued a different refresh token: store it now (the old one no longer works).
    void refreshTokenRotated(const QString &newRefreshToken);
    void finished();

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace ipw
