// The pure parts of core/oauth: the redirect check, the token endpoint's answer, the diagnosis mapping.
#include "CatchQt.h"
#include "oauth/AuthorizationResponse.h"
#include "oauth/LoopbackReplyHandler.h"
#include "oauth/NetworkAuthLogging.h"
#include "oauth/OAuthSettings.h"
#include "oauth/TokenResponse.h"

#include <catch2/catch.hpp>

#include <QLoggingCategory>
#include <QUrlQuery>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

// What QOAuthHttpServerReplyHandler 6.4 emits for a redirect request target: QUrlQuery::queryItems() in the
// default (PrettyDecoded) form, built from the target the way it does.
QVariantMap callbackValues(const QByteArray &target)
{
    const QUrl url(u"http://127.0.0.1:1"_s + QString::fromLatin1(target));
    QVariantMap values;
    for (const auto &[key, value] : QUrlQuery(url.query()).queryItems())
        values.insert(key, value);
    return values;
}

TokenResponse::Reply reply(int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    TokenResponse::Reply r;
    r.httpStatus = status;
    r.contentType = type;
    r.body = body;
    if (status >= 400)
        r.networkError = QNetworkReply::ProtocolInvalidOperationError;
    return r;
}

}  // namespace

TEST_CASE("redirect: the code as issued, whatever it contains", "[oauth][redirect]")
{
    // Google's codes look like "4/0AbC…"; the fixture's also contain '+' and '='. Encoded once in the Location.
    const QString issued = u"4/0Ab+c=d%e f&g~h"_s;
    const QByteArray target = "/?state=s1&code=" + QUrl::toPercentEncoding(issued) + "&scope=a%20b";
    const auto r = AuthorizationResponse::check(callbackValues(target), u"s1"_s);
    REQUIRE_FALSE(r.failure);
    CHECK(r.code == issued);
}

TEST_CASE("redirect: state missing or different is not this sign-in's, also for error=: ignored", "[oauth][redirect]")
{
    for (const QByteArray &target : {QByteArray("/?code=abc&state=other"), QByteArray("/?code=abc"),
                                     QByteArray("/?error=access_denied&state=forged"), QByteArray("/?state=")}) {
        INFO(target.toStdString());
        const auto r = AuthorizationResponse::check(callbackValues(target), u"s1"_s);
        CHECK(r.isIgnorable());
        CHECK_FALSE(r.failure);
        CHECK(r.code.isEmpty());
    }
}

TEST_CASE("redirect: error= answers", "[oauth][redirect]")
{
    auto r = AuthorizationResponse::check(
        callbackValues("/?error=access_denied&error_description=The+user+said+no&state=s1"), u"s1"_s);
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::ConsentDenied);
    CHECK(r.failure->oauthError == u"access_denied"_s);
    CHECK(r.failure->description == u"The user said no"_s);
    CHECK(r.failure->diagnosis(false) == DiagnosisCode::OauthConsentDenied);

    r = AuthorizationResponse::check(callbackValues("/?error=invalid_scope&state=s1"), u"s1"_s);
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::AuthorizationFailed);
    CHECK(r.failure->diagnosis(false) == DiagnosisCode::OauthFlowFailed);

    r = AuthorizationResponse::check(callbackValues("/?state=s1"), u"s1"_s);
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::MissingCode);
}

TEST_CASE("redirect: a request without OAuth parameters is not the redirect", "[oauth][redirect]")
{
    CHECK(AuthorizationResponse::check(callbackValues("/favicon.ico"), u"s1"_s).isIgnorable());
    CHECK(AuthorizationResponse::check(callbackValues("/"), u"s1"_s).isIgnorable());
}

TEST_CASE("token response: success", "[oauth][token]")
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const auto r = TokenResponse::parse(
        reply(200, R"({"access_token":"at","refresh_token":"rt","expires_in":3599,"token_type":"Bearer","scope":"s"})"),
        now);
    REQUIRE_FALSE(r.failure);
    CHECK(r.tokens.accessToken == u"at"_s);
    CHECK(r.tokens.refreshToken == u"rt"_s);
    CHECK(r.tokens.expiresAt == now.addSecs(3599));
    CHECK(r.tokens.tokenType == u"Bearer"_s);
    CHECK(r.tokens.scope == u"s"_s);
    CHECK(r.values.value(u"access_token"_s).toString() == u"at"_s);

    // expires_in as a string, no refresh token
    const auto s = TokenResponse::parse(reply(200, R"({"access_token":"at","expires_in":"60"})"), now);
    REQUIRE_FALSE(s.failure);
    CHECK(s.tokens.refreshToken.isEmpty());
    CHECK(s.tokens.expiresAt == now.addSecs(60));
}

TEST_CASE("token response: 400 invalid_grant is TokenRejected (defect b)", "[oauth][token]")
{
    const auto r = TokenResponse::parse(
        reply(400, R"({"error":"invalid_grant","error_description":"PKCE verifier does not match"})"));
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::TokenRejected);
    CHECK(r.failure->oauthError == u"invalid_grant"_s);
    CHECK(r.failure->httpStatus == 400);
    CHECK(r.failure->description == u"PKCE verifier does not match"_s);
    CHECK(r.failure->diagnosis(false) == DiagnosisCode::OauthFlowFailed);
    CHECK(r.failure->diagnosis(true) == DiagnosisCode::OauthRefreshRejected);

    const auto c = TokenResponse::parse(reply(401, R"({"error":"invalid_client"})"));
    REQUIRE(c.failure);
    CHECK(c.failure->error == OAuthError::TokenRejected);
    CHECK(c.failure->diagnosis(true) == DiagnosisCode::OauthFlowFailed);
}

TEST_CASE("token response: no answer, 5xx, garbage", "[oauth][token]")
{
    TokenResponse::Reply refused;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    refused.networkErrorText = u"Connection refused"_s;
    auto r = TokenResponse::parse(refused);
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::TokenEndpointUnreachable);
    CHECK(r.failure->diagnosis(false) == DiagnosisCode::ConnectionRefused);

    TokenResponse::Reply dns;
    dns.networkError = QNetworkReply::HostNotFoundError;
    CHECK(TokenResponse::parse(dns).failure->diagnosis(true) == DiagnosisCode::DnsFailure);

    r = TokenResponse::parse(reply(503, "<html>busy</html>", "text/html"));
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::TokenEndpointUnreachable);
    CHECK(r.failure->diagnosis(false) == DiagnosisCode::ServerUnavailable);
    r = TokenResponse::parse(reply(500, R"({"error":"server_error"})"));
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::TokenEndpointUnreachable);
    CHECK(r.failure->oauthError == u"server_error"_s);
    CHECK(r.failure->diagnosis(true) == DiagnosisCode::ServerUnavailable);

    // A 200 that is not JSON, or JSON without access_token: never the body in the description (it may hold a token).
    r = TokenResponse::parse(reply(200, "access_token=secret-looking&&&<", "text/html"));
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::InvalidTokenResponse);
    CHECK_FALSE(r.failure->description.contains(u"secret"_s));
    r = TokenResponse::parse(reply(200, R"({"refresh_token":"secret-looking"})"));
    REQUIRE(r.failure);
    CHECK(r.failure->error == OAuthError::InvalidTokenResponse);
    CHECK_FALSE(r.failure->description.contains(u"secret"_s));
}

TEST_CASE("diagnosis of each error", "[oauth][diagnosis]")
{
    const auto code = [](OAuthError e, bool refresh = false) {
        OAuthFailure f;
        f.error = e;
        return f.diagnosis(refresh);
    };
    CHECK(code(OAuthError::NotConfigured) == DiagnosisCode::OauthNotConfigured);
    CHECK(code(OAuthError::ConsentDenied) == DiagnosisCode::OauthConsentDenied);
    CHECK(code(OAuthError::Timeout) == DiagnosisCode::OauthSignInTimeout);
    CHECK(code(OAuthError::Cancelled) == DiagnosisCode::Cancelled);
    CHECK(code(OAuthError::Cancelled, true) == DiagnosisCode::Cancelled);
    CHECK(code(OAuthError::StateMismatch) == DiagnosisCode::OauthFlowFailed);
    CHECK(code(OAuthError::ListenFailed) == DiagnosisCode::OauthFlowFailed);
    CHECK(code(OAuthError::MissingCode) == DiagnosisCode::OauthFlowFailed);
    CHECK(code(OAuthError::InvalidTokenResponse) == DiagnosisCode::OauthFlowFailed);
    CHECK(code(OAuthError::TokenRejected, true) == DiagnosisCode::OauthFlowFailed);  // no invalid_grant
    CHECK(toString(OAuthError::StateMismatch) == u"state-mismatch"_s);
    CHECK(toString(OAuthError::TokenEndpointUnreachable) == u"token-endpoint-unreachable"_s);
}

TEST_CASE("settings: configured only with a client ID and both http(s) endpoints", "[oauth][settings]")
{
    OAuthSettings s;
    CHECK_FALSE(s.isConfigured());
    s.authorizeUrl = QUrl(u"https://login.example/authorize"_s);
    s.tokenUrl = QUrl(u"https://login.example/token"_s);
    CHECK_FALSE(s.isConfigured());
    s.clientId = u"id"_s;
    CHECK(s.isConfigured());
    s.tokenUrl = QUrl(u"file:///etc/passwd"_s);
    CHECK_FALSE(s.isConfigured());
}

TEST_CASE("the browser's page after the redirect is bilingual", "[oauth][page]")
{
    const QString ok = LoopbackReplyHandler::pageText(LoopbackReplyHandler::Page::SignedIn);
    CHECK(ok.contains(u"return to IMAP Password Wizard"_s));
    CHECK(ok.contains(u"サインインが完了しました"_s));
    const QString notOk = LoopbackReplyHandler::pageText(LoopbackReplyHandler::Page::NotSignedIn);
    CHECK(notOk.contains(u"not completed"_s));
    CHECK(notOk.contains(u"完了しませんでした"_s));
}

TEST_CASE("Qt NetworkAuth's own log categories are off, and only those", "[oauth][logging]")
{
    silenceNetworkAuthLogging();
    silenceNetworkAuthLogging();  // once per process, however often called
    const QLoggingCategory replyHandler("qt.networkauth.replyhandler");
    const QLoggingCategory oauth2("qt.networkauth.oauth2");
    CHECK_FALSE(replyHandler.isWarningEnabled());
    CHECK_FALSE(oauth2.isWarningEnabled());
    CHECK_FALSE(oauth2.isDebugEnabled());
    const QLoggingCategory network("qt.network.ssl");
    const QLoggingCategory ours("ipw.test.category");
    CHECK(network.isWarningEnabled());
    CHECK(ours.isWarningEnabled());
    CHECK(ours.isCriticalEnabled());
}
