// Proves DovecotFixture::oauthInstance(): a real Dovecot that takes bearer tokens (SASL XOAUTH2 and OAUTHBEARER,
// RFC 7628) checked by introspection at OAuthServerFixture::shared(), and passwords as before. Talks to it with the
// smoke test's dumb line client, not product code. Tokens and passwords are never printed: only the server's
// answers are.
#include "DovecotFixture.h"
#include "OAuthServerFixture.h"

#include "../smoke/LineClient.h"
#include "CatchQt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ipw::test;
using namespace Qt::StringLiterals;

namespace {

DovecotFixture &dovecot()
{
    auto &fixture = DovecotFixture::oauthInstance();
    INFO(fixture.error().toStdString());
    REQUIRE(fixture.ok());
    OAuthServerFixture::shared().reset();
    return fixture;
}

// XOAUTH2 (Google's and Microsoft's): base64("user=" user ^A "auth=Bearer " token ^A ^A).
QByteArray xoauth2(const QString &user, const QString &token)
{
    return QByteArray("user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

// OAUTHBEARER (RFC 7628 section 3.1): the GS2 header "n,a=<user>," then ^A "auth=Bearer <token>" ^A ^A.
QByteArray oauthBearer(const QString &user, const QString &token)
{
    return QByteArray("n,a=" + user.toUtf8() + ",\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

QByteArray lastLine(const QList<QByteArray> &lines)
{
    return lines.isEmpty() ? QByteArray() : lines.constLast();
}

void connectImaps(LineClient &client, DovecotFixture &fixture)
{
    REQUIRE(client.connectTls(DovecotFixture::host(), fixture.imapsPort()));
    REQUIRE(client.readLine().startsWith("* OK"));
}

// The JSON in a `+ <base64>` (IMAP) or `334 <base64>` (SMTP) challenge.
QJsonObject challengeJson(const QByteArray &line, const QByteArray &prefix)
{
    REQUIRE(line.startsWith(prefix));
    return QJsonDocument::fromJson(QByteArray::fromBase64(line.mid(prefix.size()))).object();
}

bool logContains(const DovecotFixture &fixture, const QString &secret)
{
    QFile log(fixture.logFile());
    REQUIRE(log.open(QIODevice::ReadOnly));
    return log.readAll().contains(secret.toUtf8());
}

}  // namespace

TEST_CASE("oauth Dovecot offers XOAUTH2 and OAUTHBEARER beside PLAIN", "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    CHECK(&fixture != &DovecotFixture::instance());
    LineClient client(fixture.caCertificates());
    connectImaps(client, fixture);
    client.send("a CAPABILITY");
    const QList<QByteArray> lines = client.readUntilTagged("a");
    REQUIRE(lastLine(lines).startsWith("a OK"));
    const QByteArray capability = lines.constFirst();
    CHECK(capability.contains(" AUTH=PLAIN"));
    CHECK(capability.contains(" AUTH=XOAUTH2"));
    CHECK(capability.contains(" AUTH=OAUTHBEARER"));
    CHECK(capability.contains(" SASL-IR"));
}

TEST_CASE("oauth Dovecot: IMAP AUTHENTICATE XOAUTH2 with a valid token", "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    OAuthServerFixture &server = OAuthServerFixture::shared();
    const QString token = server.issueAccessToken();
    LineClient client(fixture.caCertificates());
    connectImaps(client, fixture);
    client.send("a AUTHENTICATE XOAUTH2 " + xoauth2(fixture.mainUser().name, token));
    CHECK(lastLine(client.readUntilTagged("a")).startsWith("a OK"));
    CHECK(server.introspectionRequests() == 1);
    client.send("b SELECT INBOX");
    const QList<QByteArray> select = client.readUntilTagged("b");
    CHECK(lastLine(select).startsWith("b OK"));
    CHECK(select.contains(QByteArray("* %1 EXISTS").replace("%1", QByteArray::number(fixture.inboxMessageCount()))));
    CHECK_FALSE(logContains(fixture, token));
}

TEST_CASE("oauth Dovecot: a rejected XOAUTH2 token gets a JSON challenge, then NO [AUTHENTICATIONFAILED]",
          "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    OAuthServerFixture &server = OAuthServerFixture::shared();
    QString token;
    SECTION("unknown token")
    {
        token = u"ya29.unknown-to-the-server"_s;
    }
    SECTION("expired token")
    {
        token = server.issueAccessToken();
        server.expireAccessTokens();
    }
    SECTION("token for another user")
    {
        server.setUser(u"quotes@example.test"_s);  // introspection names a user other than the SASL one
        token = server.issueAccessToken();
    }
    LineClient client(fixture.caCertificates());
    connectImaps(client, fixture);
    client.send("a AUTHENTICATE XOAUTH2 " + xoauth2(fixture.mainUser().name, token));
    const QByteArray challenge = client.readLine();
    const QJsonObject json = challengeJson(challenge, "+ ");
    INFO(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
    CHECK(!json.value(u"status"_s).toString().isEmpty());
    client.send("");  // XOAUTH2: an empty response ends the exchange
    CHECK(lastLine(client.readUntilTagged("a")).startsWith("a NO [AUTHENTICATIONFAILED]"));
    CHECK(server.introspectionRequests() >= 1);
    CHECK_FALSE(logContains(fixture, token));
}

TEST_CASE("oauth Dovecot: IMAP AUTHENTICATE OAUTHBEARER", "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    OAuthServerFixture &server = OAuthServerFixture::shared();
    LineClient client(fixture.caCertificates());
    connectImaps(client, fixture);
    SECTION("valid token")
    {
        client.send("a AUTHENTICATE OAUTHBEARER " + oauthBearer(fixture.mainUser().name, server.issueAccessToken()));
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a OK"));
    }
    SECTION("inactive token: RFC 7628 error exchange, the client answers ^A")
    {
        client.send("a AUTHENTICATE OAUTHBEARER " + oauthBearer(fixture.mainUser().name, u"ya29.inactive"_s));
        const QJsonObject json = challengeJson(client.readLine(), "+ ");
        CHECK(!json.value(u"status"_s).toString().isEmpty());
        client.send(QByteArray("\x01").toBase64());
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a NO [AUTHENTICATIONFAILED]"));
    }
}

TEST_CASE("oauth Dovecot: PLAIN and LOGIN with the password still work", "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    const MailUser user = fixture.mainUser();
    LineClient client(fixture.caCertificates());
    connectImaps(client, fixture);
    SECTION("AUTHENTICATE PLAIN")
    {
        client.send("a AUTHENTICATE PLAIN " + saslPlain(user.name, user.password));
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a OK"));
    }
    SECTION("LOGIN")
    {
        client.send("a LOGIN " + imapQuoted(user.name) + ' ' + imapQuoted(user.password));
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a OK"));
    }
    SECTION("a token is not a password")
    {
        client.send("a LOGIN " + imapQuoted(user.name) + ' ' +
                    imapQuoted(OAuthServerFixture::shared().issueAccessToken()));
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a NO [AUTHENTICATIONFAILED]"));
        CHECK(OAuthServerFixture::shared().introspectionRequests() == 0);
    }
    SECTION("a password is not a token")
    {
        client.send("a AUTHENTICATE XOAUTH2 " + xoauth2(user.name, user.password));
        CHECK(client.readLine().startsWith("+ "));
        client.send("");
        CHECK(lastLine(client.readUntilTagged("a")).startsWith("a NO [AUTHENTICATIONFAILED]"));
    }
}

TEST_CASE("oauth Dovecot: SMTP submission AUTH XOAUTH2 and OAUTHBEARER", "[oauth][dovecot][fixture]")
{
    auto &fixture = dovecot();
    OAuthServerFixture &server = OAuthServerFixture::shared();
    LineClient client(fixture.caCertificates());
    REQUIRE(client.connectTls(DovecotFixture::host(), fixture.submissionsPort()));
    REQUIRE(client.readReply().value(0).startsWith("220 "));
    client.send("EHLO client.example.test");
    const QList<QByteArray> ehlo = client.readReply();
    REQUIRE(lastLine(ehlo).startsWith("250 "));
    QByteArray authLine;
    for (const QByteArray &line : ehlo) {
        if (line.mid(4).startsWith("AUTH "))
            authLine = line;
    }
    CHECK(authLine.contains(" XOAUTH2"));
    CHECK(authLine.contains(" OAUTHBEARER"));
    CHECK(authLine.contains(" PLAIN"));

    SECTION("XOAUTH2, valid")
    {
        client.send("AUTH XOAUTH2 " + xoauth2(fixture.mainUser().name, server.issueAccessToken()));
        CHECK(client.readReply().value(0).startsWith("235 "));
        client.send("QUIT");
        CHECK(client.readReply().value(0).startsWith("221 "));
    }
    SECTION("OAUTHBEARER, valid")
    {
        client.send("AUTH OAUTHBEARER " + oauthBearer(fixture.mainUser().name, server.issueAccessToken()));
        CHECK(client.readReply().value(0).startsWith("235 "));
    }
    SECTION("XOAUTH2, inactive: 334 with the JSON, an empty line, then 535")
    {
        client.send("AUTH XOAUTH2 " + xoauth2(fixture.mainUser().name, u"ya29.inactive"_s));
        const QJsonObject json = challengeJson(client.readReply().value(0), "334 ");
        CHECK(!json.value(u"status"_s).toString().isEmpty());
        client.send("");
        CHECK(client.readReply().value(0).startsWith("535 "));
    }
}
