#include "cli/OAuthSignInCommand.h"

#include "cli/CheckRun.h"
#include "cli/ExitCode.h"
#include "cli/OAuthCli.h"
#include "cli/SavedSettings.h"
#include "setup/OAuthSetup.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

QString OAuthSignInCommand::flag() const
{
    return u"oauth"_s;
}

void OAuthSignInCommand::addOptions(QCommandLineParser &parser) const
{
    OAuthCli::addOptions(parser);
}

int OAuthSignInCommand::run(const QCommandLineParser &parser, Streams streams)
{
    CheckRun run(m_options, m_providers, parser);
    if (const std::optional<QString> why = run.prepare())
        return usageError(*why, streams.err);
    CheckRequest &request = run.request();
    if (request.passwordFromStdin)
        return usageError(QCoreApplication::translate("cli", "--oauth signs in without a password: leave out "
                                                             "--password-stdin."),
                          streams.err);
    QString why;
    const std::optional<OAuthMechanism> mechanism = OAuthCli::mechanism(parser, &why);
    if (!mechanism)
        return usageError(why, streams.err);
    request.settings.credential = Credential::OAuthAccessToken;
    request.settings.oauthMechanism = *mechanism;

    const Provider *provider = run.providerId().isEmpty() ? nullptr : run.providers().byId(run.providerId());
    const OAuthClients clients = OAuthClients::load();
    auto settings = OAuthCli::settingsFor(parser, provider, clients, run.address());
    if (const QString *error = std::get_if<QString>(&settings))
        return usageError(*error, streams.err);
    const OAuthSettings &oauthSettings = std::get<OAuthSettings>(settings);
    const QString issuer = provider && provider->oauth2 && !provider->oauth2->issuer.isEmpty()
                               ? provider->oauth2->issuer
                               : oauthSettings.authorizeUrl.host();
    // A token goes only to its issuer's mail hosts, whatever the provider file and the options say (issue 13).
    if (const OAuthBinding binding =
            KnownIssuers::builtIn().check(oauthSettings, mailHostsOf(request.settings), clients);
        binding != OAuthBinding::Allowed)
        return usageError(OAuthCli::refusalMessage(binding, issuer), streams.err);
    OAuthCli::Outcome oauth;
    if (!oauthSettings.isConfigured()) {
        oauth.failure = OAuthFailure{};
        oauth.failure->error = OAuthError::NotConfigured;
        streams.err << OAuthCli::notConfiguredMessage(issuer) << '\n';
        streams.err.flush();
        return run.reportSignInFailure(oauth, streams);
    }
    oauth = OAuthCli::signIn(oauthSettings, OAuthCli::browserAllowed(parser), streams.err);
    if (!oauth.tokens)
        return run.reportSignInFailure(oauth, streams);

    // The check logs in with the access token (memory only).
    const CheckResult result = CheckRun::check(request.settings, oauth.tokens->accessToken);
    const int code = run.report(result, &oauth, streams);
    if (code != Verified || !run.saveWanted())
        return code;
    // The refresh token is what is stored, never the access token.
    if (oauth.tokens->refreshToken.isEmpty()) {
        streams.err << QCoreApplication::translate("cli", "The provider issued no refresh token, so there is "
                                                          "nothing to save: sign in again next time.")
                    << '\n';
        return StorageFailed;
    }
    AccountProfile profile = profileFromSettings(request.settings, run.address(), run.providerId());
    profile.auth = AccountProfile::Auth::OAuth2;
    profile.oauth = savedOAuthFor(oauthSettings, issuer);
    return run.save(profile, request.settings, result, oauth.tokens->refreshToken, streams);
}

}  // namespace ipw::cli
