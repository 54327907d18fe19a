// The collected replies once more, now through the product's own parsers (core/net: the pure functions the IMAP
// and SMTP checks feed every server line to) instead of the test-side reader: what a real check hands the
// classifier gets the diagnosis the file names, CRLF and all, GBK bytes and wrapped multi-line replies included.
#include "ReplyReader.h"
#include "TestEnv.h"
#include "diagnosis/Classifier.h"
#include "net/ImapParser.h"
#include "net/SmtpParser.h"

#include "CatchQt.h"
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using ipw::test::CollectedReply;

namespace {

// The same fields ImapCheckJob and SmtpCheckJob pass on (their rejectionOf / SmtpRejection{code, enhanced, text()}).
ipw::DiagnosisCode classifyWire(const CollectedReply &reply)
{
    QByteArray wire;
    for (const QByteArray &line : reply.serverLines)
        wire += line + "\r\n";
    if (reply.protocol == CollectedReply::Protocol::Smtp) {
        const ipw::smtp::ParseResult parsed = ipw::smtp::parseReply(wire);
        REQUIRE(parsed.status == ipw::smtp::ParseResult::Status::Complete);
        REQUIRE(parsed.consumed == wire.size());
        const ipw::smtp::Reply &r = parsed.reply;
        return ipw::classifySmtpRejection(ipw::SmtpRejection{r.code, r.enhancedCode, r.text()});
    }
    const ipw::imap::ParseResult parsed = ipw::imap::parseResponse(wire);
    REQUIRE(parsed.status == ipw::imap::ParseResult::Status::Complete);
    REQUIRE(parsed.consumed == wire.size());
    const ipw::imap::Response &r = parsed.response;
    const ipw::ImapRejection rejection{r.status, r.responseCode, r.text};
    return reply.context == CollectedReply::Context::Mailbox ? ipw::classifyImapMailboxFailure(rejection)
                                                             : ipw::classifyImapRejection(rejection);
}

}  // namespace

TEST_CASE("every collected reply, parsed as a check parses it, classifies as written in its file")
{
    const QDir dir(ipw::test::sharedDataDir() + u"/replies"_s);
    REQUIRE(dir.exists());
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 36);
    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            QString error;
            const std::optional<CollectedReply> reply = ipw::test::readCollectedReplyFile(dir.filePath(name), &error);
            INFO(error.toStdString());
            REQUIRE(reply.has_value());
            if (reply->serverLines.isEmpty())
                return;  // a T: text: the source did not show the line, so there is no wire form to parse
            CHECK(ipw::toString(classifyWire(*reply)).toStdString() == reply->expect.toStdString());
        }
    }
}
