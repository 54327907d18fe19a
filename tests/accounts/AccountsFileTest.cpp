// The accounts file on its own: format, damaged files, and atomic replacement when a writer dies mid-write.

#include "accounts/AccountsFile.h"
#include "AccountSamples.h"
#include "CatchQt.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <csignal>

using namespace Qt::StringLiterals;
using ipw::AccountsError;
using ipw::AccountsFile;

TEST_CASE("accounts file round trip", "[accounts][file]")
{
    auto alice = ipw::test::sampleAccount(u"alice@example.test"_s);
    alice.lastVerified = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    auto bob = ipw::test::sampleAccount(u"bob@example.test"_s);
    bob.smtp.reset();
    bob.pinnedCertificates.clear();
    bob.lastVerified = alice.lastVerified;

    const auto loaded = AccountsFile::parse(AccountsFile::serialize({alice, bob}));
    REQUIRE_FALSE(loaded.error);
    REQUIRE(loaded.accounts.size() == 2);
    CHECK(loaded.accounts.at(0) == alice);
    CHECK(loaded.accounts.at(1) == bob);
}

TEST_CASE("an SMTP login of its own round-trips, and without one the file has no smtpLogin", "[accounts][file]")
{
    auto erin = ipw::test::sampleAccount(u"erin@icloud.com"_s);
    erin.loginName = u"erin"_s;
    erin.smtpLogin = u"erin@icloud.com"_s;
    erin.lastVerified = QDateTime(QDate(2026, 12, 2), QTime(6, 0), Qt::UTC);
    const QByteArray bytes = AccountsFile::serialize({erin});
    CHECK(bytes.contains("\"smtpLogin\": \"erin@icloud.com\""));
    const auto loaded = AccountsFile::parse(bytes);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.accounts.at(0) == erin);
    CHECK(loaded.accounts.at(0).smtpLoginName() == u"erin@icloud.com"_s);

    auto same = erin;
    same.smtpLogin.reset();
    const QByteArray plain = AccountsFile::serialize({same});
    CHECK_FALSE(plain.contains("smtpLogin"));  // files of older versions look the same
    CHECK(AccountsFile::parse(plain).accounts.at(0).smtpLoginName() == u"erin"_s);

    QByteArray broken = bytes;
    broken.replace("\"smtpLogin\": \"erin@icloud.com\"", "\"smtpLogin\": 7");
    const auto damaged = AccountsFile::parse(broken);
    REQUIRE(damaged.error);
    CHECK(damaged.details.contains(u"smtpLogin"_s));
}

TEST_CASE("an OAuth account round-trips, and a file without \"oauth\" is a password account", "[accounts][file]")
{
    const auto carol = ipw::test::sampleOAuthAccount(u"carol@example.test"_s);
    const QByteArray bytes = AccountsFile::serialize({carol});
    CHECK(bytes.contains("\"oauth\""));
    CHECK(bytes.contains("\"clientId\": \"ipw-test-client\""));
    const auto loaded = AccountsFile::parse(bytes);
    REQUIRE_FALSE(loaded.error);
    REQUIRE(loaded.accounts.size() == 1);
    CHECK(loaded.accounts.at(0) == carol);

    const auto plain = AccountsFile::parse(AccountsFile::serialize({ipw::test::sampleAccount(u"dan@example.test"_s)}));
    REQUIRE_FALSE(plain.error);
    CHECK_FALSE(plain.accounts.at(0).oauth);

    QByteArray broken = bytes;
    broken.replace("\"scopes\": [", "\"scopes\": 7, \"x\": [");
    const auto damaged = AccountsFile::parse(broken);
    REQUIRE(damaged.error);
    CHECK(damaged.details.contains(u"oauth"_s));
}

TEST_CASE("where discovery found the servers round-trips and files without it read as before", "[accounts][file]")
{
    auto frank = ipw::test::sampleAccount(u"frank@srv.example.test"_s);
    frank.providerId.clear();
    frank.discovery = ipw::SavedDiscovery{ipw::DiscoverySource::Srv, u"_imaps._tcp.srv.example.test"_s,
                                          QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC)};
    const QByteArray bytes = AccountsFile::serialize({frank});
    const QJsonObject written = QJsonDocument::fromJson(bytes).object().value(u"accounts"_s).toArray().at(0).toObject();
    CHECK(written.value(u"discovery"_s).toObject() == QJsonObject{{u"source"_s, u"srv"_s},
                                                                  {u"detail"_s, u"_imaps._tcp.srv.example.test"_s},
                                                                  {u"foundAt"_s, u"2026-12-03T09:15:00Z"_s}});
    CHECK(QJsonDocument::fromJson(bytes).object().value(u"version"_s).toInt() == 1);
    const auto loaded = AccountsFile::parse(bytes);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.accounts.at(0) == frank);
    CHECK(loaded.accounts.at(0).discovery->source == ipw::DiscoverySource::Srv);

    // A file as the versions before issue 15's "Remember" wrote it: no "discovery", the account loads without one.
    const QByteArray before = R"({"format": "imap-password-wizard-accounts", "version": 1, "accounts": [
        {"address": "gina@example.test", "provider": "", "login": "gina@example.test",
         "imap": {"host": "imap.example.test", "port": 993, "security": "tls"},
         "lastVerified": "2026-11-29T06:00:00Z", "pinnedCertificates": []}]})";
    const auto old = AccountsFile::parse(before);
    REQUIRE_FALSE(old.error);
    REQUIRE(old.accounts.size() == 1);
    CHECK_FALSE(old.accounts.at(0).discovery);
    // And one written without discovery has no "discovery" member (the file looks as it did).
    CHECK_FALSE(AccountsFile::serialize(old.accounts).contains("discovery"));

    // A source a newer version knows: the record is left out, the account is kept.
    const auto newer = AccountsFile::parse(QByteArray(bytes).replace("\"srv\"", "\"carrier-pigeon\""));
    REQUIRE_FALSE(newer.error);
    REQUIRE(newer.accounts.size() == 1);
    CHECK_FALSE(newer.accounts.at(0).discovery);
    // A damaged record is a damaged file, like any other field.
    for (const auto &[from, to] : {std::pair<QByteArray, QByteArray>{"\"2026-12-03T09:15:00Z\"", "\"yesterday\""},
                                   {"\"source\": \"srv\"", "\"source\": 4"},
                                   {"\"detail\": \"_imaps._tcp.srv.example.test\"", "\"detail\": []"}}) {
        INFO(to.toStdString());
        const auto damaged = AccountsFile::parse(QByteArray(bytes).replace(from, to));
        REQUIRE(damaged.error);
        CHECK(*damaged.error == AccountsError::FileCorrupt);
        CHECK(damaged.details.contains(u"discovery"_s));
    }
    QJsonObject notAnObject = written;
    notAnObject.insert(u"discovery"_s, u"srv"_s);
    const QJsonObject root{
        {u"format"_s, u"imap-password-wizard-accounts"_s}, {u"version"_s, 1}, {u"accounts"_s, QJsonArray{notAnObject}}};
    const auto damaged = AccountsFile::parse(QJsonDocument(root).toJson());
    REQUIRE(damaged.error);
    CHECK(damaged.details.contains(u"discovery: is not an object"_s));
}

TEST_CASE("damaged accounts files are typed errors with details", "[accounts][file]")
{
    struct Case {
        const char *name;
        QByteArray bytes;
        AccountsError error;
    };
    const QByteArray good = AccountsFile::serialize({ipw::test::sampleAccount(u"alice@example.test"_s)});
    const Case cases[] = {
        {"empty", QByteArray(), AccountsError::FileCorrupt},
        {"truncated", good.left(good.size() / 2), AccountsError::FileCorrupt},
        {"not ours", R"({"hello": 1})", AccountsError::FileCorrupt},
        {"array", "[]", AccountsError::FileCorrupt},
        {"bad port", QByteArray(good).replace("10993", "99999"), AccountsError::FileCorrupt},
        {"bad security", QByteArray(good).replace("\"tls\"", "\"tls1.3\""), AccountsError::FileCorrupt},
        {"newer", QByteArray(good).replace("\"version\": 1", "\"version\": 7"), AccountsError::FileTooNew},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto loaded = AccountsFile::parse(c.bytes);
        REQUIRE(loaded.error);
        CHECK(*loaded.error == c.error);
        CHECK_FALSE(loaded.details.isEmpty());
        CHECK(loaded.accounts.isEmpty());
    }
}

TEST_CASE("the file is no trust anchor: token URLs https only, fingerprints checked on reading",
          "[accounts][file][trust]")
{
    const auto carol = ipw::test::sampleOAuthAccount(u"carol@example.test"_s);
    const auto alice = ipw::test::sampleAccount(u"alice@example.test"_s);
    const auto withOAuth = [&](const QString &tokenUrl) {
        QJsonObject account = carol.toJson();
        QJsonObject oauth = account.value(u"oauth"_s).toObject();
        oauth.insert(u"tokenUrl"_s, tokenUrl);
        account.insert(u"oauth"_s, oauth);
        return account;
    };
    const auto file = [&](const QJsonObject &changed) {
        const QJsonObject root{{u"format"_s, u"imap-password-wizard-accounts"_s},
                               {u"version"_s, 1},
                               {u"accounts"_s, QJsonArray{alice.toJson(), changed}}};
        return AccountsFile::parse(QJsonDocument(root).toJson());
    };
    CHECK_FALSE(file(withOAuth(u"https://login.example.test/token"_s)).error);
    CHECK_FALSE(file(withOAuth(u"http://127.0.0.1:8080/token"_s)).error);  // a local server, the tests
    for (const QString &bad : {u"http://login.example.test/token"_s, u"ftp://127.0.0.1/token"_s, u"token"_s}) {
        INFO(bad.toStdString());
        const auto loaded = file(withOAuth(bad));
        // One bad entry: the whole file is reported (FileCorrupt, with the account and the field), nothing of it is
        // used and nothing is written over it: a half-read file would hide the tampering.
        REQUIRE(loaded.error);
        CHECK(*loaded.error == AccountsError::FileCorrupt);
        CHECK(loaded.details.contains(u"account 2"_s));
        CHECK(loaded.details.contains(u"tokenUrl"_s));
        CHECK(loaded.accounts.isEmpty());
    }
    QJsonObject badPin = alice.toJson();
    badPin.insert(u"pinnedCertificates"_s,
                  QJsonArray{QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 993}, {u"sha256"_s, u"abcd"_s}}});
    const auto loaded = file(badPin);
    REQUIRE(loaded.error);
    CHECK(*loaded.error == AccountsError::FileCorrupt);
    CHECK(loaded.details.contains(u"pinnedCertificates"_s));
}

TEST_CASE("a missing accounts file is an empty list", "[accounts][file]")
{
    QTemporaryDir dir;
    const auto loaded = AccountsFile::load(dir.filePath(u"nothing-here.json"_s));
    CHECK_FALSE(loaded.error);
    CHECK(loaded.accounts.isEmpty());
}

TEST_CASE("the accounts file is private to its user", "[accounts][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/accounts.json"_s);
    QString details;
    REQUIRE(AccountsFile::write(path, {ipw::test::sampleAccount(u"alice@example.test"_s)}, &details));
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

// A real crash: a child process rewrites a large accounts file in a loop and is killed with SIGKILL. Whenever it
// dies, the file must be a complete old or new version. To know that a kill landed mid-write, the child is
// stopped first (SIGSTOP) and its open files are looked at: an open file in the directory other than a complete
// accounts.json is QSaveFile's temporary (on Linux an unnamed O_TMPFILE, shown as "/dir/#123 (deleted)").
TEST_CASE("a writer killed mid-write leaves the previous file intact", "[accounts][file][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.json"_s);
    QString details;
    const auto first = ipw::test::sampleAccount(u"first@example.test"_s);
    REQUIRE(AccountsFile::write(path, {first}, &details));

    // Is the writer holding a file in our directory other than the finished accounts.json open right now?
    const auto writingNow = [&](pid_t pid) {
        const QString fdDir = u"/proc/%1/fd"_s.arg(pid);
        for (const QFileInfo &fd : QDir(fdDir).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = fd.symLinkTarget();
            if (target.startsWith(dir.path() + u'/') && target != path) {
                return true;
            }
        }
        return false;
    };

    int killedMidWrite = 0;
    for (int attempt = 0; attempt < 20 && killedMidWrite < 3; ++attempt) {
        QProcess writer;
        writer.setProgram(QStringLiteral(IPW_ACCOUNTS_CRASH_WRITER));
        writer.setArguments({path, u"20000"_s});
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.setStandardOutputFile(QProcess::nullDevice());
        writer.start();
        REQUIRE(writer.waitForStarted(5000));
        const auto pid = static_cast<pid_t>(writer.processId());
        // Wait (however slow the build, e.g. under ASan) until a write is under way, then let it run a little
        // further each attempt so the kills land at different points of the write.
        const QDeadlineTimer deadline(20000);
        while (!writingNow(pid) && !deadline.hasExpired()) {
            QThread::usleep(500);
        }
        QThread::msleep(attempt % 5);
        ::kill(pid, SIGSTOP);
        QThread::msleep(20);
        if (writingNow(pid)) {
            ++killedMidWrite;
        }
        ::kill(pid, SIGKILL);
        writer.waitForFinished(5000);

        const auto loaded = AccountsFile::load(path);
        INFO("attempt " << attempt << ": " << loaded.details.toStdString());
        REQUIRE_FALSE(loaded.error);
        REQUIRE(!loaded.accounts.isEmpty());
        // Nothing half-written is left under the final name, and no stray temporary either.
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"accounts.json"_s});
    }
    CHECK(killedMidWrite > 0);
}
