#pragma once

#include "oauth/OAuthError.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthTokens.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QPointer>
#include <QTimer>

namespace ipw {

class LoopbackReplyHandler;
class TokenReplyHandler;
struct TokenResponse;

/// Internal to core/oauth (OAuthSignIn and OAuthRefresh are the API): QOAuth2AuthorizationCodeFlow with PKCE
/// S256 and the workarounds for Qt NetworkAuth 6.4's defects, each marked "Defect (x)" where it is made and
/// described in docs/oauth.md:
///   (a) the authorization code percent-encoded twice in the token request (QTBUG-81624);
///   (b) token endpoint HTTP errors emit no signal (TokenReplyHandler, LoopbackReplyHandler);
///   (c) a failed refresh leaves the flow in Status::RefreshingToken, so the next refresh is ignored;
///   (d) the state is generated once per flow object and reused by every later grant();
///   (e) the default reply handler listens on all interfaces (LoopbackReplyHandler).
/// Also: a state mismatch or error= in the redirect is only logged by Qt 6.4 (no signal), so the redirect is
/// checked here (AuthorizationResponse) before Qt sees it.
///
/// One operation at a time (authorize() or refresh()); each ends with exactly one succeeded() or failed(), unless
/// abort() comes first (then neither).
class CodeFlow : public QOAuth2AuthorizationCodeFlow {
    Q_OBJECT
public:
    explicit CodeFlow(OAuthSettings settings, QObject *parent = nullptr);
    ~CodeFlow() override;

    /// Opens the loopback listener (127.0.0.1, random port). False: it could not.
    bool listen();
    QUrl redirectUri() const;
    bool isListening() const;

    /// A fresh state and PKCE verifier, then grant(): authorizationUrlReady() follows synchronously.
    void authorize();
    /// Trades `refreshToken` for new tokens; works again after a failed refresh on the same object.
    void refresh(const QString &refreshToken);
    /// Ends whatever is running without a signal: closes the listener and aborts a pending token request.
    void abort();
    bool hasPendingRequest() const;

    /// Test hook (the PKCE test): the token request sends this code_verifier instead of the right one.
    void setCodeVerifierForTest(const QByteArray &verifier) { m_verifierForTest = verifier; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void exchangingCode();
    void succeeded(const ipw::OAuthTokens &tokens);
    void failed(const ipw::OAuthFailure &failure);

protected:
    void resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters) override;

private:
    void modifyParameters(Stage stage, QMultiMap<QString, QVariant> *parameters);
    void onCallback(const QVariantMap &values);
    void onTokenResponse(const TokenResponse &response);
    void fail(const OAuthFailure &failure);
    void onRequestTimeout();

    class Network;
    OAuthSettings m_settings;
    Network *m_network = nullptr;
    QPointer<LoopbackReplyHandler> m_loopback;
    QPointer<TokenReplyHandler> m_tokenHandler;
    QTimer m_requestTimer;
    QByteArray m_verifier;
    QByteArray m_verifierForTest;
    QString m_code;          // the code as issued, from our own reading of the redirect
    QString m_refreshToken;  // the one being traded
    bool m_busy = false;
    bool m_callbackTaken = false;
};

}  // namespace ipw
