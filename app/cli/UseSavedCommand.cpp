#include "cli/UseSavedCommand.h"

#include "cli/CheckRun.h"
#include "cli/ExitCode.h"
#include "cli/KeychainCli.h"
#include "cli/OAuthCli.h"
#include "cli/SavedSettings.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "setup/SavedAccountCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {
namespace {

// What the refresh of a saved browser sign-in ended with, for the output ("oauth" in the JSON).
OAuthCli::Outcome refreshOutcome(const SavedAccountCheck &job, QTextStream &err)
{
    OAuthCli::Outcome outcome;
    outcome.duringRefresh = true;
    outcome.refreshTokenRotated = job.refreshTokenRotated();
    if (job.rotationProblem()) {
        outcome.notice = OAuthCli::rotationNotSavedNotice(job.rotationProblem()->details);
        err << outcome.notice << '\n';
    }
    if (job.refreshFailure())
        outcome.failure = job.refreshFailure();
    else
        outcome.tokens = job.tokens();
    if (outcome.failure && outcome.failure->error == OAuthError::ForeignMailServer)
        err << OAuthCli::refusalMessage(OAuthBinding::ForeignMailHosts, job.account().oauth->issuer) << '\n';
    return outcome;
}

}  // namespace

QString UseSavedCommand::flag() const
{
    return KeychainCli::useSavedOption().names().constFirst();
}

void UseSavedCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(KeychainCli::useSavedOption());
}

int UseSavedCommand::run(const QCommandLineParser &parser, Streams streams)
{
    const QString address = parser.value(flag());
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    auto found = KeychainCli::findSaved(store, address, streams.err);
    if (const int *code = std::get_if<int>(&found))
        return *code;
    const SavedAccount account = std::get<SavedAccount>(std::move(found));

    // The stored settings; options such as --ca-file or --imap still apply on top.
    CheckRun run(m_options, m_providers, parser);
    if (const std::optional<QString> why = run.prepare(&account))
        return usageError(*why, streams.err);
    CheckRequest &request = run.request();
    std::optional<OAuthSettings> refresh;
    if (account.oauth) {
        QString why;
        const std::optional<OAuthMechanism> mechanism = OAuthCli::mechanism(parser, &why);
        if (!mechanism)
            return usageError(why, streams.err);
        request.settings.oauthMechanism = *mechanism;
        auto settings = OAuthCli::settingsForSaved(parser, *account.oauth, OAuthClients::load());
        if (const QString *error = std::get_if<QString>(&settings))
            return usageError(*error, streams.err);
        refresh = std::get<OAuthSettings>(std::move(settings));
    }

    SavedAccountCheck job(store, account, request.settings, refresh);
    QEventLoop loop;
    QObject::connect(&job, &SavedAccountCheck::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.readProblem())
        return KeychainCli::reportReadProblem(store, *job.readProblem(), address, streams.err);
    std::optional<OAuthCli::Outcome> oauth;
    if (account.oauth) {
        oauth = refreshOutcome(job, streams.err);
        if (!oauth->tokens)
            return run.reportSignInFailure(*oauth, streams);
    }
    if (!job.result())
        return NotVerified;  // cancelled: nothing to report (the CLI never cancels)

    const CheckResult &result = *job.result();
    const int code = run.report(result, oauth ? &*oauth : nullptr, streams);
    if (code != Verified || !run.saveWanted())
        return code;
    AccountProfile profile = profileFromSettings(job.settings(), account.address, account.providerId);
    if (account.oauth) {
        profile.auth = AccountProfile::Auth::OAuth2;
        profile.oauth = account.oauth;
    }
    // job.secret(): the password, or the refresh token as it is now (a rotated one included).
    return run.save(profile, job.settings(), result, job.secret(), streams);
}

}  // namespace ipw::cli
