// imap-password-check as users and scripts run it: the real binary (QProcess), the real Dovecot on loopback.
// Exit codes, the JSON shape and the flags are contracts for scripts.
#include "CatchQt.h"
#include "DovecotFixture.h"
#include "FreePort.h"
#include "GnutlsServer.h"
#include "TestEnv.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace ipw::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runCli(const QStringList &args, const QByteArray &stdinData, const QString &wrapper = {},
           const QProcessEnvironment &extraEnv = {})
{
    QProcess p;
    QStringList argv = args;
    QString program = QStringLiteral(IPW_CLI_BINARY);
    if (!wrapper.isEmpty()) {
        argv = QStringList{QStringLiteral("-rn"), program} + args;
        program = wrapper;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(extraEnv);
    p.setProcessEnvironment(env);
    p.start(program, argv);
    REQUIRE(p.waitForStarted(10000));
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList A(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

DovecotFixture &dovecot()
{
    auto &d = DovecotFixture::instance();
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    return d;
}

QString at(quint16 port, const QString &host = QStringLiteral("localhost"))
{
    return host + u':' + QString::number(port);
}

QStringList both(const QString &user)
{
    auto &d = dovecot();
    return {QStringLiteral("--imap"),
            at(d.imapsPort()),
            QStringLiteral("--smtp"),
            at(d.submissionsPort()),
            QStringLiteral("--user"),
            user,
            QStringLiteral("--ca-file"),
            d.caFile(),
            QStringLiteral("--password-stdin"),
            QStringLiteral("--timeout"),
            QStringLiteral("15")};
}

void requireNoPassword(const Run &r, const QString &password)
{
    const QByteArray pass = password.toUtf8();
    CHECK_FALSE(r.out.contains(pass));
    CHECK_FALSE(r.err.contains(pass));
    CHECK_FALSE(r.out.contains(pass.toBase64()));
    CHECK_FALSE(r.err.contains(pass.toBase64()));
}

}  // namespace

TEST_CASE("CLI: bad input exits 2 with a clear message", "[cli]")
{
    const QStringList base{QStringLiteral("--imap"), QStringLiteral("localhost"), QStringLiteral("--no-smtp"),
                           QStringLiteral("--user"), QStringLiteral("me"),        QStringLiteral("--password-stdin")};
    struct Case {
        const char *what;
        QStringList args;
        QByteArray stdinData;
        const char *messagePart;
    };
    const QList<Case> cases = {
        {"malformed host", A({"--imap", "bad host!", "--no-smtp", "--user", "me", "--password-stdin"}), "x\n",
         "not a valid server name"},
        {"port 0", A({"--imap", "localhost:0", "--no-smtp", "--user", "me", "--password-stdin"}), "x\n", "65535"},
        {"port 70000", A({"--imap", "localhost:70000", "--no-smtp", "--user", "me", "--password-stdin"}), "x\n",
         "65535"},
        {"port not a number", A({"--imap", "localhost:imap", "--no-smtp", "--user", "me", "--password-stdin"}), "x\n",
         "65535"},
        {"empty password", base, "\n", "empty"},
        {"no password at all", base, "", "empty"},
        {"no --password-stdin", A({"--imap", "localhost", "--no-smtp", "--user", "me"}), "x\n", "--password-stdin"},
        {"password as an argument", base + A({"hunter2"}), "x\n", "never accepted as an argument"},
        {"unknown option", base + A({"--bogus"}), "x\n", "bogus"},
        {"nothing to check", A({"--no-imap", "--no-smtp", "--user", "me", "--password-stdin"}), "x\n", "nothing"},
        {"no IMAP server", A({"--no-smtp", "--user", "me", "--password-stdin"}), "x\n", "--imap"},
        {"no user", A({"--imap", "localhost", "--no-smtp", "--password-stdin"}), "x\n", "--user"},
        {"SMTP login without SMTP", base + A({"--smtp-user", "sender"}), "x\n", "--smtp-user"},
        {"bad security", base + A({"--imap-security", "ssl3"}), "x\n", "tls, starttls or none"},
        {"bad fingerprint", base + A({"--trust-cert", "abc"}), "x\n", "SHA-256"},
        {"missing CA file", base + A({"--ca-file", "/nonexistent/ca.pem"}), "x\n", "/nonexistent/ca.pem"},
        {"bad timeout", base + A({"--timeout", "-3"}), "x\n", "--timeout"},
        {"bad language", base + A({"--lang", "fr"}), "x\n", "ja or en"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            const Run r = runCli(c.args, c.stdinData);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.out.isEmpty());
            CHECK(r.err.contains(c.messagePart));
        }
    }
}

TEST_CASE("CLI: bad input messages follow --lang", "[cli]")
{
    const Run r = runCli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--imap"),
                          QStringLiteral("localhost:99999"), QStringLiteral("--no-smtp")},
                         "x\n");
    CHECK(r.exitCode == 2);
    const QString err = QString::fromUtf8(r.err);
    bool japanese = false;
    for (const QChar c : err)
        japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff);
    CHECK(japanese);
}

TEST_CASE("CLI: --help exits 0 and names every flag", "[cli]")
{
    const Run r = runCli({QStringLiteral("--help")}, {});
    CHECK(r.exitCode == 0);
    for (const char *flag : {"--imap ",
                             "--imap-security",
                             "--smtp ",
                             "--smtp-security",
                             "--no-smtp",
                             "--no-imap",
                             "--user",
                             "--smtp-user",
                             "--password-stdin",
                             "--ca-file",
                             "--trust-cert",
                             "--timeout",
                             "--allow-plaintext",
                             "--json",
                             "--transcript",
                             "--lang",
                             "--oauth-client-secret-file",
                             "--export",
                             "--output",
                             "--help-topic",
                             "--explain",
                             "--no-discovery",
                             "--ispdb-url",
                             "--accept-discovered"})
        CHECK(r.out.contains(flag));
    CHECK(r.out.contains("--trust-cert <[HOST:PORT=]SHA256>"));
}

TEST_CASE("CLI: --help-topic prints each topic in both languages", "[cli][help]")
{
    for (const char *topic : {"glossary", "checklist", "faq", "security", "iphone-profile"}) {
        const Run ja = runCli(A({"--help-topic", topic, "--lang", "ja"}), {});
        const Run en = runCli(A({"--lang", "en", "--help-topic", topic}), {});
        INFO(topic);
        CHECK(ja.exitCode == 0);
        CHECK(en.exitCode == 0);
        CHECK(ja.err.isEmpty());
        CHECK(ja.out.size() > 1500);
        CHECK(en.out.size() > 1500);
        CHECK(ja.out != en.out);
        // Plain text: no Markdown marks.
        CHECK_FALSE(ja.out.contains("**"));
        CHECK_FALSE(en.out.contains("\n## "));
    }
    const QString glossaryJa = QString::fromUtf8(runCli(A({"--help-topic", "glossary", "--lang", "ja"}), {}).out);
    CHECK(glossaryJa.contains(QStringLiteral("ネットワーク暗証番号")));
    CHECK(glossaryJa.startsWith(QStringLiteral("ことばの説明\n")));
    const QString checklistEn = QString::fromUtf8(runCli(A({"--help-topic", "checklist", "--lang", "en"}), {}).out);
    CHECK(checklistEn.startsWith(QStringLiteral("Before you try again\n")));
    CHECK(checklistEn.contains(QStringLiteral("Caps Lock")));
    // The system language decides without --lang (the test runs under C.UTF-8: English).
    CHECK(runCli(A({"--help-topic", "security"}), {}).out.contains("Keeping your mail safe"));
}

TEST_CASE("CLI: --help-topic with an unknown topic is a usage error", "[cli][help]")
{
    for (const char *topic : {"passwords", "Glossary", ""}) {
        const Run r = runCli(A({"--help-topic", topic, "--lang", "en"}), {});
        INFO(topic);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("glossary|checklist|faq|security|iphone-profile"));
    }
    const Run missing = runCli(A({"--help-topic"}), {});
    CHECK(missing.exitCode == 2);
    // Another mode at once is a usage error too, and nothing connects.
    const Run two = runCli(A({"--help-topic", "faq", "--list-providers"}), {});
    CHECK(two.exitCode == 2);
}

TEST_CASE("CLI: --smtp-user gives SMTP its own login name", "[cli][dovecot]")
{
    // The fixture's users are full addresses: the same password is refused for another SMTP name, proving the name
    // reached SMTP's AUTH and not IMAP's login.
    auto &d = dovecot();
    const auto user = d.mainUser();
    const Run r =
        runCli(both(user.name) << QStringLiteral("--json") << QStringLiteral("--smtp-user") << d.unknownUserName(),
               user.password.toUtf8() + '\n');
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject j = r.json();
    CHECK(j.value(QStringLiteral("imap")).toObject().value(QStringLiteral("diagnosis")).toString() ==
          QStringLiteral("ok"));
    CHECK(j.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("diagnosis")).toString() ==
          QStringLiteral("wrong-credentials"));
}

TEST_CASE("CLI: verified against Dovecot, JSON shape", "[cli][dovecot]")
{
    auto &d = dovecot();
    const auto user = d.mainUser();
    const Run r = runCli(both(user.name) << QStringLiteral("--json") << QStringLiteral("--transcript"),
                         user.password.toUtf8() + '\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = r.json();
    CHECK(j.value(QStringLiteral("verified")).toBool());
    const QJsonObject imap = j.value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("verified")).toBool());
    CHECK(imap.value(QStringLiteral("stage")).toString() == QStringLiteral("mailbox"));
    CHECK(imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("ok"));
    CHECK(imap.value(QStringLiteral("serverText")).isString());
    CHECK(imap.value(QStringLiteral("mailboxes")).toInt() == d.topLevelFolderCount());
    CHECK(imap.value(QStringLiteral("inboxMessages")).toInt() == d.inboxMessageCount());
    const QJsonObject cert = imap.value(QStringLiteral("certificate")).toObject();
    for (const char *key : {"subject", "issuer", "notBefore", "notAfter", "sha256"})
        CHECK(cert.value(QString::fromLatin1(key)).isString());
    CHECK(cert.value(QStringLiteral("sha256")).toString().toLatin1() == TestPki::instance().server().sha256().toHex());
    const QJsonObject smtp = j.value(QStringLiteral("smtp")).toObject();
    CHECK(smtp.value(QStringLiteral("verified")).toBool());
    CHECK(smtp.value(QStringLiteral("stage")).toString() == QStringLiteral("auth"));
    CHECK(smtp.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("ok"));
    CHECK(smtp.value(QStringLiteral("serverText")).isString());
    CHECK(smtp.value(QStringLiteral("certificate")).isObject());
    // The mechanism used; "oauthStatus" only when a server refused an OAuth token.
    CHECK(imap.value(QStringLiteral("authMechanism")).toString() == QStringLiteral("PLAIN"));
    CHECK(smtp.value(QStringLiteral("authMechanism")).toString() == QStringLiteral("PLAIN"));
    CHECK_FALSE(imap.contains(QStringLiteral("oauthStatus")));
    CHECK(r.err.contains("C: a1 AUTHENTICATE PLAIN <redacted>"));
    requireNoPassword(r, user.password);
}

TEST_CASE("CLI: STARTTLS on both protocols, human output", "[cli][dovecot]")
{
    auto &d = dovecot();
    const auto user = d.mainUser();
    const Run r = runCli({QStringLiteral("--imap"), at(d.imapStarttlsPort()), QStringLiteral("--imap-security"),
                          QStringLiteral("starttls"), QStringLiteral("--smtp"), at(d.submissionStarttlsPort()),
                          QStringLiteral("--smtp-security"), QStringLiteral("starttls"), QStringLiteral("--user"),
                          user.name, QStringLiteral("--ca-file"), d.caFile(), QStringLiteral("--password-stdin"),
                          QStringLiteral("--lang"), QStringLiteral("en")},
                         user.password.toUtf8() + '\n');
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("IMAP"));
    CHECK(r.out.contains(QByteArray::number(d.inboxMessageCount())));
    CHECK(r.out.contains("Sign-in method: PLAIN"));
    requireNoPassword(r, user.password);
}

TEST_CASE("CLI: wrong password: exit 1, SMTP not attempted, --no-smtp/--no-imap give null", "[cli][dovecot]")
{
    auto &d = dovecot();
    const QString wrong = QStringLiteral("Wr0ng \"pass\" word");
    Run r = runCli(both(d.mainUser().name) << QStringLiteral("--json") << QStringLiteral("--transcript"),
                   wrong.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    QJsonObject j = r.json();
    CHECK_FALSE(j.value(QStringLiteral("verified")).toBool());
    CHECK(j[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() == QStringLiteral("wrong-credentials"));
    CHECK(j[QStringLiteral("smtp")][QStringLiteral("diagnosis")].toString() == QStringLiteral("not-attempted"));
    requireNoPassword(r, wrong);

    // Human output too.
    r = runCli(both(d.mainUser().name) << QStringLiteral("--transcript"), wrong.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    requireNoPassword(r, wrong);

    QStringList noSmtp{QStringLiteral("--imap"),
                       at(d.imapsPort()),
                       QStringLiteral("--no-smtp"),
                       QStringLiteral("--user"),
                       d.mainUser().name,
                       QStringLiteral("--ca-file"),
                       d.caFile(),
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("--json")};
    r = runCli(noSmtp, d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("smtp")).isNull());

    QStringList noImap{QStringLiteral("--smtp"),
                       at(d.submissionsPort()),
                       QStringLiteral("--no-imap"),
                       QStringLiteral("--user"),
                       d.mainUser().name,
                       QStringLiteral("--ca-file"),
                       d.caFile(),
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("--json")};
    r = runCli(noImap, wrong.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    j = r.json();
    CHECK(j.value(QStringLiteral("imap")).isNull());
    CHECK(j[QStringLiteral("smtp")][QStringLiteral("diagnosis")].toString() == QStringLiteral("wrong-credentials"));
}

TEST_CASE("CLI: after a refused password, the provider's next step follows the generic one", "[cli][dovecot]")
{
    // docomo's servers, with --imap pointing at the test Dovecot: the check fails like a wrong IMAP専用パスワード, and
    // docomo's provider file knows where that password is reissued.
    auto &d = dovecot();
    const QString wrong = QStringLiteral("Wr0ng-for-docomo");
    QStringList args{QStringLiteral("--provider"),
                     QStringLiteral("docomo"),
                     QStringLiteral("--imap"),
                     at(d.imapsPort()),
                     QStringLiteral("--no-smtp"),
                     QStringLiteral("--user"),
                     d.mainUser().name,
                     QStringLiteral("--ca-file"),
                     d.caFile(),
                     QStringLiteral("--password-stdin")};
    Run r = runCli(args + QStringList{QStringLiteral("--json")}, wrong.toUtf8() + '\n');
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject j = r.json();
    CHECK(j[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() == QStringLiteral("wrong-credentials"));
    const QJsonObject step = j.value(QStringLiteral("nextStep")).toObject();
    CHECK(step.value(QStringLiteral("kind")).toString() == QStringLiteral("reissue-password"));
    CHECK(step.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://www.nttdocomo.co.jp/")));
    // The step names the page its URL opens (docomo's security page, the way into My docomo), not My docomo itself.
    CHECK(step.value(QStringLiteral("text")).toString().contains(QStringLiteral("docomo's mail security page")));
    // Worded for the command line: no wizard button to point at.
    CHECK_FALSE(step.value(QStringLiteral("text")).toString().contains(QStringLiteral("Reissue the password")));
    requireNoPassword(r, wrong);

    r = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, wrong.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    // The generic step first (character by character, the lockout warning), then docomo's, never instead of it.
    const qsizetype generic = r.out.indexOf("What to do: Check the login name and the password character by character");
    const qsizetype docomo = r.out.indexOf("docomo's mail security page");
    CHECK(generic >= 0);
    CHECK(docomo > generic);
    CHECK(r.out.contains("lock the account"));
    CHECK_FALSE(r.out.contains("4-digit"));  // a longer password: no PIN warning
    requireNoPassword(r, wrong);

    // Four digits: most likely docomo's network PIN (ネットワーク暗証番号), said in the text output only.
    r = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, "1234\n");
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("This is a 4-digit number"));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("ネットワーク暗証番号")));
    r = runCli(args + QStringList{QStringLiteral("--json")}, "1234\n");
    CHECK_FALSE(r.out.contains("4-digit"));

    // Servers typed by hand: no provider, no provider step (null, the key is always there).
    r = runCli(args.mid(2) + QStringList{QStringLiteral("--json")}, wrong.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    CHECK(r.json().contains(QStringLiteral("nextStep")));
    CHECK(r.json().value(QStringLiteral("nextStep")).isNull());
}

TEST_CASE("CLI: two modes at once are bad usage (exit 2), naming both flags", "[cli]")
{
    const QList<QStringList> pairs{
        {QStringLiteral("--show-settings"), QStringLiteral("--forget"), QStringLiteral("a@example.test")},
        {QStringLiteral("--list-providers"), QStringLiteral("--list-saved")},
        {QStringLiteral("--use-saved"), QStringLiteral("a@example.test"), QStringLiteral("--show-settings")},
        {QStringLiteral("--list-saved"), QStringLiteral("--oauth"), QStringLiteral("--no-browser")},
    };
    for (const QStringList &args : pairs) {
        const Run r = runCli(args, {});
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        for (const QString &arg : args) {
            if (arg.startsWith(u"--") && arg != QStringLiteral("--no-browser"))
                CHECK(r.err.contains(arg.toUtf8()));
        }
    }
}

TEST_CASE("CLI: certificate untrusted without the CA, accepted when pinned", "[cli][dovecot][tls]")
{
    auto &d = dovecot();
    QStringList args{QStringLiteral("--imap"), at(d.imapsPort()), QStringLiteral("--no-smtp"),
                     QStringLiteral("--user"), d.mainUser().name, QStringLiteral("--password-stdin"),
                     QStringLiteral("--json")};
    Run r = runCli(args, d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("certificate-untrusted"));
    CHECK(imap.value(QStringLiteral("stage")).toString() == QStringLiteral("tls"));
    const QString sha = imap[QStringLiteral("certificate")][QStringLiteral("sha256")].toString();
    CHECK(sha.toLatin1() == TestPki::instance().server().sha256().toHex());

    // The usual notation (upper case, colons) is accepted.
    r = runCli(args << QStringLiteral("--trust-cert")
                    << QString::fromLatin1(TestPki::instance().server().sha256().toHex(':').toUpper()),
               d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 0);
}

TEST_CASE("CLI: --trust-cert HOST:PORT=SHA256 accepts that certificate from that server alone", "[cli][dovecot][tls]")
{
    auto &d = dovecot();
    const QString sha = QString::fromLatin1(TestPki::instance().server().sha256().toHex(':'));
    const QStringList base{
        QStringLiteral("--imap"), at(d.imapsPort()), QStringLiteral("--smtp"),           at(d.submissionsPort()),
        QStringLiteral("--user"), d.mainUser().name, QStringLiteral("--password-stdin"), QStringLiteral("--json")};
    // Both servers present the same certificate (one Dovecot); the pin names the IMAP server only.
    Run r = runCli(QStringList(base) << QStringLiteral("--trust-cert") << at(d.imapsPort()) + u'=' + sha,
                   d.mainUser().password.toUtf8() + '\n');
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.json()[QStringLiteral("imap")][QStringLiteral("verified")].toBool());
    CHECK(r.json()[QStringLiteral("smtp")][QStringLiteral("diagnosis")].toString() ==
          QStringLiteral("certificate-untrusted"));

    // The bare form is for the servers being checked: here both present it, so both are accepted.
    r = runCli(QStringList(base) << QStringLiteral("--trust-cert") << sha, d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 0);

    // A server that is not being checked, or no port: bad usage, nothing checked.
    for (const QString &where : {at(d.imapStarttlsPort()), QStringLiteral("127.0.0.1")}) {
        r = runCli(QStringList(base) << QStringLiteral("--trust-cert") << where + u'=' + sha,
                   d.mainUser().password.toUtf8() + '\n');
        INFO(where.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("--trust-cert"));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("CLI: name mismatch and plaintext refused on 127.0.0.2", "[cli][dovecot]")
{
    auto &d = dovecot();
    Run r =
        runCli({QStringLiteral("--imap"), at(d.imapsPort(), QStringLiteral("127.0.0.2")), QStringLiteral("--no-smtp"),
                QStringLiteral("--user"), d.mainUser().name, QStringLiteral("--ca-file"), d.caFile(),
                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
               d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    CHECK(r.json()[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() ==
          QStringLiteral("certificate-name-mismatch"));

    r = runCli({QStringLiteral("--imap"), at(d.imapStarttlsPort(), QStringLiteral("127.0.0.2")),
                QStringLiteral("--imap-security"), QStringLiteral("none"), QStringLiteral("--allow-plaintext"),
                QStringLiteral("--no-smtp"), QStringLiteral("--user"), d.mainUser().name,
                QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("--transcript")},
               d.mainUser().password.toUtf8() + '\n');
    CHECK(r.exitCode == 1);
    CHECK(r.json()[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() == QStringLiteral("tls-required"));
    CHECK(r.err.contains("LOGINDISABLED"));
    requireNoPassword(r, d.mainUser().password);
}

TEST_CASE("CLI: connection refused, a listener that never speaks", "[cli]")
{
    const ClosedPort closed;  // bound, never listening, held to the end: no other test can start listening there
    REQUIRE(closed.port() != 0);
    Run r = runCli({QStringLiteral("--imap"), at(closed.port(), QStringLiteral("127.0.0.1")),
                    QStringLiteral("--no-smtp"), QStringLiteral("--user"), QStringLiteral("me"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                   "x\n");
    CHECK(r.exitCode == 1);
    CHECK(r.json()[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() ==
          QStringLiteral("connection-refused"));

    QTcpServer silent;  // the kernel completes the TCP handshake; nobody ever says anything
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    r = runCli({QStringLiteral("--imap"), at(silent.serverPort(), QStringLiteral("127.0.0.1")),
                QStringLiteral("--imap-security"), QStringLiteral("starttls"), QStringLiteral("--no-smtp"),
                QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin"),
                QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")},
               "x\n");
    CHECK(r.exitCode == 1);
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("timeout"));
    CHECK(imap.value(QStringLiteral("stage")).toString() == QStringLiteral("greeting"));
}

TEST_CASE("CLI: DNS failure in a network namespace with only loopback (no query leaves the machine)", "[cli]")
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty() || QProcess::execute(unshare, {QStringLiteral("-rn"), QStringLiteral("true")}) != 0) {
        WARN("unshare -rn is not available here (user namespaces disabled?): DNS failure not checked");
        return;
    }
    const Run r = runCli({QStringLiteral("--imap"), QStringLiteral("imap.example.invalid"), QStringLiteral("--no-smtp"),
                          QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--password-stdin"),
                          QStringLiteral("--json")},
                         "x\n", unshare);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("dns-failure"));
    CHECK(imap.value(QStringLiteral("stage")).toString() == QStringLiteral("resolve"));
}

TEST_CASE("CLI: awkward passwords are accepted and never printed", "[cli][dovecot]")
{
    auto &d = dovecot();
    for (const MailUser &user : d.awkwardUsers()) {
        DYNAMIC_SECTION(user.what.toStdString())
        {
            const Run r = runCli(both(user.name) << QStringLiteral("--transcript"), user.password.toUtf8() + '\n');
            CHECK(r.exitCode == 0);
            requireNoPassword(r, user.password);
        }
    }
}

TEST_CASE("CLI: the provider database's TLS quirk applies to a host typed by hand", "[cli][quirk]")
{
    GnutlsServer server;
    if (!server.start()) {
        WARN(server.error().toStdString() << ": the docomo TLS quirk is not reproduced");
        return;
    }
    const QStringList args{QStringLiteral("--imap"),     at(server.port()),
                           QStringLiteral("--no-smtp"),  QStringLiteral("--user"),
                           QStringLiteral("me"),         QStringLiteral("--ca-file"),
                           TestPki::instance().caFile(), QStringLiteral("--password-stdin"),
                           QStringLiteral("--timeout"),  QStringLiteral("1.5"),
                           QStringLiteral("--json")};
    Run r = runCli(args, "x\n");
    CHECK(r.json()[QStringLiteral("imap")][QStringLiteral("diagnosis")].toString() ==
          QStringLiteral("tls-handshake-failed"));

    // docomo's provider file with imap.spmode.ne.jp renamed to this test server's host name (a quirk is scoped to
    // hosts its provider lists).
    QFile builtIn(sourceDir() + QStringLiteral("/resources/providers/docomo.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    REQUIRE(json.contains("\"quirk\": \"legacy-renegotiation\""));
    REQUIRE(json.contains("\"host\": \"imap.spmode.ne.jp\""));
    json.replace("imap.spmode.ne.jp", "localhost");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile copy(dir.filePath(QStringLiteral("docomo.json")));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(json);
    copy.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("IPW_PROVIDERS_DIR"), dir.path());
    r = runCli(args, "x\n", {}, env);
    INFO(r.out.toStdString() << r.err.toStdString());
    const QJsonObject imap = r.json().value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("stage")).toString() == QStringLiteral("greeting"));  // TLS came up
    CHECK(imap.value(QStringLiteral("diagnosis")).toString() == QStringLiteral("timeout"));
}
