// The pure OAuth SASL pieces of core/net: choosing the mechanism, the initial responses (XOAUTH2, OAUTHBEARER) and
// the error challenge's JSON (OAuthSaslError), without a socket.
#include "CatchQt.h"

#include "net/OAuthSasl.h"
#include "net/OAuthSaslError.h"
#include "net/Transcript.h"

using namespace ipw;
using namespace Qt::StringLiterals;

TEST_CASE("OAuth SASL: the mechanism follows what the server offers and what was asked for", "[oauth][parser]")
{
    using M = OAuthMechanism;
    const QList<QByteArray> both{"PLAIN", "XOAUTH2", "OAUTHBEARER"};
    const QList<QByteArray> xoauth2{"PLAIN", "XOAUTH", "XOAUTH2"};
    const QList<QByteArray> bearer{"OAUTHBEARER"};
    const QList<QByteArray> neither{"PLAIN", "LOGIN", "XOAUTH", "CRAM-MD5"};
    CHECK(oauthsasl::chooseMechanism(both, M::Automatic) == "OAUTHBEARER");
    CHECK(oauthsasl::chooseMechanism(xoauth2, M::Automatic) == "XOAUTH2");
    CHECK(oauthsasl::chooseMechanism(bearer, M::Automatic) == "OAUTHBEARER");
    CHECK_FALSE(oauthsasl::chooseMechanism(neither, M::Automatic));
    CHECK_FALSE(oauthsasl::chooseMechanism({}, M::Automatic));
    CHECK(oauthsasl::chooseMechanism(both, M::XOAuth2) == "XOAUTH2");
    CHECK(oauthsasl::chooseMechanism(both, M::OAuthBearer) == "OAUTHBEARER");
    CHECK_FALSE(oauthsasl::chooseMechanism(xoauth2, M::OAuthBearer));  // no fallback to the other one
    CHECK_FALSE(oauthsasl::chooseMechanism(bearer, M::XOAuth2));
}

TEST_CASE("OAuth SASL: XOAUTH2's initial response is Google's documented example, byte for byte", "[oauth][parser]")
{
    // developers.google.com/gmail/imap/xoauth2-protocol, "Initial client response" (line breaks removed).
    const QByteArray r =
        oauthsasl::initialResponse("XOAUTH2", QStringLiteral("someuser@example.com"), QStringLiteral("imap.gmail.com"),
                                   993, "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
    CHECK(r.toBase64() == "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52"
                          "YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==");
}

TEST_CASE("OAuth SASL: OAUTHBEARER's initial response (RFC 7628 §3.1) with the GS2 header", "[oauth][parser]")
{
    // RFC 7628 §4.1's example: user@example.com at server.example.com:143 with token vF9dft4qmTc2Nvb3RlckBhbHR
    // hdmlzdGEuY29tCg==.
    const QByteArray r = oauthsasl::initialResponse("OAUTHBEARER", QStringLiteral("user@example.com"),
                                                    QStringLiteral("server.example.com"), 143,
                                                    "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==");
    CHECK(r == "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
               "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    // RFC 5801 §4: ',' and '=' in the authorization identity are escaped ('=' first).
    CHECK(oauthsasl::gs2SaslName(QStringLiteral("a,b=c")) == "a=2Cb=3Dc");
    CHECK(oauthsasl::gs2SaslName(QStringLiteral("=2C")) == "=3D2C");
    CHECK(oauthsasl::initialResponse("OAUTHBEARER", QStringLiteral("x,y"), QStringLiteral("h"), 1, "t")
              .startsWith("n,a=x=2Cy,\x01"));
}

TEST_CASE("OAuth SASL: the reply to an error challenge is empty for XOAUTH2 and %x01 for OAUTHBEARER",
          "[oauth][parser]")
{
    CHECK(oauthsasl::errorChallengeReply("XOAUTH2").isEmpty());
    CHECK(oauthsasl::errorChallengeReply("OAUTHBEARER") == "AQ==");
    CHECK(QByteArray::fromBase64(oauthsasl::errorChallengeReply("OAUTHBEARER")) == QByteArray(1, '\x01'));
}

TEST_CASE("OAuth SASL: a refused token is oauth-token-rejected unless the server names another cause",
          "[oauth][parser]")
{
    using D = DiagnosisCode;
    for (const D d : {D::WrongCredentials, D::AppPasswordRequired, D::OauthRequired}) {
        CHECK(oauthsasl::diagnoseRefusedToken(d, false) == D::OauthTokenRejected);
        CHECK(oauthsasl::diagnoseRefusedToken(d, true) == D::OauthTokenRejected);
    }
    for (const D d : {D::ServerUnavailable, D::TooManyConnections, D::ImapDisabled, D::ProtocolError}) {
        CHECK(oauthsasl::diagnoseRefusedToken(d, false) == d);
        CHECK(oauthsasl::diagnoseRefusedToken(d, true) == D::OauthTokenRejected);  // the challenge said so
    }
}

TEST_CASE("OAuth error challenge: Google's documented example and RFC 7628's fields", "[oauth][parser]")
{
    // developers.google.com/gmail/imap/xoauth2-protocol, "Error response" (its JSON ends in a newline).
    const auto google = OAuthSaslError::fromChallenge(
        "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIG1hYyIsInNjb3BlIjoiaHR0cHM6Ly9tYWlsLmdvb2dsZS5jb20vIn0K");
    REQUIRE(google);
    CHECK(google->status == u"401");
    CHECK(google->schemes == u"bearer mac");
    CHECK(google->scope == u"https://mail.google.com/");
    CHECK(google->openidConfiguration.isEmpty());
    CHECK(google->json == R"({"schemes":"bearer mac","scope":"https://mail.google.com/","status":"401"})");

    const QByteArray rfc = R"({"status":"invalid_token","scope":"example_scope",)"
                           R"("openid-configuration":"https://example.com/.well-known/openid-configuration"})";
    const auto e = OAuthSaslError::fromChallenge(rfc.toBase64());
    REQUIRE(e);
    CHECK(e->status == u"invalid_token");
    CHECK(e->scope == u"example_scope");
    CHECK(e->openidConfiguration == u"https://example.com/.well-known/openid-configuration");

    const auto scope = OAuthSaslError::fromJson(R"({"status":"insufficient_scope","schemes":"bearer"})");
    REQUIRE(scope);
    CHECK(scope->status == u"insufficient_scope");
    // Surrounding whitespace (a trailing CR a server left) is tolerated.
    CHECK(OAuthSaslError::fromChallenge(QByteArray(QByteArray(" ") + rfc.toBase64() + "\r")));
}

TEST_CASE("OAuth error challenge: odd but readable values", "[oauth][parser]")
{
    // A numeric status becomes its digits; other types are ignored; unknown keys don't matter.
    auto e = OAuthSaslError::fromJson(R"({"status":401,"scope":["a"],"schemes":null,"x":{"y":1}})");
    REQUIRE(e);
    CHECK(e->status == u"401");
    CHECK(e->scope.isEmpty());
    CHECK(e->schemes.isEmpty());
    e = OAuthSaslError::fromJson(R"({"status":1.5})");
    REQUIRE(e);
    CHECK(e->status.isEmpty());
    // Numbers too large for an integer are not a status (converting them was undefined behaviour: fuzzing found it).
    for (const QByteArray &huge : {QByteArray(R"({"status":4077777777777777777777777777777777777777777771})"),
                                   QByteArray(R"({"status":-1e300})"), QByteArray(R"({"status":1e20})")}) {
        e = OAuthSaslError::fromJson(huge);
        REQUIRE(e);
        CHECK(e->status.isEmpty());
    }
    // Control characters (a forged transcript line, a terminal escape) are dropped; long values are cut.
    e = OAuthSaslError::fromJson(R"({"status":"bad\r\nS: a1 OK \u001b[31mfake"})");
    REQUIRE(e);
    CHECK(e->status == u"badS: a1 OK [31mfake");
    e = OAuthSaslError::fromJson(QByteArray("{\"status\":\"" + QByteArray(5000, 's') + "\"}"));
    REQUIRE(e);
    CHECK(e->status.size() == OAuthSaslError::kMaxFieldChars);
    // An empty object is an error without explanation.
    e = OAuthSaslError::fromJson("{}");
    REQUIRE(e);
    CHECK(e->status.isEmpty());
}

TEST_CASE("OAuth error challenge: what is not base64 of a JSON object gives nothing", "[oauth][parser]")
{
    CHECK_FALSE(OAuthSaslError::fromChallenge(""));
    CHECK_FALSE(OAuthSaslError::fromChallenge("   "));
    CHECK_FALSE(OAuthSaslError::fromChallenge("%%%not base64%%%"));
    CHECK_FALSE(OAuthSaslError::fromChallenge(QByteArray("<html>").toBase64()));
    CHECK_FALSE(OAuthSaslError::fromChallenge(QByteArray("[\"status\"]").toBase64()));
    CHECK_FALSE(OAuthSaslError::fromChallenge(QByteArray("\"invalid_token\"").toBase64()));
    CHECK_FALSE(OAuthSaslError::fromChallenge(QByteArray(R"({"status": "invalid_token", )").toBase64()));
    CHECK_FALSE(OAuthSaslError::fromChallenge(QByteArray("\x01").toBase64()));
    // Too big to decode at all, even when it would be valid.
    const QByteArray big =
        "{\"status\":\"invalid_token\",\"pad\":\"" + QByteArray(OAuthSaslError::kMaxChallengeBytes, 'x') + "\"}";
    CHECK_FALSE(OAuthSaslError::fromChallenge(big.toBase64()));
    CHECK(OAuthSaslError::fromJson(big));
    // Deep nesting does not crash.
    CHECK_FALSE(OAuthSaslError::fromJson(QByteArray(100000, '[')));
}

TEST_CASE("Transcript: with a token, the SASL message carrying it shows <token removed>, and a server line with the "
          "token or that message is withheld",
          "[oauth][parser]")
{
    const QString token = QStringLiteral("ya29.secret-token");
    Transcript t(Credential::OAuthAccessToken);
    CHECK(t.placeholder() == "<token removed>");
    const QByteArray message =
        oauthsasl::initialResponse("XOAUTH2", QStringLiteral("me@example.com"), {}, 0, token.toUtf8()).toBase64();
    t.client(ClientLine("a1 AUTHENTICATE XOAUTH2 ").secret(message, t.placeholder(), {message, token.toUtf8()}));
    t.server("* BYE you sent " + token.toUtf8());
    t.server("* BYE you sent " + message);
    t.server("a1 NO [AUTHENTICATIONFAILED] Invalid token");
    for (const QString &line : t.lines()) {
        CHECK_FALSE(line.contains(token));
        CHECK_FALSE(line.toUtf8().contains(message));
    }
    CHECK(t.lines() ==
          QStringList{u"C: a1 AUTHENTICATE XOAUTH2 <token removed>"_s, u"S: (withheld: it contained the token)"_s,
                      u"S: (withheld: it contained the token)"_s, u"S: a1 NO [AUTHENTICATIONFAILED] Invalid token"_s});
    // A password transcript keeps its placeholder.
    CHECK(Transcript().placeholder() == "<password>");
}

TEST_CASE("Transcript: redaction by position, server words as sent unless they carry a form the client sent",
          "[parser]")
{
    Transcript t;
    // Nothing sent yet: no server line is withheld, whatever it says.
    t.server("* OK Authentication service ready");
    t.client(ClientLine("a1 LOGIN \"me\" ").secret("\"Authentication\"", "<password>", {"Authentication"}));
    t.note(QStringLiteral("connecting to imap.example.com:993"));
    CHECK(t.lines() == QStringList{u"S: * OK Authentication service ready"_s, u"C: a1 LOGIN \"me\" <password>"_s,
                                   u"-- connecting to imap.example.com:993"_s});
    // After LOGIN sent it as is, the word is a form of the secret: the whole line is withheld, never patched.
    CHECK(t.serverWords("Authentication failed.") == u"(withheld: it contained the password)");
    CHECK(t.serverWords("Invalid credentials") == u"Invalid credentials");
    // Cut after the check: a secret past the cut still withholds the line.
    const QByteArray longLine = QByteArray(5000, 'x') + "Authentication";
    t.server(longLine);
    CHECK(t.lines().last() == u"S: (withheld: it contained the password)");
    t.server(QByteArray(5000, 'y'));
    CHECK(t.lines().last().size() < 2100);
}
