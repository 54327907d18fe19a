#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace ipw::test {

/// A local OAuth 2.0 authorization server for tests (plain HTTP/1.1 on 127.0.0.1, port 0), running in its own
/// thread so it answers while the test thread blocks (QProcess::waitForFinished, a nested event loop). It plays
/// the provider: authorize (auto-consent, PKCE S256 required), token (authorization_code and refresh_token with
/// rotation), and introspection for Dovecot's passdb oauth2 (RFC 7662: POST form `token=`, or GET with
/// `Authorization: Bearer`). Switches make it deny, revoke, expire or tamper.
///
///     auto server = OAuthServerFixture::start();        // REQUIRE(server->ok())
///     settings.authorizeUrl = server->authorizeUrl();   // http://127.0.0.1:<port>/authorize
///     settings.tokenUrl = server->tokenUrl();           // …/token
///     settings.clientId = OAuthServerFixture::clientId();
///     // the "browser": BrowserStandIn::follow(url) GETs the authorize URL and then the redirect it names
///
/// Codes it issues contain '/', '+' and '=' (like Google's "4/0Ab…"), so a client that encodes the code twice
/// (QTBUG-81624) gets invalid_grant here as it would from Google. Tokens are random and valid for this instance
/// only. Every endpoint records what it received (lastTokenRequest()) so tests can assert on the exact form.
class OAuthServerFixture {
public:
    /// What the authorize endpoint does with the next requests (until changed).
    enum class Consent {
        Approve,     ///< 302 to redirect_uri?code=…&state=<state as received>
        Deny,        ///< 302 to redirect_uri?error=access_denied&error_description=…&state=…
        WrongState,  ///< 302 with code and a state that differs from the one received
        NoRedirect,  ///< 200 with a page and no redirect (a user who closed the browser): tests time out
    };

    static std::unique_ptr<OAuthServerFixture> start();
    /// The test process's shared server: the one DovecotFixture::oauthInstance() introspects at. Tests that use it
    /// call reset() first (switches back to their defaults; issued tokens stay valid).
    static OAuthServerFixture &shared();
    void reset();
    ~OAuthServerFixture();
    bool ok() const;
    QString error() const;

    static QString clientId() { return QStringLiteral("ipw-test-client"); }
    /// The user the consent screen "signs in": introspection reports it as `username` (Dovecot's
    /// username_attribute must match the SASL user). Default "alice@example.test" (DovecotFixture::mainUser()).
    void setUser(const QString &user);
    QString user() const;

    quint16 port() const;
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl introspectionUrl() const;

    void setConsent(Consent consent);
    /// Access tokens issued from now on are valid this long (default 3600 s; 0: already expired at introspection).
    void setAccessTokenLifetime(int seconds);
    /// Every access token issued so far becomes inactive at introspection ({"active": false}).
    void expireAccessTokens();
    /// Every refresh token issued so far is revoked: refresh gets 400 {"error":"invalid_grant"}.
    void revokeRefreshTokens();
    /// When false, refresh returns the same refresh token (no rotation). Default true: a new one each time and
    /// the old one is dead.
    void setRotateRefreshTokens(bool rotate);

    /// Makes the token endpoint misbehave for every request from now on (grant checks skipped, codes not consumed),
    /// until reset(). For the client's handling of a broken provider.
    enum class TokenFault {
        None,           ///< normal
        ServerError,    ///< 500 with {"error":"server_error"}
        NoAccessToken,  ///< 200 JSON without access_token
        NotJson,        ///< 200 with an HTML page
        NoAnswer,       ///< reads the request and never answers (the client's timeout)
        Redirect307,    ///< 307 to /token-moved on this server (a client that follows re-POSTs the code there)
        Redirect308,    ///< 308 to /token-moved
        HugeAnswer,     ///< 200 JSON with an access token and 1 MiB of padding in one field
    };
    void setTokenFault(TokenFault fault);
    /// When not empty, the authorize endpoint redirects with error=<error> (e.g. "invalid_scope") and the state,
    /// whatever the consent, after its usual checks. Empty again on reset().
    void setAuthorizeError(const QString &error);

    /// Counts and the last request, for assertions.
    int authorizeRequests() const;
    int tokenRequests(const QString &grantType) const;  ///< "authorization_code" / "refresh_token"
    int introspectionRequests() const;
    /// Requests that reached /token-moved (where Redirect307/308 point): a client that follows the redirect.
    int movedTokenRequests() const;
    QUrlQuery lastAuthorizeQuery() const;
    /// The last token request's form, decoded once (as a server would): e.g. value("code") is the code exactly
    /// as the client sent it after one round of percent-decoding.
    QUrlQuery lastTokenRequest() const;
    /// The first error the last failed token request got, e.g. "invalid_grant: PKCE verifier does not match".
    QString lastTokenError() const;
    /// A valid access token for user() issued directly (no browser), for tests of the resource server alone.
    QString issueAccessToken();
    /// A live refresh token for user() issued directly (no browser), as a saved account would hold it.
    QString issueRefreshToken();
    /// One parameter of the last token request, decoded exactly once ('+' as space, then %XX), "" if absent. The
    /// same as lastTokenRequest().queryItemValue(name, QUrl::FullyDecoded); use this or FullyDecoded, as
    /// QUrlQuery's default (PrettyDecoded) leaves some characters encoded.
    QString lastTokenParameter(const QString &name) const;

private:
    OAuthServerFixture();
    class Private;
    std::unique_ptr<Private> d;
};

/// Stands in for the system browser: GETs the authorization URL (as a user who consents would), reads the 302's
/// Location and GETs that (the app's loopback redirect). Asynchronous, so it also works as a
/// QDesktopServices::setUrlHandler target in GUI tests:
///
///     BrowserStandIn browser;
///     QDesktopServices::setUrlHandler("http", &browser, "open");
///     …
///     QDesktopServices::unsetUrlHandler("http");
class BrowserStandIn : public QObject {
    Q_OBJECT
public:
    explicit BrowserStandIn(QObject *parent = nullptr);
    ~BrowserStandIn() override;
    /// How many URLs were opened, and the last one.
    int opened() const { return m_opened; }
    QUrl lastUrl() const { return m_lastUrl; }
    /// The HTTP status of the redirect target's answer (the app's "you may close this window" page), 0 until then.
    int redirectStatus() const { return m_redirectStatus; }
    /// The HTTP status of the authorization endpoint's answer (302, or 200 for Consent::NoRedirect), 0 until then.
    int authorizeStatus() const;
    /// The Location the authorization endpoint redirected to (exactly as sent, before "localhost" is rewritten).
    QUrl redirectedTo() const;
    /// Why the last open() stopped short of the redirect ("" when it got there): a refused host, no redirect, a
    /// network error.
    QString error() const;
    /// Waits (running the event loop) until the last open() is done; false on timeout.
    bool waitForDone(int timeoutMs = 10000);

public Q_SLOTS:
    /// Follows `url` and its one redirect, asynchronously. Only loopback hosts are ever contacted: anything else is
    /// refused (and counted in opened()).
    void open(const QUrl &url);

Q_SIGNALS:
    void done();

private:
    class Private;
    Private *d;
    int m_opened = 0;
    QUrl m_lastUrl;
    int m_redirectStatus = 0;
};

}  // namespace ipw::test
