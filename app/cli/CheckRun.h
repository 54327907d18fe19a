#pragma once
// What a check, --oauth and --use-saved share: the settings from the options (or a saved account), the check
// itself, the report on stdout and, with --save, the saved account.

#include "cli/CheckOptions.h"
#include "cli/Command.h"
#include "cli/OAuthCli.h"
#include "cli/ProviderCli.h"
#include "net/CheckResult.h"
#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"
#include "setup/DiscoveryRecord.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ipw::cli {

///     CheckRun run(checkOptions, providerCli, parser);
///     if (auto why = run.prepare()) return Command::usageError(*why, err);
///     const CheckResult result = CheckRun::check(run.request().settings, password);
///     const int code = run.report(result, nullptr, streams);   // Verified or NotVerified
class CheckRun {
public:
    CheckRun(const CheckOptions &options, const ProviderCli &providers, const QCommandLineParser &parser);

    /// Loads the providers and makes the request: from --provider/--email/--provider-file and the typed options,
    /// or, with `saved`, from that account's settings with the options on top. A usage error's sentence, or nothing.
    std::optional<QString> prepare(const SavedAccount *saved = nullptr);

    const ProviderDatabase &providers() const { return *m_providers; }
    CheckRequest &request() { return m_request; }
    /// Notes what report() should say about the password typed (a 4-digit PIN by mistake); keeps nothing of it.
    void notePassword(const QString &password);
    const QString &providerId() const { return m_providerId; }
    /// The account's address: --email, or the saved account's.
    const QString &address() const { return m_address; }
    bool saveWanted() const;

    /// Runs one ConnectionCheck to its end.
    static CheckResult check(const CheckSettings &settings, const QString &secret);

    /// The result on stdout (JSON or words, with the provider's next step after a failure) and --transcript on
    /// stderr: Verified or NotVerified. `oauth`: the "oauth" object of the JSON, for a check with a token.
    int report(const CheckResult &result, const OAuthCli::Outcome *oauth, Streams streams) const;
    /// A browser sign-in or refresh that failed: nothing was sent to the mail servers. NotVerified.
    int reportSignInFailure(const OAuthCli::Outcome &oauth, Streams streams) const;
    /// --save after a check that verified: Verified, or StorageFailed. `secret`: the password or the refresh token.
    /// The account keeps where discovery found its servers (the --email look-up, or the saved account's record)
    /// while `profile`'s servers are still those (DiscoveryRecord::originFor).
    int save(const AccountProfile &profile, const CheckSettings &checked, const CheckResult &result,
             const QString &secret, Streams streams) const;

private:
    const CheckOptions &m_options;
    const ProviderCli &m_providerCli;
    const QCommandLineParser &m_parser;
    std::optional<ProviderDatabase> m_providers;
    CheckRequest m_request;
    QString m_providerId;
    std::optional<DiscoveryRecord> m_discovered;  // where the servers were found: by --email's look-up, or saved
    bool m_passwordLooksLikePin = false;          // a 4-digit number where the provider's password is longer
    QString m_address;
};

}  // namespace ipw::cli
