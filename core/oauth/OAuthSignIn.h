#pragma once

#include "oauth/OAuthError.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthTokens.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace ipw {

/// The OAuth 2.0 authorization-code flow for a native app (RFC 8252) with PKCE S256 (RFC 7636), over Qt
/// NetworkAuth: a loopback listener on 127.0.0.1 and a random port, a fresh state per sign-in, the code exchanged
/// at the token endpoint. Opening the browser is the caller's job: core only produces the URL and receives the
/// redirect.
///
/// start() returns at once; authorizationUrlReady() follows from the event loop (open it in the browser, or print
/// it); exactly one finished() fires (also after cancel(), before cancel() returns). The job does not delete
/// itself.
///
///     auto *signIn = new OAuthSignIn(settings, this);
///     connect(signIn, &OAuthSignIn::authorizationUrlReady, this,
///             [](const QUrl &url) { QDesktopServices::openUrl(url); });
///     connect(signIn, &OAuthSignIn::finished, this, [signIn] {
///         if (signIn->failure()) { … signIn->failure()->diagnosis(false) … } else { … signIn->tokens() … }
///         signIn->deleteLater();
///     });
///     signIn->start();
class OAuthSignIn : public QObject {
    Q_OBJECT
public:
    explicit OAuthSignIn(OAuthSettings settings, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void start();
    void cancel();
    bool isFinished() const;

    /// The redirect URI registered with the provider for this sign-in (valid once authorizationUrlReady fired).
    QUrl redirectUri() const;
    /// Set when the sign-in failed; std::nullopt after success.
    std::optional<OAuthFailure> failure() const;
    /// The tokens after success.
    const OAuthTokens &tokens() const;

Q_SIGNALS:
    /// Open this URL in the system browser (it carries client_id, redirect_uri, scope, state, code_challenge).
    void authorizationUrlReady(const QUrl &url);
    /// The browser came back with a code; it is being exchanged at the token endpoint.
    void exchangingCode();
    void finished();

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace ipw
