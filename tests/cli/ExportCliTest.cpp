// imap-password-check --export as users and scripts run it: the real binary (QProcess). The files are read back by
// real parsers: plistutil for the profile, our clientConfig import, poppler's pdftotext and pdffonts for the PDF.
// No server is contacted, no keychain is read (the session bus points nowhere in these runs).
#include "CatchQt.h"
#include "PlistReader.h"
#include "ToolOutput.h"
#include "accounts/AccountsFile.h"
#include "providers/ClientConfig.h"

#include <QDateTime>
#include <QDir>
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
    QByteArray err;
};

// Each run gets its own data folder (the saved accounts) and a session bus that does not exist: an export that
// touched the keychain would fail.
Run runCli(const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"XDG_DATA_HOME"_s, dataHome);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ipw-no-bus"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IPW_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

TEST_CASE("CLI export: a Gmail address as a profile on standard output, read back by plistutil", "[cli][handoff]")
{
    QTemporaryDir data;
    const Run r = runCli({u"--email"_s, u"taro@gmail.com"_s, u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s},
                         data.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString why;
    const auto canonical = ipw::test::roundTripThroughPlistutil(r.out, &why);
    INFO(why.toStdString());
    REQUIRE(canonical);
    const QVariantMap top = ipw::test::readPlist(*canonical, &why).toMap();
    CHECK(top.value(u"PayloadType"_s) == u"Configuration"_s);
    const QVariantMap mail = top.value(u"PayloadContent"_s).toList().value(0).toMap();
    CHECK(mail.value(u"PayloadType"_s) == u"com.apple.mail.managed"_s);
    CHECK(mail.value(u"EmailAddress"_s) == u"taro@gmail.com"_s);
    CHECK(mail.value(u"IncomingMailServerHostName"_s) == u"imap.gmail.com"_s);
    CHECK(mail.value(u"IncomingMailServerPortNumber"_s) == 993);
    CHECK(mail.value(u"OutgoingMailServerHostName"_s) == u"smtp.gmail.com"_s);
    CHECK(mail.value(u"OutgoingMailServerPortNumber"_s) == 465);
    CHECK(mail.value(u"OutgoingMailServerUseSSL"_s) == true);
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == u"taro@gmail.com"_s);
    // The words for a person go to stderr: not signed, no password inside.
    CHECK(r.err.contains("Not Signed"));
    CHECK(r.err.contains("no password"));
}

TEST_CASE("CLI export: iCloud's SMTP login is the full address, and --smtp-user sets one of its own", "[cli][handoff]")
{
    QTemporaryDir data;
    const auto profileOf = [&](const QStringList &extra) {
        const Run r = runCli(QStringList{u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s} + extra, data.path());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QString why;
        const auto canonical = ipw::test::roundTripThroughPlistutil(r.out, &why);
        INFO(why.toStdString());
        REQUIRE(canonical);
        return ipw::test::readPlist(*canonical, &why).toMap().value(u"PayloadContent"_s).toList().value(0).toMap();
    };
    const QVariantMap icloud = profileOf({u"--email"_s, u"taro@icloud.com"_s});
    CHECK(icloud.value(u"IncomingMailServerUsername"_s) == u"taro"_s);
    CHECK(icloud.value(u"OutgoingMailServerUsername"_s) == u"taro@icloud.com"_s);
    // The issue asks for it only where the logins match: iOS then asks for the (same) app password twice.
    CHECK(icloud.value(u"OutgoingPasswordSameAsIncomingPassword"_s) == false);

    const QVariantMap typed = profileOf({u"--email"_s, u"taro@gmail.com"_s, u"--smtp-user"_s, u"sender"_s});
    CHECK(typed.value(u"IncomingMailServerUsername"_s) == u"taro@gmail.com"_s);
    CHECK(typed.value(u"OutgoingMailServerUsername"_s) == u"sender"_s);

    const Run goo =
        runCli({u"--email"_s, u"taro@goo.jp"_s, u"--export"_s, u"clientconfig"_s, u"--output"_s, u"-"_s}, data.path());
    CHECK(goo.exitCode == 2);
    CHECK(goo.err.contains("goo mail ended"));
}

TEST_CASE("CLI export: typed servers as a clientConfig file that imports back to the same settings", "[cli][handoff]")
{
    QTemporaryDir data;
    const QString file = data.filePath(u"settings.xml"_s);
    const Run r = runCli({u"--email"_s, u"hanako@example.test"_s, u"--imap"_s, u"mail.example.test:143"_s, u"--smtp"_s,
                          u"mail.example.test:587"_s, u"--user"_s, u"hanako"_s, u"--export"_s, u"clientconfig"_s,
                          u"--output"_s, file},
                         data.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    ipw::ProviderFileError error;
    const auto back = ipw::ClientConfig::fromXml(ipw::test::fileBytes(file), file, &error);
    REQUIRE(back);
    CHECK(ipw::ServerAddress(back->imap.value(0).server) ==
          ipw::ServerAddress{u"mail.example.test"_s, 143, ipw::Security::StartTls});
    CHECK(ipw::ServerAddress(back->smtp.value(0).server) ==
          ipw::ServerAddress{u"mail.example.test"_s, 587, ipw::Security::StartTls});
    CHECK(ipw::expandUsernameTemplate(back->imap.value(0).usernameTemplate, u"hanako@example.test"_s) == u"hanako"_s);

    // And --provider-file takes it back: --show-settings resolves the same servers and login.
    const Run shown =
        runCli({u"--provider-file"_s, file, u"--email"_s, u"hanako@example.test"_s, u"--show-settings"_s, u"--json"_s},
               data.path());
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject j = QJsonDocument::fromJson(shown.out).object();
    CHECK(j.value(u"imap"_s).toObject().value(u"host"_s) == u"mail.example.test"_s);
    CHECK(j.value(u"imap"_s).toObject().value(u"port"_s) == 143);
    CHECK(j.value(u"smtp"_s).toObject().value(u"port"_s) == 587);
    CHECK(j.value(u"user"_s) == u"hanako"_s);
}

TEST_CASE("CLI export: the PDF holds every device's section with the servers, in Japanese and English",
          "[cli][handoff]")
{
    QTemporaryDir data;
    for (const QString &lang : {u"ja"_s, u"en"_s}) {
        const QString file = data.filePath(u"sheet-%1.pdf"_s.arg(lang));
        const Run r = runCli({u"--lang"_s, lang, u"--email"_s, u"taro@docomo.ne.jp"_s, u"--user"_s, u"taroIMAPid"_s,
                              u"--export"_s, u"pdf"_s, u"--output"_s, file},
                             data.path());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(ipw::test::fileBytes(file).startsWith("%PDF-"));
        const QString text = ipw::test::toolOutput(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
        INFO(text.toStdString());
        CHECK(text.contains(u"imap.spmode.ne.jp"_s));
        CHECK(text.contains(u"smtp.spmode.ne.jp"_s));
        CHECK(text.contains(u"taroIMAPid"_s));
        CHECK(text.contains(u"Thunderbird"_s));
        CHECK(text.contains(u"Outlook"_s));
        CHECK(text.contains(u"iPhone"_s));
        CHECK(text.contains(u"Android"_s));
        if (lang == u"ja") {
            CHECK(text.contains(u"受信メールサーバー"_s));
            CHECK(text.contains(u"パスワード"_s));
        } else {
            CHECK(text.contains(u"Incoming mail server"_s));
        }
        // Every font the PDF uses is embedded (the Japanese one too): it prints the same on any machine.
        const QString fonts = ipw::test::toolOutput(u"pdffonts"_s, {file});
        INFO(fonts.toStdString());
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        REQUIRE_FALSE(rows.isEmpty());
        for (const QString &row : rows)
            CHECK(row.contains(u" yes "_s));
        if (lang == u"ja")
            CHECK(fonts.contains(u"CJK"_s));
    }
}

TEST_CASE("CLI export: no IMAP server, a bad format or an unwritable file is exit 2 with the reason", "[cli][handoff]")
{
    QTemporaryDir data;
    // au's servers are uncertain: the provider file has no IMAP host.
    Run r =
        runCli({u"--email"_s, u"taro@au.com"_s, u"--export"_s, u"clientconfig"_s, u"--output"_s, u"-"_s}, data.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("IMAP"));
    CHECK(r.out.isEmpty());
    // No provider for the domain and no --imap.
    r = runCli({u"--email"_s, u"taro@unknown.example"_s, u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s},
               data.path());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    r = runCli({u"--email"_s, u"taro@gmail.com"_s, u"--export"_s, u"vcard"_s, u"--output"_s, u"-"_s}, data.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("vcard"));
    r = runCli({u"--email"_s, u"taro@gmail.com"_s, u"--export"_s, u"pdf"_s, u"--output"_s, u"-"_s}, data.path());
    CHECK(r.exitCode == 2);
    r = runCli({u"--email"_s, u"taro@gmail.com"_s, u"--export"_s, u"mobileconfig"_s}, data.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--output"));

    const QString unwritable = data.filePath(u"no-such-folder/profile.mobileconfig"_s);
    r = runCli({u"--email"_s, u"taro@gmail.com"_s, u"--export"_s, u"mobileconfig"_s, u"--output"_s, unwritable},
               data.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(unwritable.toUtf8()));
    CHECK_FALSE(QFile::exists(unwritable));
}

TEST_CASE("CLI export: --use-saved exports a saved account's settings without the keychain", "[cli][handoff]")
{
    QTemporaryDir data;
    QDir().mkpath(data.filePath(u"imap-password-wizard"_s));
    ipw::SavedAccount account;
    account.address = u"alice@example.test"_s;
    account.loginName = u"alice"_s;
    account.imap = ipw::ServerAddress{u"imap.example.test"_s, 993, ipw::Security::ImplicitTls};
    account.smtp = ipw::ServerAddress{u"smtp.example.test"_s, 465, ipw::Security::ImplicitTls};
    account.lastVerified = QDateTime::currentDateTimeUtc();
    QFile file(data.filePath(u"imap-password-wizard/accounts.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(ipw::AccountsFile::serialize({account}));
    file.close();

    Run r = runCli({u"--use-saved"_s, u"Alice@Example.test"_s, u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s},
                   data.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString why;
    const auto canonical = ipw::test::roundTripThroughPlistutil(r.out, &why);
    REQUIRE(canonical);
    const QVariantMap mail =
        ipw::test::readPlist(*canonical, &why).toMap().value(u"PayloadContent"_s).toList().value(0).toMap();
    CHECK(mail.value(u"IncomingMailServerHostName"_s) == u"imap.example.test"_s);
    CHECK(mail.value(u"IncomingMailServerUsername"_s) == u"alice"_s);
    CHECK(mail.value(u"OutgoingMailServerPortNumber"_s) == 465);

    r = runCli({u"--use-saved"_s, u"bob@example.test"_s, u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s},
               data.path());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
}

TEST_CASE("CLI export: --help names --export and --output", "[cli][handoff]")
{
    QTemporaryDir data;
    const Run r = runCli({u"--help"_s}, data.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("--export <mobileconfig|clientconfig|pdf>"));
    CHECK(r.out.contains("--output <FILE>"));
}
