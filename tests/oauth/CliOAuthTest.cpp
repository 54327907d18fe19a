// imap-password-check --oauth end to end: the real binary (QProcess), the local authorization server as the
// provider, BrowserStandIn as the browser (it reads the "Open this URL to sign in:" line, as a script would), the
// OAuth Dovecot as the mail server and a private Secret Service for --save / --use-saved.

#include "CatchQt.h"
#include "DovecotFixture.h"
#include "JobRunner.h"
#include "OAuthServerFixture.h"
#include "SecretSearch.h"
#include "SecretServiceFixture.h"
#include "accounts/AccountStore.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "providers/ProviderDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using ipw::test::BrowserStandIn;
using ipw::test::DovecotFixture;
using ipw::test::filesContaining;
using ipw::test::OAuthServerFixture;
using ipw::test::SecretServiceFixture;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
    bool urlLinePrinted = false;
    int browserPageStatus = 0;  ///< what the CLI's loopback listener answered the browser (0: nothing)
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject imap() const { return json().value(u"imap"_s).toObject(); }
    QJsonObject smtp() const { return json().value(u"smtp"_s).toObject(); }
    QJsonObject oauth() const { return json().value(u"oauth"_s).toObject(); }
};

// Runs the CLI with the event loop spinning, so that the browser stand-in can follow the sign-in URL the CLI
// prints while the CLI waits for its redirect. `browse` false: nobody opens the URL.
Run runCli(const QStringList &args, bool browse = true, const QProcessEnvironment &extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.remove(u"DISPLAY"_s);  // no desktop session: the CLI must not try to open a real browser
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(extraEnv);
    process.setProcessEnvironment(env);

    Run run;
    BrowserStandIn browser;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        run.err += process.readAllStandardError();
        static const QByteArray prefix = "Open this URL to sign in: ";
        const qsizetype at = run.err.indexOf(prefix);
        const qsizetype end = at < 0 ? -1 : run.err.indexOf('\n', at);
        if (end < 0 || run.urlLinePrinted)
            return;
        run.urlLinePrinted = true;
        if (browse)
            browser.open(QUrl(QString::fromUtf8(run.err.mid(at + prefix.size(), end - at - prefix.size()))));
    });
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(IPW_CLI_BINARY), args);
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    loop.exec();
    REQUIRE(process.state() == QProcess::NotRunning);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    if (browse && run.urlLinePrinted) {
        browser.waitForDone(5000);
        run.browserPageStatus = browser.redirectStatus();
    }
    return run;
}

OAuthServerFixture &authServer()
{
    auto &server = OAuthServerFixture::shared();
    INFO(server.error().toStdString());
    REQUIRE(server.ok());
    server.reset();
    return server;
}

DovecotFixture &oauthDovecot()
{
    auto &d = DovecotFixture::oauthInstance();
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    return d;
}

// The servers and the provider's OAuth endpoints, as a self-hosted setup passes them.
QStringList signInArgs(const OAuthServerFixture &server, const DovecotFixture &dovecot)
{
    return {u"--oauth"_s,
            u"--no-browser"_s,
            u"--email"_s,
            server.user(),
            u"--user"_s,
            server.user(),
            u"--imap"_s,
            u"127.0.0.1:%1"_s.arg(dovecot.imapsPort()),
            u"--smtp"_s,
            u"127.0.0.1:%1"_s.arg(dovecot.submissionsPort()),
            u"--ca-file"_s,
            dovecot.caFile(),
            u"--oauth-client-id"_s,
            OAuthServerFixture::clientId(),
            u"--oauth-authorize-url"_s,
            server.authorizeUrl().toString(),
            u"--oauth-token-url"_s,
            server.tokenUrl().toString(),
            u"--oauth-scope"_s,
            u"mail offline_access"_s,
            u"--oauth-timeout"_s,
            u"20"_s,
            u"--timeout"_s,
            u"15"_s,
            u"--json"_s};
}

QString storedSecret(const QString &address)
{
    ipw::QtKeychainCredentialStore keychain;
    auto read = ipw::test::runJob(keychain.read(ipw::AccountStore::credentialIdFor(address)));
    return read->error() ? QString() : read->secret();
}

}  // namespace

TEST_CASE("CLI --oauth signs in with XOAUTH2 and saves the refresh token and use-saved refreshes it with OAUTHBEARER",
          "[oauth][cli][dovecot][keychain]")
{
    auto &secrets = SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    auto &server = authServer();
    auto &dovecot = oauthDovecot();
    const QString address = server.user();

    const Run signIn = runCli(signInArgs(server, dovecot) << u"--oauth-mechanism"_s << u"xoauth2"_s << u"--save"_s);
    INFO(signIn.out.toStdString() << signIn.err.toStdString());
    CHECK(signIn.urlLinePrinted);
    REQUIRE(signIn.exitCode == 0);
    CHECK(signIn.json().value(u"verified"_s).toBool());
    CHECK(signIn.imap().value(u"authMechanism"_s).toString() == u"XOAUTH2"_s);
    CHECK(signIn.smtp().value(u"authMechanism"_s).toString() == u"XOAUTH2"_s);
    CHECK(signIn.imap().value(u"inboxMessages"_s).toInt() == dovecot.inboxMessageCount());
    CHECK(signIn.oauth().value(u"step"_s).toString() == u"sign-in"_s);
    CHECK(signIn.oauth().value(u"refreshTokenIssued"_s).toBool());
    CHECK(server.tokenRequests(u"authorization_code"_s) == 1);

    const QString firstRefreshToken = storedSecret(address);
    REQUIRE_FALSE(firstRefreshToken.isEmpty());

    // The access token expires: --use-saved refreshes (the server rotates), stores the new refresh token at once,
    // and checks again, this time with OAUTHBEARER.
    server.expireAccessTokens();
    const Run again = runCli({u"--use-saved"_s, address, u"--ca-file"_s, dovecot.caFile(), u"--oauth-mechanism"_s,
                              u"oauthbearer"_s, u"--json"_s},
                             false);
    INFO(again.out.toStdString() << again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.urlLinePrinted);  // no browser for a refresh
    CHECK(again.oauth().value(u"step"_s).toString() == u"refresh"_s);
    CHECK(again.oauth().value(u"refreshTokenRotated"_s).toBool());
    CHECK(again.imap().value(u"authMechanism"_s).toString() == u"OAUTHBEARER"_s);
    CHECK(again.smtp().value(u"authMechanism"_s).toString() == u"OAUTHBEARER"_s);
    const QString rotated = storedSecret(address);
    CHECK_FALSE(rotated.isEmpty());
    CHECK(rotated != firstRefreshToken);
    CHECK(server.tokenRequests(u"refresh_token"_s) == 1);

    // No token in any output or in any file under HOME (the accounts file has the oauth block, not the secret).
    for (const QString &token : {firstRefreshToken, rotated}) {
        for (const Run &run : {signIn, again}) {
            CHECK_FALSE(run.out.contains(token.toUtf8()));
            CHECK_FALSE(run.err.contains(token.toUtf8()));
        }
        CHECK(filesContaining(secrets.rootDir(), token).isEmpty());
    }
    CHECK(filesContaining(secrets.rootDir(), OAuthServerFixture::clientId()).size() >= 1);

    // Revoked at the provider: the saved sign-in is dead; the user is told to sign in again, nothing is sent to
    // the mail servers, and the stored token is left for the user to replace.
    server.revokeRefreshTokens();
    const Run revoked = runCli({u"--use-saved"_s, address, u"--ca-file"_s, dovecot.caFile(), u"--json"_s}, false);
    INFO(revoked.out.toStdString() << revoked.err.toStdString());
    CHECK(revoked.exitCode == 1);
    CHECK(revoked.oauth().value(u"diagnosis"_s).toString() == u"oauth-refresh-rejected"_s);
    CHECK(revoked.oauth().value(u"oauthError"_s).toString() == u"invalid_grant"_s);
    CHECK(revoked.imap().value(u"diagnosis"_s).toString() == u"oauth-refresh-rejected"_s);
    CHECK(revoked.imap().value(u"credentialsAccepted"_s).toBool() == false);

    REQUIRE(runCli({u"--forget"_s, address}, false).exitCode == 0);
}

TEST_CASE("CLI --oauth: denied consent and a wrong state and an expired token each have their outcome",
          "[oauth][cli][dovecot]")
{
    auto &server = authServer();
    auto &dovecot = oauthDovecot();

    server.setConsent(OAuthServerFixture::Consent::Deny);
    Run r = runCli(signInArgs(server, dovecot));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.oauth().value(u"diagnosis"_s).toString() == u"oauth-consent-denied"_s);
    CHECK(r.imap().value(u"diagnosis"_s).toString() == u"oauth-consent-denied"_s);
    CHECK(server.tokenRequests(u"authorization_code"_s) == 0);
    CHECK(r.browserPageStatus == 200);  // the browser got its "not completed" page before the CLI exited

    // A redirect with another state is not this sign-in's: answered, ignored, and the sign-in waits on (here
    // until its --oauth-timeout) instead of ending at a request anyone could send.
    server.setConsent(OAuthServerFixture::Consent::WrongState);
    QStringList shortWait = signInArgs(server, dovecot);
    shortWait[shortWait.indexOf(u"--oauth-timeout"_s) + 1] = u"3"_s;
    r = runCli(shortWait);
    CHECK(r.exitCode == 1);
    CHECK(r.oauth().value(u"diagnosis"_s).toString() == u"oauth-sign-in-timeout"_s);
    CHECK(r.browserPageStatus == 200);
    CHECK(server.tokenRequests(u"authorization_code"_s) == 0);  // a code with the wrong state is never exchanged

    // Tokens the resource server finds inactive: the sign-in works, the mail servers refuse the token.
    server.setConsent(OAuthServerFixture::Consent::Approve);
    server.setAccessTokenLifetime(0);
    r = runCli(signInArgs(server, dovecot));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.oauth().value(u"ok"_s).toBool());
    CHECK(r.imap().value(u"diagnosis"_s).toString() == u"oauth-token-rejected"_s);
    CHECK_FALSE(r.imap().value(u"oauthStatus"_s).toString().isEmpty());
    CHECK(r.smtp().value(u"diagnosis"_s).toString() == u"not-attempted"_s);  // one attempt per check
}

TEST_CASE("CLI --oauth: nobody finishes signing in in the browser: timeout", "[oauth][cli]")
{
    auto &server = authServer();
    const Run r =
        runCli({u"--oauth"_s, u"--no-browser"_s, u"--imap"_s, u"127.0.0.1:1"_s, u"--no-smtp"_s, u"--user"_s,
                server.user(), u"--oauth-client-id"_s, OAuthServerFixture::clientId(), u"--oauth-authorize-url"_s,
                server.authorizeUrl().toString(), u"--oauth-token-url"_s, server.tokenUrl().toString(),
                u"--oauth-scope"_s, u"mail"_s, u"--oauth-timeout"_s, u"2"_s, u"--json"_s},
               false);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.urlLinePrinted);
    CHECK(r.exitCode == 1);
    CHECK(r.oauth().value(u"diagnosis"_s).toString() == u"oauth-sign-in-timeout"_s);
}

TEST_CASE("CLI --oauth without a client ID says it is not set up in this build and contacts nothing", "[oauth][cli]")
{
    QTemporaryDir config;  // an empty settings folder: no oauth-clients.ini
    REQUIRE(config.isValid());
    QProcessEnvironment env;
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const Run r =
        runCli({u"--oauth"_s, u"--no-browser"_s, u"--email"_s, u"someone@outlook.com"_s, u"--json"_s}, false, env);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.urlLinePrinted);
    CHECK(r.oauth().value(u"diagnosis"_s).toString() == u"oauth-not-configured"_s);
    CHECK(r.imap().value(u"diagnosis"_s).toString() == u"oauth-not-configured"_s);
    CHECK(r.err.contains("not set up in this build"));
    CHECK(r.err.contains("login.microsoftonline.com"));
    CHECK(r.err.contains("oauth-clients.ini"));

    // Without --json: one block for the sign-in, not a "stopped at finding the server" per protocol.
    const Run human = runCli({u"--oauth"_s, u"--no-browser"_s, u"--email"_s, u"someone@outlook.com"_s}, false, env);
    CHECK(human.exitCode == 1);
    CHECK(human.out.startsWith("Browser sign-in (OAuth 2.0): "));
    CHECK(human.out.count("Browser sign-in is not set up in this build") == 1);
    CHECK_FALSE(human.out.contains("Stopped at"));
    CHECK(human.out.contains("Result: the login was not verified."));

    // Bad input is a usage error.
    CHECK(runCli({u"--oauth"_s, u"--password-stdin"_s, u"--imap"_s, u"127.0.0.1:1"_s, u"--no-smtp"_s, u"--user"_s,
                  u"a@example.test"_s},
                 false, env)
              .exitCode == 2);
    CHECK(runCli({u"--oauth"_s, u"--oauth-mechanism"_s, u"cram-md5"_s, u"--imap"_s, u"127.0.0.1:1"_s, u"--no-smtp"_s,
                  u"--user"_s, u"a@example.test"_s},
                 false, env)
              .exitCode == 2);
}

namespace {

// A providers folder with one file, gmail.json, made from the built-in Gmail entry by `change`.
template<typename Change> void writeGmailVariant(const QString &folder, Change change)
{
    const ipw::ProviderDatabase builtIns = ipw::ProviderDatabase::builtIn();
    ipw::Provider gmail = *builtIns.byId(u"gmail"_s);
    change(gmail);
    QFile file(folder + u"/gmail.json"_s);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(gmail.toJson()).toJson());
}

// This installation "has" a Google client: the test fixture's ID, registered for accounts.google.com.
QProcessEnvironment googleClientConfigured(const QTemporaryDir &config, const QTemporaryDir &providers)
{
    QDir(config.path()).mkpath(u"imap-password-wizard"_s);
    QFile ini(config.path() + u"/imap-password-wizard/oauth-clients.ini"_s);
    if (ini.open(QIODevice::WriteOnly))
        ini.write("[accounts.google.com]\nclientId=" + OAuthServerFixture::clientId().toUtf8() + "\n");
    QProcessEnvironment env;
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"IPW_PROVIDERS_DIR"_s, providers.path());
    return env;
}

}  // namespace

TEST_CASE("CLI --oauth: a provider file named gmail never takes this installation's Google client elsewhere",
          "[oauth][cli][trust]")
{
    auto &server = authServer();
    QTemporaryDir config, providers;
    REQUIRE(config.isValid());
    REQUIRE(providers.isValid());
    const QProcessEnvironment env = googleClientConfigured(config, providers);
    const QStringList args{u"--oauth"_s, u"--no-browser"_s, u"--email"_s, u"alice@gmail.com"_s, u"--oauth-timeout"_s,
                           u"3"_s,       u"--json"_s};

    SECTION("same issuer and endpoints, the IMAP server on another host: nothing starts")
    {
        writeGmailVariant(providers.path(), [](ipw::Provider &p) { p.imap.host = u"127.0.0.1"_s; });
        const Run r = runCli(args, false, env);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.urlLinePrinted);
        CHECK(r.err.contains("only to accounts.google.com's own mail servers"));
    }
    SECTION("the issuer accounts.google.com with its own token URL: the client and code never go there")
    {
        writeGmailVariant(providers.path(), [&](ipw::Provider &p) {
            p.oauth2->authUrl = server.authorizeUrl().toString();
            p.oauth2->tokenUrl = server.tokenUrl().toString();
        });
        const Run r = runCli(args, true, env);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.urlLinePrinted);
        CHECK(r.err.contains("client ID for accounts.google.com is used only with accounts.google.com's own"));
        CHECK(server.authorizeRequests() == 0);
        CHECK(server.tokenRequests(u"authorization_code"_s) == 0);
    }
    SECTION("the built-in entry with --imap on another host: the Google token never goes there")
    {
        QFile::remove(providers.path() + u"/gmail.json"_s);
        const Run r = runCli(QStringList(args) << u"--imap"_s << u"127.0.0.1:1"_s << u"--no-smtp"_s, false, env);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.urlLinePrinted);
        CHECK(r.err.contains("only to accounts.google.com's own mail servers"));
    }
}
