// The IMAP and SMTP state machines, driven through the in-memory transport by scripted C:/S: dialogues kept as
// data in tests/net/data/dialogues/. Each file says what the client must send, byte for byte, and how it ends.
#include "CatchQt.h"
#include "MemoryTransport.h"
#include "TestEnv.h"

#include "net/ConnectionCheck.h"
#include "net/ImapCheckJob.h"
#include "net/SmtpCheckJob.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

using namespace ipw;
using namespace ipw::test;

namespace {

struct Step {
    enum class Kind { Server, Client, Tls, Close };
    Kind kind;
    QByteArray line;
};

struct Dialogue {
    QString name;
    Protocol protocol = Protocol::Imap;
    JobSettings settings;
    QString password;
    QHash<QByteArray, QByteArray> expect;
    bool neverSendsPassword = false;
    bool waitForImap = false;           // SMTP: wait for IMAP's verdict once ready to log in (it never comes here)
    QStringList transcriptLines;        ///< "# transcript: …": lines the transcript must have, exactly
    std::optional<QString> serverText;  ///< "# server-text: …"
    QList<Step> steps;
};

Dialogue load(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Dialogue d;
    d.name = QFileInfo(path).fileName();
    d.protocol = d.name.startsWith(u"smtp") ? Protocol::Smtp : Protocol::Imap;
    // The port matters to OAUTHBEARER's initial response ("port=…", RFC 7628 §3.1).
    d.settings.endpoint = ServerEndpoint{QStringLiteral("mail.example.com"),
                                         quint16(d.protocol == Protocol::Smtp ? 465 : 993),
                                         Security::ImplicitTls,
                                         {}};
    d.settings.stepTimeout = std::chrono::seconds(5);
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("# security: ")) {
            const QByteArray s = line.mid(12).trimmed();
            d.settings.endpoint.security =
                s == "tls" ? Security::ImplicitTls : (s == "starttls" ? Security::StartTls : Security::None);
        } else if (line.startsWith("# wait-for-imap: yes")) {
            d.waitForImap = true;
        } else if (line.startsWith("# passwords-retired: yes")) {
            d.settings.passwordsRetired = true;
        } else if (line.startsWith("# plaintext: yes")) {
            d.settings.allowPlaintext = true;
        } else if (line.startsWith("# user: ")) {
            d.settings.loginName = QString::fromUtf8(line.mid(8));
        } else if (line.startsWith("# password: ")) {
            d.password = QString::fromUtf8(line.mid(12));
        } else if (line.startsWith("# token: ")) {
            d.password = QString::fromUtf8(line.mid(9));  // the secret handed over is the access token
        } else if (line.startsWith("# credential: oauth")) {
            d.settings.credential = Credential::OAuthAccessToken;
        } else if (line.startsWith("# mechanism: ")) {
            const QByteArray m = line.mid(13).trimmed();
            d.settings.oauthMechanism = m == "xoauth2"       ? OAuthMechanism::XOAuth2
                                        : m == "oauthbearer" ? OAuthMechanism::OAuthBearer
                                                             : OAuthMechanism::Automatic;
        } else if (line.startsWith("# transcript: ")) {
            d.transcriptLines << QString::fromUtf8(line.mid(14));
        } else if (line.startsWith("# server-text: ")) {
            d.serverText = QString::fromUtf8(line.mid(15));
        } else if (line.startsWith("# expect: ")) {
            const QByteArray spec = line.mid(10);
            // "alert=" and "server-text=" take the rest of the line (one of them per line).
            QByteArray head = spec;
            for (const QByteArray &key : {QByteArray("alert="), QByteArray("server-text=")}) {
                const qsizetype space = spec.indexOf(QByteArray(' ' + key));
                const qsizetype at = space >= 0 ? space + 1 : -1;
                if (at < 0)
                    continue;
                head = spec.left(at);
                d.expect[key.chopped(1)] = spec.mid(at + key.size());
            }
            for (const QByteArray &kv : head.simplified().split(' ')) {
                if (kv == "never-sends-password")
                    d.neverSendsPassword = true;
                else if (const qsizetype eq = kv.indexOf('='); eq > 0)
                    d.expect[kv.left(eq)] = kv.mid(eq + 1);
            }
        } else if (line.startsWith("S: ")) {
            d.steps.append({Step::Kind::Server, line.mid(3)});
        } else if (line.startsWith("C: ")) {
            d.steps.append({Step::Kind::Client, line.mid(3)});
        } else if (line == "-- tls") {
            d.steps.append({Step::Kind::Tls, {}});
        } else if (line == "-- close") {
            d.steps.append({Step::Kind::Close, {}});
        }
    }
    return d;
}

template<typename Pred> bool waitFor(Pred done, int ms = 3000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

QStringList dialogueFiles()
{
    QDir dir(testDataDir() + QStringLiteral("/dialogues"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    return files;
}

void run(const Dialogue &d)
{
    INFO("dialogue " << d.name.toStdString());
    auto wire = std::make_shared<MemoryWire>();
    auto *transport = new MemoryTransport(wire);
    std::unique_ptr<ProtocolJob> job;
    if (d.protocol == Protocol::Imap)
        job = std::make_unique<ImapCheckJob>(d.settings, Secret::fromString(d.password), transport);
    else
        job = std::make_unique<SmtpCheckJob>(d.settings, Secret::fromString(d.password), transport);
    if (d.waitForImap)
        static_cast<SmtpCheckJob *>(job.get())->setWaitForPermission(true);
    int finishedCount = 0;
    QObject::connect(job.get(), &ProtocolJob::finished, [&] { ++finishedCount; });
    job->start();
    CHECK_FALSE(wire->connectRequested);  // start() returns to the event loop first
    REQUIRE(waitFor([&] { return wire->connectRequested; }));

    for (const Step &step : d.steps) {
        switch (step.kind) {
        case Step::Kind::Server:
            wire->serverSends(step.line + "\r\n");
            break;
        case Step::Kind::Close:
            wire->serverCloses();
            break;
        case Step::Kind::Tls:
            REQUIRE(waitFor([&] { return wire->tlsRequested; }));
            break;
        case Step::Kind::Client: {
            std::optional<QByteArray> line;
            waitFor([&] {
                if (!line)
                    line = wire->takeLine();
                return bool(line);
            });
            INFO("expected the client to send: " << step.line.toStdString());
            INFO("written: " << wire->written.toHex().toStdString());
            INFO("transcript so far:\n" << job->transcriptLines().join(u'\n').toStdString());
            REQUIRE(line);
            CHECK(*line == step.line);
            break;
        }
        }
    }
    REQUIRE(waitFor([&] { return finishedCount > 0; }));
    QCoreApplication::processEvents();
    CHECK(finishedCount == 1);
    INFO("client sent more than the dialogue says: " << wire->written.toStdString());
    CHECK(wire->written.isEmpty());

    const ProtocolResult &r = job->result();
    INFO("transcript:\n" << r.transcript.join(u'\n').toStdString());
    CHECK(toString(r.diagnosis) == QString::fromUtf8(d.expect.value("diagnosis")));
    if (d.expect.contains("stage"))
        CHECK(toString(r.stage) == QString::fromUtf8(d.expect.value("stage")));
    if (d.expect.contains("accepted"))
        CHECK(r.credentialsAccepted == (d.expect.value("accepted") == "yes"));
    CHECK(r.verified == (r.diagnosis == DiagnosisCode::Ok));
    if (d.expect.contains("mailboxes"))
        CHECK(r.mailboxes == d.expect.value("mailboxes").toInt());
    if (d.expect.contains("inbox"))
        CHECK(r.inboxMessages == d.expect.value("inbox").toInt());
    if (d.expect.contains("uidvalidity"))
        CHECK(r.uidValidity == d.expect.value("uidvalidity").toUInt());
    if (d.expect.contains("alert"))
        CHECK(r.alerts == QStringList{QString::fromUtf8(d.expect.value("alert"))});
    if (d.expect.contains("mechanism")) {
        const QByteArray mechanism = d.expect.value("mechanism");
        CHECK(r.authMechanism == (mechanism == "none" ? QString() : QString::fromUtf8(mechanism)));
    }
    if (d.expect.contains("alerts"))
        CHECK(r.alerts.size() == d.expect.value("alerts").toInt());
    if (d.expect.contains("server-text")) {
        const QByteArray text = d.expect.value("server-text");
        CHECK(r.serverText == (text == "none" ? QString() : QString::fromUtf8(text)));
    }
    if (d.expect.contains("webalert-url")) {
        const QByteArray url = d.expect.value("webalert-url");
        CHECK(r.webAlertUrl == (url == "none" ? QString() : QString::fromUtf8(url)));
    }
    if (d.expect.contains("oauth-status")) {
        const QByteArray status = d.expect.value("oauth-status");
        CHECK(r.oauthStatus == (status == "none" ? QString() : QString::fromUtf8(status)));
    }

    for (const QString &line : d.transcriptLines)
        CHECK(r.transcript.contains(line));
    if (d.serverText)
        CHECK(r.serverText == *d.serverText);

    // The client's lines never show the password, in any form. What the server says is shown as sent (the password
    // may be a word the server uses), but never with the secret in a form the client sent: that is withheld.
    const QByteArray pass = d.password.toUtf8();
    const QByteArray plain =
        QByteArray(QByteArray(1, '\0') + d.settings.loginName.toUtf8() + QByteArray(1, '\0') + pass).toBase64();
    const QByteArray sent = wire->allWritten();
    QList<QByteArray> sentForms;
    for (const QByteArray &form : {pass, plain, pass.toBase64()})
        if (!pass.isEmpty() && sent.contains(form))
            sentForms << form;
    for (const QString &line : r.transcript) {
        const QByteArray bytes = line.toUtf8();
        if (line.startsWith(u"C: ")) {
            CHECK_FALSE(bytes.contains(pass));
            CHECK_FALSE(bytes.contains(plain));
            CHECK_FALSE(bytes.contains(pass.toBase64()));
        }
        if (line.startsWith(u"S: "))
            for (const QByteArray &form : sentForms)
                CHECK_FALSE(bytes.contains(form));
    }
    for (const QByteArray &form : sentForms) {
        CHECK_FALSE(r.serverText.toUtf8().contains(form));
        for (const QString &alert : r.alerts)
            CHECK_FALSE(alert.toUtf8().contains(form));
    }
    // With a token: neither SASL message that carries it (XOAUTH2, OAUTHBEARER), written out here independently
    // of core/net/OAuthSasl.cpp.
    const QByteArray user = d.settings.loginName.toUtf8();
    const QList<QByteArray> oauthMessages{
        QByteArray("user=" + user +
                   "\x01"
                   "auth=Bearer " +
                   pass + "\x01\x01")
            .toBase64(),
        QByteArray("n,a=" + user +
                   ",\x01host=mail.example.com\x01port=" + QByteArray::number(d.settings.endpoint.port) +
                   "\x01"
                   "auth=Bearer " +
                   pass + "\x01\x01")
            .toBase64(),
    };
    for (const QString &line : r.transcript)
        for (const QByteArray &message : oauthMessages)
            CHECK_FALSE(line.toUtf8().contains(message));
    if (d.settings.credential == Credential::OAuthAccessToken) {
        // Never PLAIN or LOGIN with a token.
        CHECK_FALSE(sent.contains(plain));
        CHECK_FALSE(sent.contains(" LOGIN "));
        CHECK_FALSE(sent.contains("AUTH PLAIN"));
        CHECK_FALSE(sent.contains("AUTH LOGIN"));
        CHECK_FALSE(sent.contains("AUTHENTICATE PLAIN"));
    }
    if (d.neverSendsPassword) {
        CHECK_FALSE(sent.contains(pass));
        CHECK_FALSE(sent.contains(plain));
        CHECK_FALSE(sent.contains(pass.toBase64()));
        for (const QByteArray &message : oauthMessages)
            CHECK_FALSE(sent.contains(message));
    }
}

}  // namespace

TEST_CASE("Scripted dialogues: every file in tests/net/data/dialogues", "[dialogue]")
{
    const QStringList files = dialogueFiles();
    REQUIRE(files.size() >= 20);
    for (const QString &file : files) {
        DYNAMIC_SECTION(QFileInfo(file).fileName().toStdString())
        {
            run(load(file));
        }
    }
}

TEST_CASE("A step that gets no answer times out", "[dialogue]")
{
    auto wire = std::make_shared<MemoryWire>();
    JobSettings settings{ServerEndpoint{QStringLiteral("mail.example.com"), 993, Security::ImplicitTls, {}},
                         QStringLiteral("me"), std::chrono::milliseconds(200), false};
    ImapCheckJob job(settings, Secret::fromUtf8("secret"), new MemoryTransport(wire));
    bool finished = false;
    QObject::connect(&job, &ProtocolJob::finished, [&] { finished = true; });
    job.start();
    REQUIRE(waitFor([&] { return wire->connectRequested; }));
    wire->serverSends("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n* 1 EXI");  // stalls mid-reply
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(job.result().diagnosis == DiagnosisCode::Timeout);
    CHECK(job.result().stage == CheckStage::Auth);
}

TEST_CASE("cancel() stops at once with exactly one finished", "[dialogue]")
{
    auto wire = std::make_shared<MemoryWire>();
    JobSettings settings{ServerEndpoint{QStringLiteral("mail.example.com"), 993, Security::ImplicitTls, {}},
                         QStringLiteral("me"), std::chrono::seconds(5), false};
    auto *job = new ImapCheckJob(settings, Secret::fromUtf8("secret"), new MemoryTransport(wire));
    int finished = 0;
    QObject::connect(job, &ProtocolJob::finished, [&] { ++finished; });
    job->start();
    REQUIRE(waitFor([&] { return wire->connectRequested; }));
    job->cancel();
    CHECK(finished == 1);
    CHECK(job->result().diagnosis == DiagnosisCode::Cancelled);
    CHECK(wire->aborted);
    job->cancel();
    wire->serverSends("* OK ready\r\n");
    QCoreApplication::processEvents();
    CHECK(finished == 1);
    delete job;
    QCoreApplication::processEvents();
    CHECK_FALSE(wire->transport);  // nothing left behind
}

TEST_CASE("cancel() before the event loop ran: nothing is even connected", "[dialogue]")
{
    auto wire = std::make_shared<MemoryWire>();
    JobSettings settings{ServerEndpoint{QStringLiteral("mail.example.com"), 993, Security::ImplicitTls, {}},
                         QStringLiteral("me"), std::chrono::seconds(5), false};
    ImapCheckJob job(settings, Secret::fromUtf8("secret"), new MemoryTransport(wire));
    int finished = 0;
    QObject::connect(&job, &ProtocolJob::finished, [&] { ++finished; });
    job.start();
    job.cancel();
    waitFor([] { return false; }, 50);
    CHECK(finished == 1);
    CHECK_FALSE(wire->connectRequested);
}

namespace {

// An OAuth dialogue built in code, for challenges too big to keep as a file.
Dialogue oauthDialogue(Protocol protocol, const QByteArray &challenge)
{
    Dialogue d;
    d.name = QStringLiteral("generated");
    d.protocol = protocol;
    d.settings.endpoint = ServerEndpoint{
        QStringLiteral("mail.example.com"), quint16(protocol == Protocol::Smtp ? 465 : 993), Security::ImplicitTls, {}};
    d.settings.stepTimeout = std::chrono::seconds(5);
    d.settings.loginName = QStringLiteral("me@example.com");
    d.settings.credential = Credential::OAuthAccessToken;
    d.settings.oauthMechanism = OAuthMechanism::XOAuth2;
    d.password = QStringLiteral("ya29.generated-token");
    const QByteArray initial = QByteArray("user=me@example.com\x01"
                                          "auth=Bearer ya29.generated-token\x01\x01")
                                   .toBase64();
    using K = Step::Kind;
    if (protocol == Protocol::Imap) {
        d.steps = {{K::Server, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready"},
                   {K::Client, "a1 AUTHENTICATE XOAUTH2 " + initial},
                   {K::Server, "+ " + challenge}};
    } else {
        d.steps = {{K::Server, "220 mail.example.com ESMTP"}, {K::Client, "EHLO [127.0.0.1]"},
                   {K::Server, "250-mail.example.com"},       {K::Server, "250 AUTH XOAUTH2"},
                   {K::Client, "AUTH XOAUTH2 " + initial},    {K::Server, "334 " + challenge}};
    }
    return d;
}

}  // namespace

TEST_CASE("OAuth: a huge error challenge is answered without being decoded, past the reply limit it is a protocol "
          "error",
          "[dialogue][oauth]")
{
    using K = Step::Kind;
    // 60 KB of base64 of JSON: under both reply limits, over OAuthSaslError::kMaxChallengeBytes.
    const QByteArray bigJson = "{\"status\":\"invalid_token\",\"pad\":\"" + QByteArray(45000, 'x') + "\"}";
    for (const Protocol protocol : {Protocol::Imap, Protocol::Smtp}) {
        DYNAMIC_SECTION("big, " << toString(protocol).toStdString())
        {
            Dialogue d = oauthDialogue(protocol, bigJson.toBase64());
            d.expect = {{"diagnosis", "oauth-token-rejected"}, {"oauth-status", "none"}, {"mechanism", "XOAUTH2"}};
            d.steps.append({K::Client, ""});
            if (protocol == Protocol::Imap) {
                d.steps.append({K::Server, "a1 NO [AUTHENTICATIONFAILED] Authentication failed."});
            } else {
                d.steps.append({K::Server, "535 5.7.8 Authentication credentials invalid"});
                d.steps.append({K::Client, "QUIT"});
            }
            run(d);
        }
    }
    // Over 256 KiB (IMAP) / 64 KiB (SMTP): the parser refuses the reply before anything decodes it.
    for (const Protocol protocol : {Protocol::Imap, Protocol::Smtp}) {
        DYNAMIC_SECTION("over the limit, " << toString(protocol).toStdString())
        {
            Dialogue d = oauthDialogue(protocol, QByteArray(300 * 1024, 'A'));
            d.expect = {{"diagnosis", "protocol-error"}, {"oauth-status", "none"}};
            run(d);
        }
    }
}

TEST_CASE("OAuth: an SMTP token too long for the AUTH line (RFC 4954 §4) goes after an empty 334", "[dialogue][oauth]")
{
    using K = Step::Kind;
    Dialogue d = oauthDialogue(Protocol::Smtp, {});
    d.password = QString(10000, u't');
    const QByteArray initial = QByteArray("user=me@example.com\x01"
                                          "auth=Bearer " +
                                          d.password.toUtf8() + "\x01\x01")
                                   .toBase64();
    REQUIRE(initial.size() > 12288);
    d.steps = {{K::Server, "220 mail.example.com ESMTP"},
               {K::Client, "EHLO [127.0.0.1]"},
               {K::Server, "250-mail.example.com"},
               {K::Server, "250 AUTH XOAUTH2"},
               {K::Client, "AUTH XOAUTH2"},
               {K::Server, "334 "},
               {K::Client, initial},
               {K::Server, "235 2.7.0 Accepted"},
               {K::Client, "QUIT"}};
    d.expect = {{"diagnosis", "ok"}, {"mechanism", "XOAUTH2"}, {"accepted", "yes"}};
    run(d);
}
