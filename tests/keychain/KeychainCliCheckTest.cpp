// A full CLI run: check against the test Dovecot, save, list, check again with the saved account, forget, with
// the private Secret Service; then no password in any file the product wrote, nor in its output.

#include "CatchQt.h"
#include "DovecotFixture.h"
#include "SecretSearch.h"
#include "SecretServiceFixture.h"
#include "TestPki.h"
#include "accounts/AccountStore.h"
#include "accounts/AccountsFile.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;
using ipw::test::DovecotFixture;
using ipw::test::filesContaining;
using ipw::test::SecretServiceFixture;

namespace {
struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IPW_CLI_BINARY), args);
    REQUIRE(process.waitForStarted(10000));
    process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

TEST_CASE("check and save, list, use the saved account, forget: no password anywhere", "[keychain][cli][dovecot]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    auto &dovecot = DovecotFixture::instance();
    INFO(dovecot.error().toStdString());
    REQUIRE(dovecot.ok());
    const auto user = dovecot.mainUser();
    const QString address = u"saved@example.test"_s;
    const QStringList server{u"--imap"_s,          u"127.0.0.1:%1"_s.arg(dovecot.imapsPort()),
                             u"--imap-security"_s, u"tls"_s,
                             u"--no-smtp"_s,       u"--ca-file"_s,
                             dovecot.caFile()};
    QStringList outputs;

    // A check that fails never saves.
    const Run wrong =
        runCli(server + QStringList{u"--user"_s, user.name, u"--password-stdin"_s, u"--email"_s, address, u"--save"_s},
               "not-the-password\n");
    CHECK(wrong.exitCode == 1);
    CHECK(runCli({u"--list-saved"_s}).out.contains(u"No saved accounts."_s));

    const Run save =
        runCli(server + QStringList{u"--user"_s, user.name, u"--password-stdin"_s, u"--email"_s, address, u"--save"_s},
               user.password.toUtf8() + '\n');
    INFO(save.out.toStdString() << save.err.toStdString());
    REQUIRE(save.exitCode == 0);
    CHECK(save.out.contains(address));

    const Run list = runCli({u"--list-saved"_s, u"--json"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(address));

    // Checked again with the stored settings and password (the CA file still applies), no password on stdin. The
    // account was saved without SMTP, so SMTP is left out without being asked for.
    const Run again = runCli({u"--use-saved"_s, address, u"--ca-file"_s, dovecot.caFile()});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);

    for (const Run &run : {wrong, save, list, again})
        outputs << run.out << run.err;
    CHECK_FALSE(outputs.join(u'\n').contains(user.password));
    CHECK(filesContaining(secrets.rootDir(), user.password).isEmpty());
    CHECK(filesContaining(secrets.rootDir(), address).size() >= 1);  // the search does find the accounts file

    const Run forget = runCli({u"--forget"_s, address});
    CHECK(forget.exitCode == 0);
    const Run afterForget = runCli({u"--use-saved"_s, address});
    CHECK(afterForget.exitCode == 1);
}

TEST_CASE("a bare --trust-cert with --save: the pin is saved for the server that presented it alone",
          "[keychain][cli][dovecot][trust]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    // IMAP on a Dovecot with a self-signed certificate (pinned), SMTP on one with a CA-signed certificate (the CA
    // file): two endpoints, two certificates.
    auto &selfSigned = DovecotFixture::instance(DovecotFixture::Certificate::SelfSigned);
    auto &valid = DovecotFixture::instance();
    INFO(selfSigned.error().toStdString() << valid.error().toStdString());
    REQUIRE(selfSigned.ok());
    REQUIRE(valid.ok());
    const QByteArray pinned = ipw::test::TestPki::instance().selfSigned().sha256().toHex();
    const QString address = u"pinned@example.test"_s;
    const QString imap = u"127.0.0.1:%1"_s.arg(selfSigned.imapsPort());
    const Run save =
        runCli({u"--imap"_s, imap, u"--smtp"_s, u"127.0.0.1:%1"_s.arg(valid.submissionsPort()), u"--ca-file"_s,
                valid.caFile(), u"--trust-cert"_s, QString::fromLatin1(pinned), u"--user"_s, valid.mainUser().name,
                u"--password-stdin"_s, u"--email"_s, address, u"--save"_s},
               valid.mainUser().password.toUtf8() + '\n');
    INFO(save.out.toStdString() << save.err.toStdString());
    REQUIRE(save.exitCode == 0);

    const ipw::AccountsFile::Loaded loaded = ipw::AccountsFile::load(ipw::AccountStore::defaultFilePath());
    REQUIRE_FALSE(loaded.error);
    const auto it = std::find_if(loaded.accounts.cbegin(), loaded.accounts.cend(),
                                 [&](const ipw::SavedAccount &a) { return a.address == address; });
    REQUIRE(it != loaded.accounts.cend());
    const QList<ipw::CertificatePins::Entry> pins = it->pinnedCertificates.entries();
    REQUIRE(pins.size() == 1);
    CHECK(pins.first().where.toString() == imap);
    CHECK(pins.first().sha256 == pinned);
    CHECK(runCli({u"--forget"_s, address}).exitCode == 0);
}
