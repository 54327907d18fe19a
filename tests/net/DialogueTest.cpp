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
    QList<Step> steps;
};

Dialogue load(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Dialogue d;
    d.name = QFileInfo(path).fileName();
    d.protocol = d.name.startsWith(u"smtp") ? Protocol::Smtp : Protocol::Imap;
    d.settings.endpoint = ServerEndpoint{QStringLiteral("mail.example.com"), 993, Security::ImplicitTls, {}};
    d.settings.stepTimeout = std::chrono::seconds(5);
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("# security: ")) {
            const QByteArray s = line.mid(12).trimmed();
            d.settings.endpoint.security =
                s == "tls" ? Security::ImplicitTls : (s == "starttls" ? Security::StartTls : Security::None);
        } else if (line.startsWith("# plaintext: yes")) {
            d.settings.allowPlaintext = true;
        } else if (line.startsWith("# user: ")) {
            d.settings.loginName = QString::fromUtf8(line.mid(8));
        } else if (line.startsWith("# password: ")) {
            d.password = QString::fromUtf8(line.mid(12));
        } else if (line.startsWith("# expect: ")) {
            const QByteArray spec = line.mid(10);
            // "alert=" takes the rest of the line.
            const qsizetype alert = spec.indexOf("alert=");
            const QByteArray head = alert >= 0 ? spec.left(alert) : spec;
            if (alert >= 0)
                d.expect["alert"] = spec.mid(alert + 6);
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
        job = std::make_unique<ImapCheckJob>(d.settings, d.password, transport);
    else
        job = std::make_unique<SmtpCheckJob>(d.settings, d.password, transport);
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

    // The password never appears in the transcript or the server text, in any form.
    const QByteArray pass = d.password.toUtf8();
    const QByteArray plain =
        QByteArray(QByteArray(1, '\0') + d.settings.loginName.toUtf8() + QByteArray(1, '\0') + pass).toBase64();
    for (const QString &line : r.transcript) {
        CHECK_FALSE(line.contains(d.password));
        CHECK_FALSE(line.toUtf8().contains(plain));
        CHECK_FALSE(line.toUtf8().contains(pass.toBase64()));
    }
    CHECK_FALSE(r.serverText.contains(d.password));
    if (d.neverSendsPassword) {
        const QByteArray sent = wire->allWritten();
        CHECK_FALSE(sent.contains(pass));
        CHECK_FALSE(sent.contains(plain));
        CHECK_FALSE(sent.contains(pass.toBase64()));
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
    ImapCheckJob job(settings, QStringLiteral("secret"), new MemoryTransport(wire));
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
    auto *job = new ImapCheckJob(settings, QStringLiteral("secret"), new MemoryTransport(wire));
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
    ImapCheckJob job(settings, QStringLiteral("secret"), new MemoryTransport(wire));
    int finished = 0;
    QObject::connect(&job, &ProtocolJob::finished, [&] { ++finished; });
    job.start();
    job.cancel();
    waitFor([] { return false; }, 50);
    CHECK(finished == 1);
    CHECK_FALSE(wire->connectRequested);
}
