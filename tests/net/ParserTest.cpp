// The IMAP and SMTP parsers are pure functions over bytes: these tests need no socket.
#include "CatchQt.h"

#include "net/CheckSettings.h"
#include "net/ImapParser.h"
#include "net/SmtpParser.h"
#include "net/Transcript.h"

using namespace ipw;
using Status = imap::ParseResult::Status;
using SmtpStatus = smtp::ParseResult::Status;

TEST_CASE("IMAP: greeting with capabilities", "[parser][imap]")
{
    const QByteArray bytes = "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] IMAP4rev1 Hello\r\n";
    const auto r = imap::parseResponse(bytes);
    REQUIRE(r.status == Status::Complete);
    CHECK(r.consumed == bytes.size());
    CHECK(r.response.kind == imap::Response::Kind::Untagged);
    CHECK(r.response.status == "OK");
    CHECK(r.response.responseCode == "CAPABILITY");
    CHECK(imap::parseCapabilities(r.response.responseCodeArgs) ==
          QList<QByteArray>{"IMAP4REV1", "SASL-IR", "AUTH=PLAIN"});
    CHECK(r.response.text == "IMAP4rev1 Hello");
}

TEST_CASE("IMAP: tagged NO with response code", "[parser][imap]")
{
    const auto r = imap::parseResponse("a2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.kind == imap::Response::Kind::Tagged);
    CHECK(r.response.tag == "a2");
    CHECK(r.response.status == "NO");
    CHECK(r.response.responseCode == "AUTHENTICATIONFAILED");
    CHECK(r.response.responseCodeArgs.isEmpty());
    CHECK(r.response.text == "Invalid credentials (Failure)");
}

TEST_CASE("IMAP: lower-case status and code are normalized", "[parser][imap]")
{
    const auto r = imap::parseResponse("A1 no [alert] Please log in via your web browser\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.status == "NO");
    CHECK(r.response.responseCode == "ALERT");
    CHECK(r.response.text == "Please log in via your web browser");
}

TEST_CASE("IMAP: UTF-8 text is kept byte for byte", "[parser][imap]")
{
    const QByteArray text = "認証に失敗しました";
    const auto r = imap::parseResponse(QByteArray("a1 NO " + text + "\r\n"));
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.text == text);
}

TEST_CASE("IMAP: numeric data and response codes with arguments", "[parser][imap]")
{
    auto r = imap::parseResponse("* 172 EXISTS\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.number == 172u);
    CHECK(r.response.keyword == "EXISTS");
    CHECK(r.response.status.isEmpty());

    r = imap::parseResponse("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.responseCode == "UIDVALIDITY");
    CHECK(r.response.responseCodeArgs == "3857529045");

    r = imap::parseResponse("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.responseCode == "PERMANENTFLAGS");
    CHECK(r.response.text == "Limited");
}

TEST_CASE("IMAP: continuation requests", "[parser][imap]")
{
    auto r = imap::parseResponse("+ \r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.kind == imap::Response::Kind::Continuation);
    r = imap::parseResponse("+\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.kind == imap::Response::Kind::Continuation);
    r = imap::parseResponse("+ VXNlcm5hbWU6\r\n");
    CHECK(r.response.text == "VXNlcm5hbWU6");
}

TEST_CASE("IMAP: literals, synchronizing and not", "[parser][imap]")
{
    const QByteArray bytes = "* LIST (\\HasNoChildren) \"/\" {11}\r\nfoo \"bar\"\r\n\r\n* 3 EXISTS\r\n";
    auto r = imap::parseResponse(bytes);
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.keyword == "LIST");
    REQUIRE(r.response.literals.size() == 1);
    CHECK(r.response.literals.first() == "foo \"bar\"\r\n");
    const auto next = imap::parseResponse(QByteArrayView(bytes).sliced(r.consumed));
    REQUIRE(next.status == Status::Complete);
    CHECK(next.response.number == 3u);

    r = imap::parseResponse("* LIST () \"/\" {3+}\r\nabc\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.literals == QList<QByteArray>{"abc"});
}

TEST_CASE("IMAP: \"{n}\" ending a status response's text is text, not a literal (RFC 3501 §9)", "[parser][imap]")
{
    auto r = imap::parseResponse("a1 NO [AUTHENTICATIONFAILED] Invalid credentials {5}\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.responseCode == "AUTHENTICATIONFAILED");
    CHECK(r.response.text == "Invalid credentials {5}");
    CHECK(r.response.literals.isEmpty());
    for (const char *line : {"* OK ready {3}\r\n", "* BYE going {2+}\r\n", "* NO [ALERT] look {4}\r\n", "+ {5}\r\n",
                             "a2 BAD what {1}\r\n"}) {
        INFO(line);
        r = imap::parseResponse(line);
        REQUIRE(r.status == Status::Complete);
        CHECK(r.response.literals.isEmpty());
    }
    // Where the grammar has literals they still work: data responses, and a response code's arguments.
    r = imap::parseResponse("* 1 FETCH (BODY[] {3}\r\nabc)\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.literals == QList<QByteArray>{"abc"});
    r = imap::parseResponse("a3 NO [BADCHARSET ({5}\r\nUTF-8)] unknown\r\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.literals == QList<QByteArray>{"UTF-8"});
    CHECK(r.response.responseCode == "BADCHARSET");
}

TEST_CASE("IMAP: incomplete input waits for more", "[parser][imap]")
{
    CHECK(imap::parseResponse("").status == Status::Incomplete);
    CHECK(imap::parseResponse("* OK hello").status == Status::Incomplete);
    CHECK(imap::parseResponse("* LIST () \"/\" {10}\r\nabc").status == Status::Incomplete);
    CHECK(imap::parseResponse("* LIST () \"/\" {3}\r\nabc").status == Status::Incomplete);  // line after it
}

TEST_CASE("IMAP: malformed input is refused, not guessed", "[parser][imap]")
{
    CHECK(imap::parseResponse("HTTP/1.1 400 Bad Request\r\n").status == Status::Malformed);
    CHECK(imap::parseResponse("SSH-2.0-OpenSSH_9.2\r\n").status == Status::Malformed);
    CHECK(imap::parseResponse("a1\r\n").status == Status::Malformed);
    CHECK(imap::parseResponse("* \r\n").status == Status::Malformed);
    CHECK(imap::parseResponse(QByteArray("* OK a\0b\r\n", 10)).status == Status::Malformed);
    CHECK(imap::parseResponse(QByteArray(2000, 'x'), 1000).status == Status::Malformed);
    CHECK(imap::parseResponse("* LIST () \"/\" {99999999999}\r\n").status == Status::Malformed);
    CHECK(imap::parseResponse("* LIST () \"/\" {5000}\r\n", 1000).status == Status::Malformed);
}

TEST_CASE("IMAP: bare LF line ends are accepted", "[parser][imap]")
{
    const auto r = imap::parseResponse("* OK ready\n");
    REQUIRE(r.status == Status::Complete);
    CHECK(r.response.text == "ready");
}

TEST_CASE("IMAP: quoting for LOGIN", "[parser][imap]")
{
    CHECK(imap::quoted("secret") == QByteArray("\"secret\""));
    CHECK(imap::quoted("a \"b\" \\c") == QByteArray("\"a \\\"b\\\" \\\\c\""));
    CHECK(imap::quoted("") == QByteArray("\"\""));
    CHECK_FALSE(imap::quoted("pässword"));
    CHECK_FALSE(imap::quoted("line\nbreak"));
}

TEST_CASE("SMTP: single-line reply", "[parser][smtp]")
{
    const auto r = smtp::parseReply("220 smtp.gmail.com ESMTP a1b2c3 - gsmtp\r\n");
    REQUIRE(r.status == SmtpStatus::Complete);
    CHECK(r.reply.code == 220);
    CHECK(r.reply.enhancedCode.isEmpty());
    CHECK(r.reply.text() == "smtp.gmail.com ESMTP a1b2c3 - gsmtp");
}

TEST_CASE("SMTP: multi-line reply with enhanced status codes", "[parser][smtp]")
{
    const QByteArray bytes = "534-5.7.9 Application-specific password required. For more information, go to\r\n"
                             "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1b2c3 - gsmtp\r\n";
    const auto r = smtp::parseReply(bytes);
    REQUIRE(r.status == SmtpStatus::Complete);
    CHECK(r.consumed == bytes.size());
    CHECK(r.reply.code == 534);
    CHECK(r.reply.enhancedCode == "5.7.9");
    CHECK(r.reply.lines == QList<QByteArray>{"Application-specific password required. For more information, go to",
                                             " https://support.google.com/mail/?p=InvalidSecondFactor a1b2c3 - gsmtp"});
    CHECK(r.reply.rawLines.first().startsWith("534-5.7.9 "));
}

TEST_CASE("SMTP: EHLO capabilities", "[parser][smtp]")
{
    const auto r = smtp::parseReply("250-smtp.example.com at your service\r\n250-SIZE 35882577\r\n"
                                    "250-AUTH LOGIN PLAIN XOAUTH2\r\n250-AUTH=LOGIN CRAM-MD5\r\n"
                                    "250-ENHANCEDSTATUSCODES\r\n250-STARTTLS\r\n250 PIPELINING\r\n");
    REQUIRE(r.status == SmtpStatus::Complete);
    const auto caps = smtp::Capabilities::fromEhlo(r.reply);
    CHECK(caps.startTls);
    CHECK(caps.enhancedStatusCodes);
    CHECK(caps.pipelining);
    CHECK(caps.authMechanisms == QList<QByteArray>{"LOGIN", "PLAIN", "XOAUTH2", "CRAM-MD5"});
}

TEST_CASE("SMTP: the greeting's name line is not a capability", "[parser][smtp]")
{
    const auto r = smtp::parseReply("250 STARTTLS\r\n");
    REQUIRE(r.status == SmtpStatus::Complete);
    CHECK_FALSE(smtp::Capabilities::fromEhlo(r.reply).startTls);
}

TEST_CASE("SMTP: incomplete and malformed replies", "[parser][smtp]")
{
    CHECK(smtp::parseReply("").status == SmtpStatus::Incomplete);
    CHECK(smtp::parseReply("250-first\r\n").status == SmtpStatus::Incomplete);
    CHECK(smtp::parseReply("250-first\r\n250 la").status == SmtpStatus::Incomplete);
    CHECK(smtp::parseReply("* OK IMAP4rev1\r\n").status == SmtpStatus::Malformed);
    CHECK(smtp::parseReply("250-a\r\n251 b\r\n").status == SmtpStatus::Malformed);
    CHECK(smtp::parseReply("2500 x\r\n").status == SmtpStatus::Malformed);
    CHECK(smtp::parseReply("999 x\r\n").status == SmtpStatus::Malformed);
    CHECK(smtp::parseReply(QByteArray(5000, '2'), 1000).status == SmtpStatus::Malformed);
    const auto bare = smtp::parseReply("250\r\n");
    REQUIRE(bare.status == SmtpStatus::Complete);
    CHECK(bare.reply.code == 250);
}

TEST_CASE("SMTP: something that only looks like an enhanced code stays text", "[parser][smtp]")
{
    const auto r = smtp::parseReply("535 5.7 is not a code\r\n");
    REQUIRE(r.status == SmtpStatus::Complete);
    CHECK(r.reply.enhancedCode.isEmpty());
    CHECK(r.reply.text() == "5.7 is not a code");
}

TEST_CASE("Fingerprints are normalized: colons and case ignored", "[settings]")
{
    const QString colons = QStringLiteral("AB:CD:EF:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:"
                                          "AB:CD:EF:01:23:45:67:89:ab:cd:ef:01:23:45:67:89");
    const auto n = normalizeSha256Fingerprint(colons);
    REQUIRE(n);
    CHECK(*n == QByteArray("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
    CHECK_FALSE(normalizeSha256Fingerprint(u"abc"));
    CHECK_FALSE(normalizeSha256Fingerprint(QString(64, QLatin1Char('g'))));
}

TEST_CASE("Transcript: lines and bytes are capped, with one marker that counts what was left out", "[transcript]")
{
    ipw::Transcript byLines;
    for (int i = 0; i < ipw::Transcript::kMaxLines + 500; ++i)
        byLines.server("* 1 RECENT");
    byLines.note(QStringLiteral("the end"));
    const QStringList &lines = byLines.lines();
    CHECK(lines.size() == ipw::Transcript::kMaxLines + 2);
    CHECK(lines.at(ipw::Transcript::kMaxLines) == QStringLiteral("… 500 more lines left out"));
    CHECK(lines.last() == QStringLiteral("-- the end"));  // our own notes are always kept

    ipw::Transcript byBytes;
    const QByteArray line(1900, 'x');
    for (int i = 0; i < 1000; ++i)
        byBytes.client(ipw::ClientLine(line));
    qsizetype held = 0;
    for (const QString &l : byBytes.lines())
        held += l.size() * qsizetype(sizeof(QChar));
    CHECK(held <= ipw::Transcript::kMaxBytes + 100);
    CHECK(byBytes.lines().last().endsWith(QStringLiteral("more lines left out")));
    CHECK(byBytes.lines().size() < 200);
}
