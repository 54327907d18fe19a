#include "TestEnv.h"
#include "TranscriptReader.h"
#include "diagnosis/Classifier.h"

#include "CatchQt.h"
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using ipw::test::Transcript;

// Every file in tests/data/transcripts/ is a real server's refusal with the diagnosis it must get. The folder is
// listed, not enumerated here, so a new transcript is tested as soon as it is added.
TEST_CASE("every shared transcript maps to the diagnosis written in it")
{
    const QDir dir(ipw::test::sharedDataDir() + u"/transcripts"_s);
    INFO("transcripts folder: " << dir.absolutePath().toStdString());
    REQUIRE(dir.exists());
    QStringList files = dir.entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return name.startsWith(u"README"_s, Qt::CaseInsensitive); });
    REQUIRE(files.size() >= 9);  // as many as the folder held when this test was written

    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            QString error;
            const std::optional<Transcript> transcript = ipw::test::readTranscript(file.readAll(), &error);
            INFO(error.toStdString());
            REQUIRE(transcript.has_value());
            REQUIRE(ipw::diagnosisFromString(transcript->expect).has_value());

            const ipw::DiagnosisCode code = transcript->protocol == Transcript::Protocol::Imap
                                                ? ipw::classifyImapRejection(transcript->imap)
                                                : ipw::classifySmtpRejection(transcript->smtp);
            CHECK(ipw::toString(code) == transcript->expect);
        }
    }
}

TEST_CASE("the test-side transcript reader extracts what the classifier needs")
{
    SECTION("IMAP: the tagged verdict, not the untagged BYE after it")
    {
        QString error;
        const auto t = ipw::test::readTranscript("# expect: oauth-required\n"
                                                 "S: * OK ready\n"
                                                 "C: a1 LOGIN u <password>\n"
                                                 "S: a1 NO Basic authentication is disabled.\n"
                                                 "S: * BYE signing off.\n",
                                                 &error);
        REQUIRE(t);
        CHECK(t->protocol == Transcript::Protocol::Imap);
        CHECK(t->expect == u"oauth-required"_s);
        CHECK(t->imap.status == "NO");
        CHECK(t->imap.responseCode.isEmpty());
        CHECK(t->imap.text == "Basic authentication is disabled.");
    }
    SECTION("IMAP: response code atom without its arguments")
    {
        const auto r =
            ipw::test::imapRejectionFromLine("* NO [WEBALERT https://example.invalid/x] Web login required.");
        CHECK(r.status == "NO");
        CHECK(r.responseCode == "WEBALERT");
        CHECK(r.text == "Web login required.");
    }
    SECTION("SMTP: multi-line reply, enhanced code stripped from every line")
    {
        const auto r = ipw::test::smtpRejectionFromLines({"534-5.7.9 Application-specific password required. More",
                                                          "534 5.7.9  https://support.example/x a1b2c3 - gsmtp"});
        CHECK(r.code == 534);
        CHECK(r.enhancedCode == "5.7.9");
        CHECK(r.text == "Application-specific password required. More\nhttps://support.example/x a1b2c3 - gsmtp");
    }
    SECTION("SMTP: a reply without an enhanced code")
    {
        const auto r = ipw::test::smtpRejectionFromLines({"421 Service not available"});
        CHECK(r.code == 421);
        CHECK(r.enhancedCode.isEmpty());
        CHECK(r.text == "Service not available");
    }
    SECTION("a file without an expect line is an error, not a pass")
    {
        QString error;
        CHECK_FALSE(ipw::test::readTranscript("S: * OK\nC: a1 LOGIN u p\nS: a1 NO x\n", &error).has_value());
        CHECK_FALSE(error.isEmpty());
    }
}
