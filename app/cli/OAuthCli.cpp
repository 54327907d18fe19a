#include "cli/OAuthCli.h"

#include "cli/TerminalText.h"

#include "common/DiagnosisText.h"
#include "oauth/OAuthSignIn.h"
#include "setup/OAuthSetup.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ipw::cli {
namespace {

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

// A desktop session the browser can open in. On Linux that needs a display; macOS and Windows always have one
// for a user who double-clicks, and over SSH the user passes --no-browser.
bool haveDesktopSession()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The CLI has no QGuiApplication (it runs over SSH too), so QDesktopServices is not available: hand the URL to the
// platform's opener, as one argument (never through a shell).
bool openInBrowser(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(u"/usr/bin/open"_s, {text});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(u"rundll32.exe"_s, {u"url.dll,FileProtocolHandler"_s, text});
#else
    const QString opener = QStandardPaths::findExecutable(u"xdg-open"_s);
    return !opener.isEmpty() && QProcess::startDetached(opener, {text});
#endif
}

// The sign-in ended when the browser's redirect arrived (rather than on a timeout or at the token endpoint).
bool redirectWasAnswered(OAuthError error)
{
    return error == OAuthError::ConsentDenied || error == OAuthError::AuthorizationFailed ||
           error == OAuthError::StateMismatch || error == OAuthError::MissingCode;
}

template<typename Job> void waitFor(Job *job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job->start();
    if (!done)
        loop.exec();
}

}  // namespace

void OAuthCli::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        option(u"oauth"_s, tr("Sign in with the browser (OAuth 2.0) instead of a password.")),
        option(u"no-browser"_s,
               tr("With --oauth: do not open a browser; print the sign-in address and wait for the redirect.")),
        option(u"oauth-client-id"_s, tr("With --oauth: the client ID to use (overrides the configuration)."), u"ID"_s),
        option(u"oauth-client-secret"_s, tr("With --oauth: the client secret, for providers that issue one."),
               u"SECRET"_s),
        option(u"oauth-client-secret-file"_s,
               tr("With --oauth: read the client secret from the first line of FILE (keeps it out of the process "
                  "list)."),
               u"FILE"_s),
        option(u"oauth-authorize-url"_s, tr("With --oauth: the authorization endpoint (overrides the provider's)."),
               u"URL"_s),
        option(u"oauth-token-url"_s, tr("With --oauth: the token endpoint (overrides the provider's)."), u"URL"_s),
        option(u"oauth-scope"_s, tr("With --oauth: the scopes, separated by spaces (overrides the provider's)."),
               u"\"S1 S2\""_s),
        option(u"oauth-redirect-host"_s, tr("With --oauth: the redirect address host: 127.0.0.1 or localhost."),
               u"HOST"_s),
        option(u"oauth-mechanism"_s,
               tr("How the token is sent: auto (OAUTHBEARER when offered, else XOAUTH2), oauthbearer or xoauth2."),
               u"auto|oauthbearer|xoauth2"_s),
        option(u"oauth-timeout"_s, tr("With --oauth: how long to wait for the browser, in seconds (default 300)."),
               u"SECONDS"_s),
    });
}

bool OAuthCli::wanted(const QCommandLineParser &parser)
{
    return parser.isSet(u"oauth"_s);
}

bool OAuthCli::browserAllowed(const QCommandLineParser &parser)
{
    return !parser.isSet(u"no-browser"_s) && haveDesktopSession();
}

std::optional<OAuthMechanism> OAuthCli::mechanism(const QCommandLineParser &parser, QString *why)
{
    const QString value = parser.value(u"oauth-mechanism"_s).trimmed().toLower();
    if (value.isEmpty() || value == u"auto")
        return OAuthMechanism::Automatic;
    if (value == u"oauthbearer")
        return OAuthMechanism::OAuthBearer;
    if (value == u"xoauth2")
        return OAuthMechanism::XOAuth2;
    *why = tr("“%1” is not an OAuth mechanism: use auto, oauthbearer or xoauth2.").arg(value);
    return std::nullopt;
}

std::variant<OAuthSettings, QString> OAuthCli::settingsFor(const QCommandLineParser &parser, const Provider *provider,
                                                           const OAuthClients &clients, const QString &address)
{
    OAuthSettings s;
    if (provider) {
        const OAuthSetup setup = oauthSetupFor(*provider, clients, address);
        if (setup.binding != OAuthBinding::Allowed && !parser.isSet(u"oauth-client-id"_s))
            return refusalMessage(setup.binding, setup.issuer);
        if (setup.settings)
            s = *setup.settings;
        else if (provider->oauth2) {  // offered without a client here: the endpoints still help an override
            s.authorizeUrl = QUrl(provider->oauth2->authUrl);
            s.tokenUrl = QUrl(provider->oauth2->tokenUrl);
            s.scopes = provider->oauth2->scopes;
            s.redirectHost = redirectHostFromString(provider->oauth2->redirectHost);
            s.extraAuthorizeParameters = provider->oauth2->authParams;
        }
    }
    s.loginHint = address.trimmed();
    const auto url = [&](const QString &name, QUrl &target) -> QString {
        if (!parser.isSet(name))
            return {};
        const QUrl value(parser.value(name).trimmed(), QUrl::StrictMode);
        if (!value.isValid() || value.host().isEmpty() || (value.scheme() != u"https" && value.scheme() != u"http"))
            return tr("--%1 needs an http or https address (got “%2”).").arg(name, parser.value(name));
        target = value;
        return {};
    };
    if (QString error = url(u"oauth-authorize-url"_s, s.authorizeUrl); !error.isEmpty())
        return error;
    if (QString error = url(u"oauth-token-url"_s, s.tokenUrl); !error.isEmpty())
        return error;
    if (parser.isSet(u"oauth-client-id"_s)) {
        const QString clientId = parser.value(u"oauth-client-id"_s).trimmed();
        if (clientId != s.clientId)
            s.clientSecret.clear();  // the configured secret belongs to the configured client only
        s.clientId = clientId;
    }
    QString secretError;
    if (const std::optional<QString> secret = clientSecret(parser, &secretError))
        s.clientSecret = *secret;
    if (!secretError.isEmpty())
        return secretError;
    if (parser.isSet(u"oauth-scope"_s))
        s.scopes = parser.value(u"oauth-scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (parser.isSet(u"oauth-redirect-host"_s)) {
        const QString host = parser.value(u"oauth-redirect-host"_s).trimmed().toLower();
        if (host == u"localhost")
            s.redirectHost = RedirectHost::Localhost;
        else if (host == u"127.0.0.1")
            s.redirectHost = RedirectHost::Ipv4Loopback;
        else
            return tr("--oauth-redirect-host must be 127.0.0.1 or localhost (got “%1”).").arg(host);
    }
    if (parser.isSet(u"oauth-timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"oauth-timeout"_s).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return tr("--oauth-timeout must be a number of seconds from 1 to 3600.");
        s.signInTimeout = std::chrono::seconds(seconds);
    }
    return s;
}

std::variant<OAuthSettings, QString> OAuthCli::settingsForSaved(const QCommandLineParser &parser,
                                                                const SavedOAuth &saved, const OAuthClients &clients)
{
    OAuthSettings s = oauthSettingsForSaved(saved, clients);
    QString error;
    if (const std::optional<QString> secret = clientSecret(parser, &error))
        s.clientSecret = *secret;
    if (!error.isEmpty())
        return error;
    return s;
}

std::optional<QString> OAuthCli::clientSecret(const QCommandLineParser &parser, QString *error)
{
    const bool given = parser.isSet(u"oauth-client-secret"_s);
    const bool fromFile = parser.isSet(u"oauth-client-secret-file"_s);
    if (given && fromFile) {
        *error = tr("Give the client secret once: --oauth-client-secret or --oauth-client-secret-file.");
        return std::nullopt;
    }
    if (given)
        return parser.value(u"oauth-client-secret"_s).trimmed();
    if (!fromFile)
        return std::nullopt;
    const QString path = parser.value(u"oauth-client-secret-file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The client secret file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A client secret is short; a huge file is a mistake (a wrong path), not a secret.
    constexpr qint64 kMaxBytes = 64 * 1024;
    const QByteArray content = file.read(kMaxBytes + 1);
    if (content.size() > kMaxBytes) {
        *error = tr("The client secret file %1 is too large to hold a client secret.").arg(path);
        return std::nullopt;
    }
    const QString secret = QString::fromUtf8(content.left(content.indexOf('\n'))).trimmed();
    if (secret.isEmpty()) {
        *error = tr("The client secret file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return secret;
}

QString OAuthCli::refusalMessage(OAuthBinding binding, const QString &issuer)
{
    const QString who = issuer.isEmpty() ? tr("this provider") : issuer;
    if (binding == OAuthBinding::ForeignEndpoints)
        return tr("This application's client ID for %1 is used only with %1's own sign-in addresses, and the "
                  "provider file or the --oauth-* options name others. Give them a client ID of their own "
                  "(--oauth-client-id, or the provider's own issuer in %2).")
            .arg(who, OAuthClients::settingsFilePath());
    return tr("A sign-in with %1 is sent only to %1's own mail servers, and the servers to check are not among "
              "them. Nothing was sent. Check the provider file, the saved account or --imap/--smtp.")
        .arg(who);
}

QString OAuthCli::notConfiguredMessage(const QString &issuer)
{
    return tr("Browser sign-in is not set up in this build: no OAuth client ID is configured for %1. "
              "Register this application with the provider and put the client ID in %2 (group [%1], key clientId), "
              "or pass --oauth-client-id. See docs/oauth.md.")
        .arg(issuer.isEmpty() ? tr("this provider") : issuer, OAuthClients::settingsFilePath());
}

OAuthCli::Outcome OAuthCli::signIn(const OAuthSettings &settings, bool openBrowser, QTextStream &err)
{
    Outcome outcome;
    OAuthSignIn job(settings);
    QObject::connect(&job, &OAuthSignIn::authorizationUrlReady, &job, [&](const QUrl &url) {
        // The line is a contract (issue 8): scripts and tests read the URL from it.
        err << "Open this URL to sign in: " << url.toString(QUrl::FullyEncoded) << '\n';
        if (openBrowser && !openInBrowser(url))
            err << tr("The browser could not be opened: open the address above yourself.") << '\n';
        err << tr("Waiting for the browser… (Ctrl+C cancels)") << '\n';
        err.flush();
    });
    waitFor(&job);
    if (job.failure())
        outcome.failure = job.failure();
    else
        outcome.tokens = job.tokens();
    if (outcome.failure && redirectWasAnswered(outcome.failure->error)) {
        // The browser is still being sent its "Sign-in was not completed" page (core/oauth/CodeFlow.cpp keeps the
        // listener's connection for that); the CLI exits right after this, so give the page a moment to go out.
        QEventLoop pause;
        QTimer::singleShot(500, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return outcome;
}

QString OAuthCli::rotationNotSavedNotice(const QString &details)
{
    return tr("The provider issued a new sign-in token, but it could not be saved (%1): "
              "sign in again with --oauth --save.")
        .arg(details);
}

DiagnosisCode OAuthCli::Outcome::diagnosis() const
{
    return failure ? failure->diagnosis(duringRefresh) : DiagnosisCode::Ok;
}

QJsonObject OAuthCli::Outcome::toJson() const
{
    QJsonObject o{{u"step"_s, duringRefresh ? u"refresh"_s : u"sign-in"_s},
                  {u"ok"_s, tokens.has_value()},
                  {u"diagnosis"_s, toString(diagnosis())},
                  {u"refreshTokenRotated"_s, refreshTokenRotated}};
    if (failure) {
        o.insert(u"error"_s, toString(failure->error));
        o.insert(u"oauthError"_s, failure->oauthError);
        o.insert(u"description"_s, failure->description);
        if (failure->httpStatus)
            o.insert(u"httpStatus"_s, failure->httpStatus);
    }
    if (tokens) {
        o.insert(u"scope"_s, tokens->scope);
        o.insert(u"refreshTokenIssued"_s, !tokens->refreshToken.isEmpty());
        if (tokens->expiresAt.isValid())
            o.insert(u"accessTokenExpires"_s, tokens->expiresAt.toUTC().toString(Qt::ISODate));
    }
    if (!notice.isEmpty())
        o.insert(u"notice"_s, notice);
    return o;
}

QString OAuthCli::details(const OAuthFailure &failure)
{
    QString details = failure.oauthError;
    if (!failure.description.isEmpty())
        details += (details.isEmpty() ? QString() : u": "_s) + failure.description;
    return details;
}

QString OAuthCli::describe(const OAuthFailure &failure, bool duringRefresh)
{
    const DiagnosisText text = ipw::describe(failure.diagnosis(duringRefresh));
    const QString details = OAuthCli::details(failure);
    QString out = text.headline;
    if (!details.isEmpty())
        out += u" ("_s + TerminalText::escaped(details) + u')';
    return out + u'\n' + text.explanation.joined() + u'\n' + text.nextStep();
}

}  // namespace ipw::cli
