// imap-password-check: the connection tester behind a scriptable interface, for support staff and tests.
// No Qt Widgets here: it runs on a server or over SSH as well as on a desktop.
//
// Option groups live in their own files (CheckOptions: the check itself; ProviderCli: provider look-ups and
// --show-settings); this file only wires them together.

#include "cli/CheckOptions.h"
#include "cli/ExitCode.h"
#include "cli/KeychainCli.h"
#include "cli/OAuthCli.h"
#include "cli/ProviderCli.h"
#include "cli/ResultOutput.h"
#include "cli/SavedSettings.h"
#include "common/BuildInfo.h"
#include "common/Language.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"
#include "setup/LoginVerification.h"
#include "setup/OAuthSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

// --lang decides the language of every message, including the errors about other options: read it first.
std::optional<QString> languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return std::nullopt;
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << message << '\n'
        << QCoreApplication::translate("cli", "Run imap-password-check --help for the options.") << '\n';
    return cli::BadInput;
}

// The values typed for --imap/--smtp/--user and their security, which win over what a provider says (for
// --show-settings; a check applies them through CheckOptions::toRequest). std::nullopt and *why for bad input.
std::optional<cli::ExplicitSettings> explicitSettings(const QCommandLineParser &parser, QString *why)
{
    cli::ExplicitSettings s;
    const auto server = [&](const QString &option, std::optional<QString> &host, std::optional<quint16> &port) {
        if (!parser.isSet(option))
            return true;
        // The same parser as a check, so --show-settings and a check read HOST[:PORT] alike.
        const auto checked = cli::CheckOptions::parseEndpoint(parser.value(option), option, std::nullopt,
                                                              option == u"imap" ? Protocol::Imap : Protocol::Smtp);
        if (const QString *error = std::get_if<QString>(&checked)) {
            *why = *error;
            return false;
        }
        host = std::get<ServerEndpoint>(checked).host;
        if (HostPort::parse(parser.value(option))->port)
            port = std::get<ServerEndpoint>(checked).port;
        return true;
    };
    const auto security = [&](const QString &option, std::optional<Security> &value) {
        if (!parser.isSet(option))
            return true;
        value = securityFromString(parser.value(option));
        if (!value)
            *why = QCoreApplication::translate("cli", "“%1” is not a security setting: use tls, starttls or none.")
                       .arg(parser.value(option));
        return value.has_value();
    };
    if (!server(u"imap"_s, s.imapHost, s.imapPort) || !server(u"smtp"_s, s.smtpHost, s.smtpPort) ||
        !security(u"imap-security"_s, s.imapSecurity) || !security(u"smtp-security"_s, s.smtpSecurity))
        return std::nullopt;
    if (parser.isSet(u"user"_s))
        s.user = parser.value(u"user"_s);
    return s;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"imap-password-check"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    const std::optional<QString> lang = languageArgument(app.arguments());
    std::optional<UiLanguage> language = lang ? Language::fromCode(*lang) : Language::fromSystem();
    Language::apply(language.value_or(Language::fromSystem()));
    if (!language)
        return usageError(QCoreApplication::translate("cli", "--lang must be ja or en (got \"%1\").").arg(*lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Checks an IMAP/SMTP login for real and explains why it fails."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption(
        QCommandLineOption(u"lang"_s, QCoreApplication::translate("cli", "Language of the output."), u"ja|en"_s));
    const cli::CheckOptions checkOptions;
    checkOptions.addTo(parser);
    const cli::ProviderCli providerOptions;
    providerOptions.addOptions(parser);
    cli::KeychainCli::addOptions(parser, /*addJsonOption=*/false);  // CheckOptions declares --json
    cli::OAuthCli::addOptions(parser);

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return cli::Verified;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return cli::Verified;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString why;
    // --list-providers and --show-settings answer without connecting; so do --list-saved and --forget.
    // (A check validates --imap/--smtp itself, in CheckOptions::toRequest, with more precise messages.)
    if (parser.isSet(u"list-providers"_s) || parser.isSet(u"show-settings"_s)) {
        const std::optional<cli::ExplicitSettings> typed = explicitSettings(parser, &why);
        if (!typed)
            return usageError(why);
        if (const std::optional<int> code = providerOptions.run(parser, *typed, parser.isSet(u"json"_s), out, err)) {
            out.flush();
            return *code;
        }
    }
    if (const std::optional<int> code = cli::KeychainCli::runStandalone(parser))
        return *code;
    const QString useSaved = parser.value(cli::KeychainCli::useSavedOption().names().constFirst());
    const bool save = parser.isSet(cli::KeychainCli::saveOption().names().constFirst());
    QString accountAddress = useSaved.isEmpty() ? parser.value(u"email"_s).trimmed() : useSaved;
    if (save && accountAddress.isEmpty())
        return usageError(QCoreApplication::translate("cli", "--save needs --email ADDRESS to name the account."));

    const std::optional<ProviderDatabase> db = providerOptions.loadDatabase(parser, &why);
    if (!db)
        return usageError(why);
    const ProviderDatabase &providers = *db;

    // --provider / --email / --provider-file fill in servers and login name; --imap/--smtp/--user still override.
    CheckSettings base;
    QString providerId;
    std::optional<QString> storedPassword;  // --use-saved: from the keychain; never printed
    std::optional<SavedOAuth> savedOAuth;   // --use-saved of an account that signs in with OAuth
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    if (!useSaved.isEmpty()) {
        // The stored settings and password; options such as --ca-file or --imap still apply on top.
        auto loaded = cli::KeychainCli::loadSaved(store, useSaved, err);
        if (const int *code = std::get_if<int>(&loaded))
            return *code;
        cli::KeychainCli::SavedLogin saved = std::get<cli::KeychainCli::SavedLogin>(std::move(loaded));
        base = AccountProfile::fromSaved(saved.account).checkSettings(providers);
        providerId = saved.account.providerId;
        accountAddress = saved.account.address;
        storedPassword = std::move(saved.password);
        savedOAuth = saved.account.oauth;
    } else if (parser.isSet(u"provider"_s) || parser.isSet(u"email"_s) || parser.isSet(u"provider-file"_s)) {
        // Typed values go into the look-up too: --email at a domain no provider serves is fine with --imap given.
        QString ignored;  // CheckOptions::toRequest reports bad --imap/--smtp values below, more precisely
        const cli::ExplicitSettings typed = explicitSettings(parser, &ignored).value_or(cli::ExplicitSettings{});
        const std::optional<cli::ResolvedSettings> resolved = providerOptions.resolve(parser, providers, typed, &why);
        if (!resolved)
            return usageError(why);
        if (resolved->imap && resolved->imap->hasHost())
            base.imap = endpointFor(*resolved->imap, providers);
        if (resolved->smtp && resolved->smtp->hasHost())
            base.smtp = endpointFor(*resolved->smtp, providers);
        base.loginName = resolved->user.value_or(QString());
        providerId = resolved->providerId;
    }

    auto parsed = checkOptions.toRequest(parser, base, !useSaved.isEmpty());
    if (auto *error = std::get_if<QString>(&parsed))
        return usageError(*error);
    cli::CheckRequest request = std::get<cli::CheckRequest>(std::move(parsed));
    if (request.settings.imap)
        request.settings.imap = endpointFor(*request.settings.imap, providers);
    if (request.settings.smtp)
        request.settings.smtp = endpointFor(*request.settings.smtp, providers);

    // OAuth: sign in through the browser (--oauth) or refresh a saved account's token; the check then logs in
    // with the access token. `oauth` holds what that step ended with, for the output and for --save.
    const bool signIn = cli::OAuthCli::wanted(parser);
    std::optional<cli::OAuthCli::Outcome> oauth;
    std::optional<SavedOAuth> oauthToSave;
    if (signIn && !useSaved.isEmpty())
        return usageError(QCoreApplication::translate(
            "cli", "--oauth signs in anew and --use-saved uses the saved sign-in: give only one of them "
                   "(to replace a saved sign-in, use --oauth --email ADDRESS --save)."));
    if (signIn && request.passwordFromStdin)
        return usageError(QCoreApplication::translate("cli", "--oauth signs in without a password: leave out "
                                                             "--password-stdin."));
    if (signIn || savedOAuth) {
        const std::optional<OAuthMechanism> mechanism = cli::OAuthCli::mechanism(parser, &why);
        if (!mechanism)
            return usageError(why);
        request.settings.credential = Credential::OAuthAccessToken;
        request.settings.oauthMechanism = *mechanism;
        const OAuthClients clients = OAuthClients::load();
        if (signIn) {
            const Provider *provider = providerId.isEmpty() ? nullptr : providers.byId(providerId);
            auto settings = cli::OAuthCli::settingsFor(parser, provider, clients, accountAddress);
            if (const QString *error = std::get_if<QString>(&settings))
                return usageError(*error);
            const OAuthSettings &oauthSettings = std::get<OAuthSettings>(settings);
            const QString issuer = provider && provider->oauth2 && !provider->oauth2->issuer.isEmpty()
                                       ? provider->oauth2->issuer
                                       : oauthSettings.authorizeUrl.host();
            if (!oauthSettings.isConfigured()) {
                cli::OAuthCli::Outcome notSetUp;
                notSetUp.failure = OAuthFailure{};
                notSetUp.failure->error = OAuthError::NotConfigured;
                err << cli::OAuthCli::notConfiguredMessage(issuer) << '\n';
                err.flush();
                oauth = notSetUp;
            } else {
                oauth = cli::OAuthCli::signIn(oauthSettings, cli::OAuthCli::browserAllowed(parser), err);
                oauthToSave = savedOAuthFor(oauthSettings, issuer);
            }
        } else {
            const OAuthSettings oauthSettings = cli::OAuthCli::settingsForSaved(parser, *savedOAuth, clients);
            oauth = cli::OAuthCli::refresh(oauthSettings, *storedPassword, store, accountAddress, err);
            oauthToSave = savedOAuth;
        }
        if (!oauth->tokens) {
            // Nothing was sent to the mail servers: each protocol asked for reports the sign-in's diagnosis.
            CheckResult result;
            ProtocolResult notAttempted;
            notAttempted.diagnosis = oauth->diagnosis();
            if (request.settings.imap)
                result.imap = notAttempted;
            if (request.settings.smtp)
                result.smtp = notAttempted;
            if (request.json) {
                // stdout holds the JSON only; the words for a person go to stderr.
                if (oauth->failure && oauth->failure->error != OAuthError::NotConfigured)
                    err << cli::OAuthCli::describe(*oauth->failure, oauth->duringRefresh) << '\n';
                QJsonObject json = cli::ResultOutput::toJson(result);
                json.insert(u"oauth"_s, oauth->toJson());
                out << QJsonDocument(json).toJson(QJsonDocument::Indented);
            } else {
                out << cli::ResultOutput::signInFailureToHuman(
                    oauth->diagnosis(), oauth->failure ? cli::OAuthCli::details(*oauth->failure) : QString());
            }
            out.flush();
            return cli::NotVerified;
        }
        storedPassword = oauth->tokens->accessToken;  // the secret the check logs in with (memory only)
    }

    std::optional<QString> password = storedPassword;
    if (!password) {
        if (!request.passwordFromStdin)
            return usageError(QCoreApplication::translate(
                "cli",
                "Give the password on standard input with --password-stdin (it is never accepted as an argument)."));
        QTextStream in(stdin);
        password = cli::CheckOptions::readPasswordLine(in);
        if (!password || password->isEmpty())
            return usageError(QCoreApplication::translate("cli", "The password read from standard input is empty."));
    }

    ConnectionCheck check(request.settings, *password);
    CheckResult result;
    QObject::connect(&check, &ConnectionCheck::finished, &app, [&](const CheckResult &r) {
        result = r;
        app.quit();
    });
    check.start();
    app.exec();

    if (request.transcript)
        err << cli::ResultOutput::transcript(result);
    if (request.json) {
        QJsonObject json = cli::ResultOutput::toJson(result);
        if (oauth)
            json.insert(u"oauth"_s, oauth->toJson());
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << cli::ResultOutput::toHuman(result);
    }
    out.flush();
    if (!result.verified())
        return cli::NotVerified;  // a check that fails never saves
    if (save) {
        AccountProfile profile = cli::profileFromSettings(request.settings, accountAddress, providerId);
        QString secret = *password;
        if (oauth) {
            // The refresh token is what is stored, never the access token.
            profile.auth = AccountProfile::Auth::OAuth2;
            profile.oauth = oauthToSave;
            secret = oauth->tokens->refreshToken;
            if (secret.isEmpty()) {
                err << QCoreApplication::translate("cli", "The provider issued no refresh token, so there is "
                                                          "nothing to save: sign in again next time.")
                    << '\n';
                return cli::StorageFailed;
            }
        }
        const std::optional<VerifiedLogin> login =
            LoginVerification::fromCheck(profile, request.settings, result, secret);
        if (!login) {
            err << QCoreApplication::translate("cli", "This check cannot be saved: an account needs its IMAP server "
                                                      "checked.")
                << '\n';
            return cli::StorageFailed;
        }
        // With --json, stdout holds the JSON document only: the save's message goes to stderr.
        if (cli::KeychainCli::saveVerified(store, *login, request.json ? err : out, err) != cli::KeychainCli::Ok)
            return cli::StorageFailed;
    }
    return cli::Verified;
}
