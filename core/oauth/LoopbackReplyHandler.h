#pragma once

#include "oauth/OAuthSettings.h"
#include "oauth/TokenReplyHandler.h"

#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace ipw {

/// The loopback redirect listener of a sign-in (RFC 8252 §7.3), internal to core/oauth. Our own small HTTP reader
/// instead of Qt NetworkAuth 6.4's QOAuthHttpServerReplyHandler, whose defects it replaced (docs/oauth.md):
/// - (e) Qt's listens on QHostAddress::Any by default: this one on 127.0.0.1 only, port chosen by the kernel.
/// - Qt's callback() is computed from the listening socket ("http://127.0.0.1:0/" once closed, before the token
///   request that must repeat it) and can only say 127.0.0.1: this one is fixed at listen time, host per
///   RedirectHost.
/// - Qt's answers any path that starts with '/' as the redirect, and drops a request on another path without an
///   answer. Here only "GET /" counts; every other request is answered (404, a page saying it is not part of the
///   sign-in) and ignored, and the sign-in goes on (issue 13, item 17).
/// - (b) token endpoint HTTP errors emit nothing: as TokenReplyHandler.
///
/// Every request on the redirect path is emitted as callbackReceived(query items, PrettyDecoded, as Qt's did);
/// the flow decides whether it is the sign-in's (the right state) and sets the page to answer with.
class LoopbackReplyHandler : public QOAuthOobReplyHandler {
    Q_OBJECT
public:
    /// Starts listening on 127.0.0.1 (check isListening()).
    explicit LoopbackReplyHandler(RedirectHost host, QObject *parent = nullptr);

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    /// Stops listening; a request being answered still gets its page.
    void close() { m_server.close(); }

    void setSink(TokenResponseSink sink) { m_sink = std::move(sink); }
    /// "http://127.0.0.1:<port>/" or "http://localhost:<port>/"; empty when not listening.
    QUrl redirectUri() const { return m_redirectUri; }

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    /// What the browser shows: static, bilingual (English and Japanese; core has no tr()).
    enum class Page {
        SignedIn,
        NotSignedIn,
        NotThisSignIn,  ///< a request that is not this sign-in's redirect (another path, another state)
    };
    /// The page for the request being handled (call from a callbackReceived slot); a request nobody takes gets
    /// NotThisSignIn.
    void setPage(Page page) { m_page = page; }
    static QString pageText(Page page);

    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, Page page);

    QTcpServer m_server;
    quint16 m_port = 0;
    QUrl m_redirectUri;
    TokenResponseSink m_sink;
    Page m_page = Page::NotThisSignIn;
};

}  // namespace ipw
