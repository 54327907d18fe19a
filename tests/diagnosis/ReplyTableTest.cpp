#include "ReplyReader.h"
#include "TestEnv.h"
#include "diagnosis/Classifier.h"

#include "CatchQt.h"
#include <QDate>
#include <QDir>
#include <QFile>
#include <QUrl>

#include <map>

using namespace Qt::StringLiterals;
using ipw::test::CollectedReply;

namespace {

ipw::DiagnosisCode classify(const CollectedReply &reply)
{
    if (reply.protocol == CollectedReply::Protocol::Smtp)
        return ipw::classifySmtpRejection(reply.smtp);
    return reply.context == CollectedReply::Context::Mailbox ? ipw::classifyImapMailboxFailure(reply.imap)
                                                             : ipw::classifyImapRejection(reply.imap);
}

}  // namespace

// Every file in tests/data/replies/ is one real refusal, copied from a public report, with the diagnosis it must get
// (format: tests/data/replies/README.md). The folder is listed, so a new file is tested as soon as it is added.
TEST_CASE("every collected reply classifies as written in its file")
{
    const QDir dir(ipw::test::sharedDataDir() + u"/replies"_s);
    INFO("replies folder: " << dir.absolutePath().toStdString());
    REQUIRE(dir.exists());
    QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 36);  // as many as the folder held when this test was written

    // Both protocols, and enough of each: the item asked for IMAP and SMTP alike.
    std::map<CollectedReply::Protocol, int> perProtocol;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QString error;
        if (file.open(QIODevice::ReadOnly))
            if (const auto reply = ipw::test::readCollectedReply(file.readAll(), &error))
                ++perProtocol[reply->protocol];
    }
    CHECK(perProtocol[CollectedReply::Protocol::Imap] >= 9);
    CHECK(perProtocol[CollectedReply::Protocol::Smtp] >= 9);

    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            QString error;
            const std::optional<CollectedReply> reply = ipw::test::readCollectedReplyFile(dir.filePath(name), &error);
            INFO(error.toStdString());
            REQUIRE(reply.has_value());
            for (const QString &source : reply->sources) {
                const QUrl url(source, QUrl::StrictMode);
                INFO(source.toStdString());
                CHECK(url.isValid());
                CHECK(url.scheme() == u"https"_s);
            }
            CHECK(QDate::fromString(reply->readOn, Qt::ISODate).isValid());
            REQUIRE(ipw::diagnosisFromString(reply->expect).has_value());
            CHECK(ipw::toString(classify(*reply)).toStdString() == reply->expect.toStdString());
        }
    }
}

TEST_CASE("the collected-reply reader")
{
    QString error;
    SECTION("S: lines, SMTP multi-line")
    {
        const auto r = ipw::test::readCollectedReply("# source: https://example.org/1\n# read: 2026-12-02\n"
                                                     "# protocol: smtp\n# expect: app-password-required\n"
                                                     "S: 534-5.7.9 Application-specific password required.\n"
                                                     "S: 534 5.7.9  https://support.example/x - gsmtp\n",
                                                     &error);
        REQUIRE(r);
        CHECK(r->smtp.code == 534);
        CHECK(r->smtp.enhancedCode == "5.7.9");
        CHECK(r->smtp.text == "Application-specific password required.\nhttps://support.example/x - gsmtp");
    }
    SECTION("X: Python byte escapes become the bytes")
    {
        CHECK(ipw::test::unescapePythonBytes("Error: \\xc7\\xeb\\\\x") == QByteArray("Error: \xc7\xeb\\x"));
        const auto r = ipw::test::readCollectedReply("# source: https://example.org/1\n# read: 2026-12-02\n"
                                                     "# protocol: smtp\n# expect: wrong-credentials\n"
                                                     "X: 535 Error: \\xca\\xda\n",
                                                     &error);
        REQUIRE(r);
        CHECK(r->smtp.text == QByteArray("Error: \xca\xda"));
    }
    SECTION("T: text with its stated status, IMAP mailbox context")
    {
        const auto r = ipw::test::readCollectedReply("# source: https://example.org/1\n# read: 2026-12-02\n"
                                                     "# protocol: imap\n# context: mailbox\n# expect: x\n"
                                                     "# status: no\nT: [ALERT] Some words.\n",
                                                     &error);
        REQUIRE(r);
        CHECK(r->context == CollectedReply::Context::Mailbox);
        CHECK(r->imap.status == "NO");
        CHECK(r->imap.responseCode == "ALERT");
        CHECK(r->imap.text == "Some words.");
    }
    SECTION("missing fields and bad lines are errors, not passes")
    {
        CHECK_FALSE(ipw::test::readCollectedReply("# protocol: imap\n# expect: x\nS: a1 NO x\n", &error));
        CHECK_FALSE(ipw::test::readCollectedReply(
            "# source: https://e.org\n# read: 2026-12-02\n# protocol: imap\n# expect: x\nT: x\n", &error));
        CHECK_FALSE(ipw::test::readCollectedReply(
            "# source: https://e.org\n# read: 2026-12-02\n# protocol: pop3\n# expect: x\nS: -ERR\n", &error));
        CHECK_FALSE(ipw::test::readCollectedReply(
            "# source: https://e.org\n# read: 2026-12-02\n# protocol: imap\n# expect: x\nS: a NO x\nS: b NO y\n",
            &error));
        CHECK_FALSE(error.isEmpty());
    }
}
