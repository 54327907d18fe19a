#include "oauth/CodeFlow.h"

#include "oauth/AuthorizationResponse.h"
#include "oauth/LoopbackReplyHandler.h"
#include "oauth/NetworkAuthLogging.h"
#include "oauth/Pkce.h"
#include "oauth/TokenReplyHandler.h"
#include "oauth/TokenResponse.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <array>

namespace ipw {

using namespace Qt::StringLiterals;

/// The flow's QNetworkAccessManager, which remembers the replies it created: Qt NetworkAuth 6.4 keeps its
/// current reply private, and cancel() and the request timeout must abort it.
class CodeFlow::Network : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    std::function<void()> onRequest;

    bool hasPending() const
    {
        for (const auto &reply : m_replies) {
            if (reply && !reply->isFinished())
                return true;
        }
        return false;
    }
    void abortAll()
    {
        const auto replies = std::exchange(m_replies, {});
        for (const auto &reply : replies) {
            if (reply && !reply->isFinished())
                reply->abort();
        }
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        // A token answer is small: one that passes the limit (announced or received) is cut off, not buffered.
        const auto limit = [reply](qint64 size) {
            if (size > TokenResponse::kMaxBytes && !reply->property(TokenReplyHandler::kTooLargeProperty).toBool()) {
                reply->setProperty(TokenReplyHandler::kTooLargeProperty, true);
                reply->abort();
            }
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                         [reply, limit] { limit(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [limit](qint64 received, qint64) { limit(received); });
        m_replies.removeAll(nullptr);
        m_replies.append(reply);
        if (onRequest)
            onRequest();
        return reply;
    }

private:
    QList<QPointer<QNetworkReply>> m_replies;
};

namespace {

QString randomState()
{
    std::array<quint32, 6> words{};  // 192 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(words.size() * sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Qt NetworkAuth 6.4 builds its queries with QUrlQuery::addQueryItem(key, value) and then
// toString(QUrl::FullyEncoded), which keeps an existing "%XX" as it is but leaves a '+' unencoded (read as a space
// by the server) and inserts some values raw, others already percent-encoded. Putting every value in
// percent-encoded form makes the result exactly one round of encoding, whatever the value contains.
void setParameter(QMultiMap<QString, QVariant> *parameters, const QString &key, const QString &value)
{
    parameters->remove(key);
    parameters->insert(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

}  // namespace

CodeFlow::CodeFlow(OAuthSettings settings, QObject *parent)
    : QOAuth2AuthorizationCodeFlow(parent)
    , m_settings(std::move(settings))
    , m_network(new Network(this))
{
    silenceNetworkAuthLogging();
    // A token endpoint on this machine (a self-hosted server, the tests' fixture) is never reached through an
    // http_proxy from the environment; anything else follows the system's proxy settings.
    const QHostAddress tokenHost(m_settings.tokenUrl.host());
    if (tokenHost.isLoopback() || m_settings.tokenUrl.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        m_network->setProxy(QNetworkProxy::NoProxy);
    // No redirect is followed: a 307/308 would re-POST the code (or the refresh token) and the client secret to
    // wherever the Location says (issue 13, item 17). The 3xx is the answer, and a failure.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setNetworkAccessManager(m_network);
    setClientIdentifier(m_settings.clientId);
    setAuthorizationUrl(m_settings.authorizeUrl);
    setAccessTokenUrl(m_settings.tokenUrl);
    setScope(m_settings.scopes.join(u' '));
    setModifyParametersFunction(
        [this](Stage stage, QMultiMap<QString, QVariant> *parameters) { modifyParameters(stage, parameters); });
    connect(this, &QAbstractOAuth::authorizeWithBrowser, this, &CodeFlow::authorizationUrlReady);

    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &CodeFlow::onRequestTimeout);
    m_network->onRequest = [this] { m_requestTimer.start(m_settings.requestTimeout); };
}

CodeFlow::~CodeFlow()
{
    abort();
    if (m_loopback && m_callbackTaken) {
        // Qt writes the "you can close this window" page to the browser after callbackReceived() returns, on a
        // socket the listener owns. A job that fails right at the redirect (denied, state mismatch) and is deleted
        // at once would cut the browser off mid-page: let the closed listener outlive the flow for a moment.
        m_loopback->setSink({});
        disconnect(m_loopback, nullptr, this, nullptr);
        m_loopback->setParent(QCoreApplication::instance());  // deleted with the application at the latest
        QTimer::singleShot(std::chrono::seconds(2), m_loopback.data(), &QObject::deleteLater);
    }
}

bool CodeFlow::listen()
{
    if (m_loopback)
        return m_loopback->isListening();
    m_loopback = new LoopbackReplyHandler(m_settings.redirectHost, this);
    if (!m_loopback->isListening())
        return false;
    m_loopback->setSink([this](const TokenResponse &response) { onTokenResponse(response); });
    connect(m_loopback, &QAbstractOAuthReplyHandler::callbackReceived, this, &CodeFlow::onCallback);
    setReplyHandler(m_loopback);
    return true;
}

QUrl CodeFlow::redirectUri() const
{
    return m_loopback ? m_loopback->redirectUri() : QUrl();
}

bool CodeFlow::isListening() const
{
    return m_loopback && m_loopback->isListening();
}

bool CodeFlow::hasPendingRequest() const
{
    return m_network->hasPending();
}

void CodeFlow::authorize()
{
    Q_ASSERT(isListening());
    m_busy = true;
    m_callbackTaken = false;
    m_code.clear();
    m_verifier = pkce::makeVerifier();
    // Defect (d): Qt 6.4's buildAuthenticateUrl() only generates a state when none is set, so every later grant()
    // of this object would send the first one again. A fresh one per authorization request (RFC 6749 §10.12).
    setState(randomState());
    // A grant() after an earlier success on this object: Qt only accepts a redirect in NotAuthenticated.
    setStatus(Status::NotAuthenticated);
    grant();
}

void CodeFlow::resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters)
{
    QOAuth2AuthorizationCodeFlow::resourceOwnerAuthorization(url, parameters);
    // Qt 6.4 connects the listener's callbackReceived straight to the flow, and on a state mismatch (or a
    // redirect without code) it only logs a warning: no signal, the sign-in would just hang. The redirect goes
    // through onCallback() first instead, which checks it and passes it on only when it is good.
    disconnect(m_loopback, &QAbstractOAuthReplyHandler::callbackReceived, this,
               &QAbstractOAuth2::authorizationCallbackReceived);
}

void CodeFlow::onCallback(const QVariantMap &values)
{
    if (!m_busy || m_callbackTaken)
        return;
    const AuthorizationResponse response = AuthorizationResponse::check(values, state());
    if (response.isIgnorable())
        return;
    m_callbackTaken = true;
    // The one redirect has come: nothing else may reach the listener. Closing the server leaves the browser's
    // connection open, and Qt writes the page to it after this slot returns.
    m_loopback->close();
    if (response.failure) {
        m_loopback->setPage(LoopbackReplyHandler::Page::NotSignedIn);
        fail(*response.failure);
        return;
    }
    m_loopback->setPage(LoopbackReplyHandler::Page::SignedIn);
    m_code = response.code;
    Q_EMIT exchangingCode();
    if (!m_busy)
        return;                                    // aborted from a slot
    Q_EMIT authorizationCallbackReceived(values);  // Qt requests the token (modifyParameters fixes the code)
    if (m_busy && !hasPendingRequest()) {
        OAuthFailure f;
        f.error = OAuthError::AuthorizationFailed;
        f.description = u"Qt NetworkAuth did not request the token"_s;
        fail(f);
    }
}

void CodeFlow::modifyParameters(Stage stage, QMultiMap<QString, QVariant> *parameters)
{
    switch (stage) {
    case Stage::RequestingAuthorization:
        setParameter(parameters, u"client_id"_s, m_settings.clientId);
        setParameter(parameters, u"redirect_uri"_s, callback());
        setParameter(parameters, u"scope"_s, m_settings.scopes.join(u' '));
        setParameter(parameters, u"state"_s, state());
        // PKCE S256 (RFC 7636 §4.3); Qt 6.4 has no PKCE of its own.
        setParameter(parameters, u"code_challenge"_s, QString::fromLatin1(pkce::challengeS256(m_verifier)));
        setParameter(parameters, u"code_challenge_method"_s, u"S256"_s);
        if (!m_settings.loginHint.isEmpty())
            setParameter(parameters, u"login_hint"_s, m_settings.loginHint);
        // A provider's extras (access_type, prompt, …) never replace what the flow's security rests on.
        for (auto it = m_settings.extraAuthorizeParameters.cbegin(); it != m_settings.extraAuthorizeParameters.cend();
             ++it) {
            static const QStringList reserved = {u"response_type"_s, u"client_id"_s,      u"redirect_uri"_s,
                                                 u"state"_s,         u"code_challenge"_s, u"code_challenge_method"_s};
            if (!reserved.contains(it.key()))
                setParameter(parameters, it.key(), it.value());
        }
        break;
    case Stage::RequestingAccessToken:
        // Defect (a), QTBUG-81624: Qt 6.4 percent-encodes the code it got from the redirect, which is still
        // percent-encoded itself ("4%2F0Ab…" → "4%252F0Ab…"): Google answers invalid_grant. Send the code as
        // issued, decoded from the redirect by AuthorizationResponse, encoded once.
        setParameter(parameters, u"code"_s, m_code);
        setParameter(parameters, u"code_verifier"_s,
                     QString::fromLatin1(m_verifierForTest.isEmpty() ? m_verifier : m_verifierForTest));
        setParameter(parameters, u"redirect_uri"_s, callback());
        setParameter(parameters, u"client_id"_s, m_settings.clientId);
        parameters->remove(u"client_secret"_s);
        if (!m_settings.clientSecret.isEmpty())
            setParameter(parameters, u"client_secret"_s, m_settings.clientSecret);
        break;
    case Stage::RefreshingAccessToken:
        setParameter(parameters, u"refresh_token"_s, m_refreshToken);
        setParameter(parameters, u"client_id"_s, m_settings.clientId);
        // RFC 6749 §6 has no redirect_uri; Qt 6.4 sends its reply handler's callback() ("oob" without a listener).
        parameters->remove(u"redirect_uri"_s);
        parameters->remove(u"client_secret"_s);  // Qt 6.4 sends an empty one
        if (!m_settings.clientSecret.isEmpty())
            setParameter(parameters, u"client_secret"_s, m_settings.clientSecret);
        break;
    case Stage::RequestingTemporaryCredentials:
        break;  // OAuth 1 only
    }
}

void CodeFlow::refresh(const QString &refreshToken)
{
    m_busy = true;
    m_refreshToken = refreshToken;
    if (!replyHandler() || (replyHandler() != m_loopback && replyHandler() != m_tokenHandler)) {
        m_tokenHandler = new TokenReplyHandler(this);
        m_tokenHandler->setSink([this](const TokenResponse &response) { onTokenResponse(response); });
        setReplyHandler(m_tokenHandler);
    }
    setRefreshToken(refreshToken);
    refreshAccessToken();
    if (m_busy && !hasPendingRequest()) {
        // Qt ignored the call: what a flow stuck in RefreshingToken (defect (c)) would do. Fail rather than hang.
        OAuthFailure f;
        f.error = OAuthError::AuthorizationFailed;
        f.description = u"Qt NetworkAuth did not send the refresh request"_s;
        fail(f);
    }
}

void CodeFlow::onTokenResponse(const TokenResponse &response)
{
    if (!m_busy)
        return;  // aborted, or an answer nobody waits for
    m_requestTimer.stop();
    if (response.failure) {
        fail(*response.failure);
        return;
    }
    OAuthTokens tokens = response.tokens;
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = m_refreshToken;  // no rotation: the one we have stays valid
    // Let Qt's flow take the tokens too, so that its status (Granted) and properties follow.
    if (QAbstractOAuthReplyHandler *handler = replyHandler())
        Q_EMIT handler->tokensReceived(response.values);
    m_busy = false;
    Q_EMIT succeeded(tokens);
}

void CodeFlow::onRequestTimeout()
{
    if (!m_busy)
        return;
    OAuthFailure f;
    f.error = OAuthError::TokenEndpointUnreachable;
    f.networkError = QNetworkReply::TimeoutError;
    f.description = u"no answer from the token endpoint within %1 s"_s.arg(
        std::chrono::duration_cast<std::chrono::seconds>(m_settings.requestTimeout).count());
    fail(f);
}

void CodeFlow::abort()
{
    m_busy = false;
    m_requestTimer.stop();
    m_network->abortAll();  // finished() → reply handler → onTokenResponse(), which ignores it now
    if (m_loopback)
        m_loopback->close();
    // Defect (c): Qt 6.4 leaves a flow whose token request ended without tokensReceived in RefreshingToken (or
    // TemporaryCredentialsReceived) for good, and refreshAccessToken() then ignores every later call.
    if (status() == Status::RefreshingToken || status() == Status::TemporaryCredentialsReceived)
        setStatus(token().isEmpty() ? Status::NotAuthenticated : Status::Granted);
}

void CodeFlow::fail(const OAuthFailure &failure)
{
    abort();
    Q_EMIT failed(failure);
}

}  // namespace ipw
