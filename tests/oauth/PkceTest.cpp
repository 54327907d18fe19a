// PKCE (RFC 7636): the S256 challenge and the verifier's form.
#include "oauth/Pkce.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace ipw;

TEST_CASE("S256 challenge: RFC 7636 Appendix B", "[oauth][pkce]")
{
    CHECK(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") ==
          "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST_CASE("verifier: 43-128 characters from the unreserved set", "[oauth][pkce]")
{
    // RFC 7636 §4.1: code-verifier = 43*128unreserved, unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    for (int i = 0; i < 50; ++i) {
        const QByteArray verifier = pkce::makeVerifier();
        CHECK(verifier.size() == 64);
        CHECK(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
        const QByteArray challenge = pkce::challengeS256(verifier);
        CHECK(challenge.size() == 43);  // base64url of 32 bytes, no padding
        CHECK_FALSE(challenge.contains('='));
    }
}

TEST_CASE("two verifiers differ", "[oauth][pkce]")
{
    const QByteArray a = pkce::makeVerifier();
    const QByteArray b = pkce::makeVerifier();
    CHECK(a != b);
    CHECK(pkce::challengeS256(a) != pkce::challengeS256(b));
}
