#pragma once

#include "oauth/OAuthSettings.h"
#include "oauth/TokenReplyHandler.h"

#include <QOAuthHttpServerReplyHandler>

namespace ipw {

/// The loopback redirect listener of a sign-in (RFC 8252 §7.3), internal to core/oauth. It works around three
/// Qt NetworkAuth 6.4 defects (docs/oauth.md):
/// - (e) QOAuthHttpServerReplyHandler's default constructor listens on QHostAddress::Any, i.e. on every
///   interface: this one listens on 127.0.0.1 only, port chosen by the kernel.
/// - callback() (the redirect_uri) is computed from the listening socket, so it turns into
///   "http://127.0.0.1:0/" once the listener is closed, which is before the token request that must repeat it
///   (RFC 6749 §4.1.3); and it can only say 127.0.0.1. This one is fixed at listen time, host per RedirectHost.
/// - (b) token endpoint HTTP errors emit nothing: as TokenReplyHandler.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler {
    Q_OBJECT
public:
    /// Starts listening on 127.0.0.1 (check isListening()).
    explicit LoopbackReplyHandler(RedirectHost host, QObject *parent = nullptr);

    void setSink(TokenResponseSink sink) { m_sink = std::move(sink); }
    /// "http://127.0.0.1:<port>/" or "http://localhost:<port>/"; empty when not listening.
    QUrl redirectUri() const { return m_redirectUri; }

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    /// What the browser shows after the redirect: static, bilingual (English and Japanese; core has no tr()).
    enum class Page { SignedIn, NotSignedIn };
    void setPage(Page page);
    static QString pageText(Page page);

private:
    QUrl m_redirectUri;
    TokenResponseSink m_sink;
};

}  // namespace ipw
