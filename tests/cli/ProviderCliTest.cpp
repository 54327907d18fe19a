// imap-password-check's provider options, run as a user or a script would: the built binary, through QProcess.
// None of these connect anywhere (--list-providers and --show-settings never dial out).
#include "CatchQt.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run run(const QStringList &arguments, const QMap<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"IPW_PROVIDERS_DIR"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IPW_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject server(const QString &host, int port, const QString &security)
{
    return QJsonObject{{u"host"_s, host}, {u"port"_s, port}, {u"security"_s, security}};
}

/// A server object of --show-settings without its login name ("user", checked where it matters).
QJsonObject place(const QJsonValue &value)
{
    QJsonObject o = value.toObject();
    o.remove(u"user"_s);
    return o;
}

QString sample(const QString &name)
{
    return ipw::test::sharedDataDir() + u"/ispdb/"_s + name;
}

QJsonObject builtInJson(const QString &id)
{
    QFile file(ipw::test::sourceDir() + u"/resources/providers/"_s + id + u".json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

}  // namespace

TEST_CASE("list-providers with json prints nested provider objects", "[cli][providers]")
{
    const Run r = run({u"--list-providers"_s, u"--json"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = r.json().array();
    REQUIRE(all.size() == 18);
    for (const QJsonValue &v : all) {
        const QJsonObject p = v.toObject();
        for (const QString &key :
             {u"id"_s, u"name"_s, u"domains"_s, u"imap"_s, u"smtp"_s, u"imapAlternatives"_s, u"smtpAlternatives"_s,
              u"username"_s, u"auth"_s, u"portal"_s, u"steps"_s, u"uncertain"_s}) {
            INFO(p[u"id"_s].toString().toStdString() << " " << key.toStdString());
            REQUIRE(p.contains(key));
        }
        CHECK(p[u"name"_s].toObject().contains(u"ja"_s));
        CHECK(p[u"steps"_s].toObject()[u"ja"_s].isArray());
        CHECK(p[u"imapAlternatives"_s].isArray());
        const QString security = p[u"imap"_s].toObject()[u"security"_s].toString();
        CHECK((security == u"tls"_s || security == u"starttls"_s || security == u"none"_s));
    }
    CHECK(all[0].toObject()[u"id"_s] == u"docomo"_s);
    CHECK(all[0].toObject()[u"imap"_s].toObject() == server(u"imap.spmode.ne.jp"_s, 993, u"tls"_s));
    CHECK(all[0].toObject()[u"username"_s] == u"provider-id"_s);
    CHECK(all[7].toObject()[u"auth"_s].toArray() == QJsonArray{u"oauth2"_s});  // outlook
}

TEST_CASE("list-providers speaks the user's language", "[cli][providers]")
{
    const Run en = run({u"--list-providers"_s});
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains("docomo mail (NTT docomo)"));
    const Run ja = run({u"--list-providers"_s},
                       {{u"LC_ALL"_s, u"ja_JP.UTF-8"_s}, {u"LANG"_s, u"ja_JP.UTF-8"_s}, {u"LANGUAGE"_s, u"ja"_s}});
    REQUIRE(ja.exitCode == 0);
    CHECK(QString::fromUtf8(ja.out).contains(u"ドコモメール（NTTドコモ）"_s));
}

TEST_CASE("show-settings with json for an address", "[cli][providers]")
{
    SECTION("docomo: the login name is the IMAP ID, the TLS quirk is on both hosts")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"Taro@DoCoMo.ne.jp."_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s] == u"docomo"_s);
        CHECK(o[u"user"_s].isNull());
        CHECK(place(o[u"imap"_s]) == server(u"imap.spmode.ne.jp"_s, 993, u"tls"_s));
        CHECK(place(o[u"smtp"_s]) == server(u"smtp.spmode.ne.jp"_s, 465, u"tls"_s));
        CHECK(o[u"tlsQuirks"_s].toObject()[u"imap"_s].toArray() == QJsonArray{u"legacy-renegotiation"_s});
        CHECK(o[u"tlsQuirks"_s].toObject()[u"smtp"_s].toArray() == QJsonArray{u"legacy-renegotiation"_s});
        CHECK(o[u"uncertain"_s].toArray().contains(u"username"_s));
        CHECK(o[u"auth"_s].toArray() == QJsonArray{u"provider-password"_s});
    }
    SECTION("Outlook.com: OAuth2 only, said in both forms")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@hotmail.co.jp"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().object()[u"auth"_s].toArray() == QJsonArray{u"oauth2"_s});
        const Run text = run({u"--show-settings"_s, u"--email"_s, u"taro@outlook.jp"_s});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains("OAuth2 sign-in only"));
        const Run ja = run({u"--show-settings"_s, u"--email"_s, u"taro@outlook.jp"_s},
                           {{u"LC_ALL"_s, u"ja_JP.UTF-8"_s}, {u"LANG"_s, u"ja_JP.UTF-8"_s}, {u"LANGUAGE"_s, u"ja"_s}});
        REQUIRE(ja.exitCode == 0);
        CHECK(QString::fromUtf8(ja.out).contains(u"OAuth2 でのサインインのみ"_s));
    }
    SECTION("Gmail: the full address, as typed, without the trailing dot")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"Taro@Gmail.com."_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s] == u"gmail"_s);
        CHECK(o[u"user"_s] == u"Taro@Gmail.com"_s);
        CHECK(place(o[u"imap"_s]) == server(u"imap.gmail.com"_s, 993, u"tls"_s));
        CHECK(o[u"tlsQuirks"_s].toObject()[u"imap"_s].toArray().isEmpty());
    }
    SECTION("SoftBank: the local part")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@i.softbank.jp"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().object()[u"user"_s] == u"taro"_s);
    }
    SECTION("iCloud: IMAP logs in with the name before the @, SMTP with the full address")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"Taro@iCloud.com"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"user"_s] == u"Taro"_s);  // the top-level user stays the IMAP login
        CHECK(o[u"imap"_s].toObject()[u"user"_s] == u"Taro"_s);
        CHECK(o[u"smtp"_s].toObject()[u"user"_s] == u"Taro@iCloud.com"_s);
        const Run text = run({u"--show-settings"_s, u"--email"_s, u"taro@me.com"_s});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains("Login name: taro\n"));
        CHECK(text.out.contains("Login name for sending (SMTP): taro@me.com"));

        const Run typed = run(
            {u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@icloud.com"_s, u"--user"_s, u"taro@icloud.com"_s});
        REQUIRE(typed.exitCode == 0);  // the full address for IMAP too: one name for both
        CHECK(typed.json().object()[u"imap"_s].toObject()[u"user"_s] == u"taro@icloud.com"_s);
        CHECK(typed.json().object()[u"smtp"_s].toObject()[u"user"_s] == u"taro@icloud.com"_s);
        CHECK_FALSE(run({u"--show-settings"_s, u"--email"_s, u"taro@icloud.com"_s, u"--user"_s, u"taro@icloud.com"_s})
                        .out.contains("(SMTP)"));
    }
    SECTION("--smtp-user gives SMTP its own login; other providers log in with one name")
    {
        const Run r =
            run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@gmail.com"_s, u"--smtp-user"_s, u"sender"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().object()[u"imap"_s].toObject()[u"user"_s] == u"taro@gmail.com"_s);
        CHECK(r.json().object()[u"smtp"_s].toObject()[u"user"_s] == u"sender"_s);
        const Run same = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@gmail.com"_s});
        CHECK(same.json().object()[u"smtp"_s].toObject()[u"user"_s] == u"taro@gmail.com"_s);
    }
    SECTION("goo: the service ended; the notice instead of servers, and a check is refused")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@goo.jp"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s] == u"goo"_s);
        CHECK(o[u"imap"_s].isNull());
        CHECK(o[u"smtp"_s].isNull());
        CHECK(o[u"notice"_s].toObject()[u"ja"_s].toString().contains(u"終了"_s));
        CHECK(o[u"notice"_s].toObject()[u"en"_s].toString().contains(u"ended"_s));
        const Run gmail = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@gmail.com"_s});
        CHECK(gmail.json().object()[u"notice"_s].isNull());

        const Run check = run({u"--email"_s, u"taro@mail.goo.ne.jp"_s, u"--password-stdin"_s});
        CHECK(check.exitCode == 2);
        CHECK(check.err.contains(u"goo mail ended"_s));
    }
    SECTION("SoftBank's MMS address: recognised, no IMAP, pointing to @i.softbank.jp")
    {
        // Shown with its notice instead of servers; a check is refused with it.
        const QJsonObject o =
            run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@softbank.ne.jp"_s}).json().object();
        CHECK((o[u"provider"_s] == u"softbank-mms"_s && o[u"imap"_s].isNull()));
        CHECK(o[u"notice"_s].toObject()[u"en"_s].toString().contains(u"@i.softbank.jp"_s));
        const Run refused = run({u"--email"_s, u"taro@softbank.ne.jp"_s, u"--password-stdin"_s});
        CHECK((refused.exitCode == 2 && refused.err.contains(u"@i.softbank.jp"_s)));
    }
    SECTION("the entry an address matched, a subdomain said so, and the status page")
    {
        const Run sub = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@ab.so-net.ne.jp"_s});
        REQUIRE(sub.exitCode == 0);
        QJsonObject o = sub.json().object();
        CHECK(o[u"provider"_s] == u"so-net"_s);
        CHECK(o[u"matchedDomain"_s] == u"so-net.ne.jp"_s);
        CHECK(o[u"viaSubdomain"_s] == true);
        const Run text = run({u"--show-settings"_s, u"--email"_s, u"taro@ab.so-net.ne.jp"_s, u"--lang"_s, u"en"_s});
        CHECK(text.out.contains("Matched by: so-net.ne.jp (the address is at a subdomain of it"));

        const Run gmail = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@gmail.com"_s});
        o = gmail.json().object();
        CHECK(o[u"matchedDomain"_s] == u"gmail.com"_s);
        CHECK(o[u"viaSubdomain"_s] == false);
        CHECK(o[u"statusPage"_s].toObject()[u"url"_s] == u"https://www.google.com/appsstatus/dashboard/"_s);
        CHECK(run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@docomo.ne.jp"_s})
                  .json()
                  .object()[u"statusPage"_s]
                  .isNull());
        const Run byId = run({u"--show-settings"_s, u"--json"_s, u"--provider"_s, u"gmail"_s});
        CHECK(byId.json().object()[u"matchedDomain"_s].isNull());  // no address, nothing matched
        CHECK(run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@ocn.ad.jp"_s}).exitCode == 2);
    }
    SECTION("au: no server is guessed")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@au.com"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s] == u"au"_s);
        CHECK(o[u"imap"_s].isNull());
        CHECK(o[u"smtp"_s].isNull());
        CHECK(o[u"uncertain"_s].toArray().contains(u"imap.host"_s));
    }
    SECTION("au business, Y!mobile and UQ mobile: recognised, unconfirmed, no server guessed")
    {
        const struct {
            QString address, provider, domain;
        } cases[] = {{u"x@uqmobile.jp"_s, u"uqmobile"_s, u"uqmobile.jp"_s},
                     {u"x@ymobile.ne.jp"_s, u"ymobile"_s, u"ymobile.ne.jp"_s},
                     {u"x@yahoo.ne.jp"_s, u"ymobile"_s, u"yahoo.ne.jp"_s},
                     {u"x@biz.au.com"_s, u"au-biz"_s, u"biz.au.com"_s},
                     {u"x@company.biz.ezweb.ne.jp"_s, u"au-biz"_s, u"biz.ezweb.ne.jp"_s}};
        for (const auto &c : cases) {
            INFO(c.address.toStdString());
            const Run r = run({u"--show-settings"_s, u"--json"_s, u"--email"_s, c.address});
            REQUIRE(r.exitCode == 0);
            const QJsonObject o = r.json().object();
            CHECK(o[u"provider"_s] == c.provider);
            CHECK(o[u"matchedDomain"_s] == c.domain);
            CHECK(o[u"imap"_s].isNull());
            CHECK(o[u"smtp"_s].isNull());
            CHECK(o[u"notice"_s].isNull());  // no source says their mail is not IMAP
            CHECK(o[u"uncertain"_s].toArray().contains(u"imap.host"_s));
        }
        const Run text = run({u"--show-settings"_s, u"--email"_s, u"x@uqmobile.jp"_s, u"--lang"_s, u"en"_s});
        CHECK(text.out.contains("UQ mobile mail (@uqmobile.jp; unconfirmed)"));
    }
}

TEST_CASE("explicit imap, smtp and user options override the provider", "[cli][providers]")
{
    const Run r =
        run({u"--show-settings"_s, u"--json"_s, u"--provider"_s, u"docomo"_s, u"--imap"_s, u"127.0.0.1:10143"_s,
             u"--imap-security"_s, u"starttls"_s, u"--smtp"_s, u"127.0.0.1:10587"_s, u"--user"_s, u"bob"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o[u"provider"_s] == u"docomo"_s);
    CHECK(o[u"user"_s] == u"bob"_s);
    CHECK(place(o[u"imap"_s]) == server(u"127.0.0.1"_s, 10143, u"starttls"_s));
    CHECK(place(o[u"smtp"_s]) == server(u"127.0.0.1"_s, 10587, u"tls"_s));
    CHECK(o[u"tlsQuirks"_s].toObject()[u"imap"_s].toArray().isEmpty());  // the quirk belongs to docomo's host
    CHECK_FALSE(o[u"uncertain"_s].toArray().contains(u"username"_s));

    SECTION("a hand-typed docomo host keeps its quirk, and a port implies its security")
    {
        const Run typed = run({u"--show-settings"_s, u"--json"_s, u"--imap"_s, u"IMAP.SPMODE.NE.JP"_s, u"--smtp"_s,
                               u"smtp.example.jp:587"_s, u"--user"_s, u"x"_s});
        REQUIRE(typed.exitCode == 0);
        const QJsonObject t = typed.json().object();
        CHECK(t[u"provider"_s].isNull());
        CHECK(place(t[u"imap"_s]) == server(u"imap.spmode.ne.jp"_s, 993, u"tls"_s));
        CHECK(place(t[u"smtp"_s]) == server(u"smtp.example.jp"_s, 587, u"starttls"_s));
        CHECK(t[u"tlsQuirks"_s].toObject()[u"imap"_s].toArray() == QJsonArray{u"legacy-renegotiation"_s});
    }
}

TEST_CASE("provider-file takes our files and Thunderbird clientConfig files", "[cli][providers]")
{
    SECTION("clientConfig: servers and the login-name template")
    {
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--provider-file"_s, sample(u"mopera.net.xml"_s),
                           u"--email"_s, u"taro@mopera.net"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s] == u"mopera.net"_s);
        CHECK(o[u"user"_s] == u"taro"_s);
        CHECK(place(o[u"imap"_s]) == server(u"mail.mopera.net"_s, 993, u"tls"_s));
    }
    SECTION("a clientConfig with POP only says there is no IMAP server")
    {
        const Run r = run({u"--show-settings"_s, u"--provider-file"_s, sample(u"yahoo.co.jp.xml"_s)});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"yahoo.co.jp.xml"_s));
        CHECK(r.err.contains(u"IMAP"_s));
        CHECK(r.out.isEmpty());
    }
    SECTION("one of our files, pointing at loopback")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QJsonObject lab = builtInJson(u"softbank"_s);
        lab[u"imap"_s] = server(u"127.0.0.1"_s, 10993, u"tls"_s);
        writeJson(dir.filePath(u"softbank.json"_s), lab);
        const Run r = run({u"--show-settings"_s, u"--json"_s, u"--provider-file"_s, dir.filePath(u"softbank.json"_s),
                           u"--email"_s, u"taro@i.softbank.jp"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(place(r.json().object()[u"imap"_s]) == server(u"127.0.0.1"_s, 10993, u"tls"_s));
        CHECK(r.json().object()[u"user"_s] == u"taro"_s);
    }
}

TEST_CASE("a providers folder points a provider at loopback", "[cli][providers]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QJsonObject gmail = builtInJson(u"gmail"_s);
    gmail[u"imap"_s] = server(u"127.0.0.1"_s, 10993, u"tls"_s);
    gmail[u"smtp"_s] = server(u"127.0.0.1"_s, 10465, u"tls"_s);
    gmail[u"smtpAlternatives"_s] = QJsonArray();
    writeJson(dir.filePath(u"gmail.json"_s), gmail);

    const QStringList args = {u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@gmail.com"_s};
    SECTION("--providers-dir")
    {
        const Run r = run(args + QStringList{u"--providers-dir"_s, dir.path()});
        REQUIRE(r.exitCode == 0);
        CHECK(place(r.json().object()[u"imap"_s]) == server(u"127.0.0.1"_s, 10993, u"tls"_s));
    }
    SECTION("IPW_PROVIDERS_DIR")
    {
        const Run r = run(args, {{u"IPW_PROVIDERS_DIR"_s, dir.path()}});
        REQUIRE(r.exitCode == 0);
        CHECK(place(r.json().object()[u"smtp"_s]) == server(u"127.0.0.1"_s, 10465, u"tls"_s));
    }
    SECTION("a broken file there is named with its field")
    {
        gmail[u"imap"_s] = server(u"127.0.0.1"_s, 0, u"tls"_s);
        writeJson(dir.filePath(u"gmail.json"_s), gmail);
        const Run r = run(args, {{u"IPW_PROVIDERS_DIR"_s, dir.path()}});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(dir.filePath(u"gmail.json"_s)));
        CHECK(r.err.contains(u"imap.port"_s));
    }
}

TEST_CASE("bad input gets a clear error and exit code 2", "[cli][providers]")
{
    const Run unknown = run({u"--show-settings"_s, u"--provider"_s, u"nope"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"nope"_s));
    const Run domain = run({u"--show-settings"_s, u"--email"_s, u"taro@example.org"_s});
    CHECK(domain.exitCode == 2);
    CHECK(domain.err.contains(u"example.org"_s));
    const Run notAddress = run({u"--show-settings"_s, u"--email"_s, u"taro"_s});
    CHECK(notAddress.exitCode == 2);
    const Run security =
        run({u"--show-settings"_s, u"--imap"_s, u"imap.example.jp"_s, u"--imap-security"_s, u"sslv3"_s});
    CHECK(security.exitCode == 2);
    CHECK(security.err.contains(u"sslv3"_s));
    const Run host = run({u"--show-settings"_s, u"--imap"_s, u"imap example:99999"_s});
    CHECK(host.exitCode == 2);

    SECTION("an unknown domain with a server typed by hand is fine")
    {
        const Run r =
            run({u"--show-settings"_s, u"--json"_s, u"--email"_s, u"taro@example.org"_s, u"--imap"_s, u"localhost"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o[u"provider"_s].isNull());
        CHECK(o[u"user"_s] == u"taro@example.org"_s);
        CHECK(place(o[u"imap"_s]) == server(u"localhost"_s, 993, u"tls"_s));
        CHECK(o[u"smtp"_s].isNull());
    }
}
