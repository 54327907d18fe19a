#include "cli/CheckRun.h"

#include "providers/PasswordInput.h"

#include "cli/ExitCode.h"
#include "cli/KeychainCli.h"
#include "cli/ResultOutput.h"
#include "common/Language.h"
#include "common/NextStepText.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "net/ConnectionCheck.h"
#include "setup/CheckOutcome.h"
#include "setup/LoginVerification.h"
#include "setup/NextStep.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

CheckRun::CheckRun(const CheckOptions &options, const ProviderCli &providers, const QCommandLineParser &parser)
    : m_options(options)
    , m_providerCli(providers)
    , m_parser(parser)
{
}

bool CheckRun::saveWanted() const
{
    return m_parser.isSet(KeychainCli::saveOption().names().constFirst());
}

std::optional<QString> CheckRun::prepare(const SavedAccount *saved)
{
    QString why;
    m_address = saved ? saved->address : m_parser.value(u"email"_s).trimmed();
    if (saveWanted() && m_address.isEmpty())
        return QCoreApplication::translate("cli", "--save needs --email ADDRESS to name the account.");
    m_providers = m_providerCli.loadDatabase(m_parser, &why);
    if (!m_providers)
        return why;

    // --provider / --email / --provider-file fill in servers and login name; --imap/--smtp/--user still override.
    CheckSettings base;
    if (saved) {
        // The stored settings; options such as --ca-file or --imap still apply on top.
        const AccountProfile profile = AccountProfile::fromSaved(*saved);
        base = profile.checkSettings(*m_providers);
        m_providerId = saved->providerId;
        m_discovered = DiscoveryRecord::fromSaved(profile);  // never searched again: the record stays as it was
    } else if (m_parser.isSet(u"provider"_s) || m_parser.isSet(u"email"_s) || m_parser.isSet(u"provider-file"_s)) {
        // Typed values go into the look-up too: --email at a domain no provider serves is fine with --imap given.
        QString ignored;  // CheckOptions::toRequest reports bad --imap/--smtp values below, more precisely
        const ExplicitSettings typed = ProviderCli::explicitSettings(m_parser, &ignored).value_or(ExplicitSettings{});
        const std::optional<ResolvedSettings> resolved = m_providerCli.resolve(m_parser, *m_providers, typed, &why);
        if (!resolved)
            return why;
        // The trust rule: settings from plain http or naming a server outside the domain wait for the user's word.
        if (resolved->discovery && resolved->discovery->needsConfirmation &&
            !m_providerCli.discovery().acceptDiscovered(m_parser))
            return DiscoveryCli::needsConfirmationMessage(*resolved->discovery, m_address);
        // An entry with no IMAP (goo: the service ended) has nothing to check unless servers were typed.
        if (!resolved->notice.isEmpty() && !resolved->imap)
            return resolved->notice.forLanguage(Language::code(Language::current()));
        if (resolved->imap && resolved->imap->hasHost())
            base.imap = endpointFor(*resolved->imap, *m_providers);
        if (resolved->smtp && resolved->smtp->hasHost())
            base.smtp = endpointFor(*resolved->smtp, *m_providers);
        base.loginName = resolved->user.value_or(QString());
        base.smtpLoginName = resolved->smtpUser;
        m_providerId = resolved->providerId;
        if (resolved->discovery)
            m_discovered = DiscoveryRecord::fromFound(*resolved->discovery);
    }

    auto parsed = m_options.toRequest(m_parser, base, saved != nullptr);
    if (auto *error = std::get_if<QString>(&parsed))
        return *error;
    m_request = std::get<CheckRequest>(std::move(parsed));
    if (m_request.settings.imap)
        m_request.settings.imap = endpointFor(*m_request.settings.imap, *m_providers);
    if (m_request.settings.smtp)
        m_request.settings.smtp = endpointFor(*m_request.settings.smtp, *m_providers);
    return std::nullopt;
}

CheckResult CheckRun::check(const CheckSettings &settings, const QString &secret)
{
    ConnectionCheck check(settings, Secret::fromString(secret));  // the CLI's edge: stdin gave a QString
    CheckResult result;
    QEventLoop loop;
    QObject::connect(&check, &ConnectionCheck::finished, &loop, [&](const CheckResult &r) {
        result = r;
        loop.quit();
    });
    check.start();
    loop.exec();
    return result;
}

void CheckRun::notePassword(const QString &password)
{
    const Provider *provider = m_providerId.isEmpty() ? nullptr : m_providers->byId(m_providerId);
    m_passwordLooksLikePin = provider && looksLikeFourDigitPin(password, provider->passwordRules);
}

int CheckRun::report(const CheckResult &result, const OAuthCli::Outcome *oauth, Streams streams) const
{
    // The provider's own next step (its portal, its name for the password) is added after the generic one.
    const ProtocolResult *decisive = decisiveResult(result);
    const Provider *provider = m_providerId.isEmpty() ? nullptr : m_providers->byId(m_providerId);
    const ProviderNextStep step = decisive ? nextStepFor(provider, decisive->diagnosis) : ProviderNextStep{};
    const Sentences stepText = describeNextStep(step, NextStepAudience::CommandLine);

    if (m_request.transcript)
        streams.err << ResultOutput::transcript(result);
    if (m_request.json) {
        QJsonObject json = ResultOutput::toJson(result);
        json.insert(u"nextStep"_s, ResultOutput::toJson(step, stepText.joined()));
        if (oauth)
            json.insert(u"oauth"_s, oauth->toJson());
        streams.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        streams.out << ResultOutput::toHuman(result, stepText);
        const Provider *p = provider;
        if (p && m_passwordLooksLikePin && decisive && decisive->diagnosis == DiagnosisCode::WrongCredentials)
            streams.out << describeFourDigitPin(p->passwordName) << '\n';
    }
    streams.out.flush();
    return result.verified() ? Verified : NotVerified;
}

int CheckRun::reportSignInFailure(const OAuthCli::Outcome &oauth, Streams streams) const
{
    // Nothing was sent to the mail servers: each protocol asked for reports the sign-in's diagnosis.
    CheckResult result;
    ProtocolResult notAttempted;
    notAttempted.diagnosis = oauth.diagnosis();
    if (m_request.settings.imap)
        result.imap = notAttempted;
    if (m_request.settings.smtp)
        result.smtp = notAttempted;
    if (m_request.json) {
        // stdout holds the JSON only; the words for a person go to stderr.
        if (oauth.failure && oauth.failure->error != OAuthError::NotConfigured)
            streams.err << OAuthCli::describe(*oauth.failure, oauth.duringRefresh) << '\n';
        QJsonObject json = ResultOutput::toJson(result);
        json.insert(u"nextStep"_s, QJsonValue::Null);
        json.insert(u"oauth"_s, oauth.toJson());
        streams.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        streams.out << ResultOutput::signInFailureToHuman(
            oauth.diagnosis(), oauth.failure ? OAuthCli::details(*oauth.failure) : QString());
    }
    streams.out.flush();
    return NotVerified;
}

int CheckRun::save(const AccountProfile &profile, const CheckSettings &checked, const CheckResult &result,
                   const QString &secret, Streams streams) const
{
    AccountProfile withOrigin = profile;
    withOrigin.discovery = m_discovered ? m_discovered->originFor(profile) : std::nullopt;
    const std::optional<VerifiedLogin> login = LoginVerification::fromCheck(withOrigin, checked, result, secret);
    if (!login) {
        streams.err << QCoreApplication::translate("cli", "This check cannot be saved: an account needs its IMAP "
                                                          "server checked.")
                    << '\n';
        return StorageFailed;
    }
    QtKeychainCredentialStore keychain;
    AccountStore store(keychain);
    // With --json, stdout holds the JSON document only: the save's message goes to stderr.
    if (KeychainCli::saveVerified(store, *login, m_request.json ? streams.err : streams.out, streams.err) !=
        KeychainCli::Ok)
        return StorageFailed;
    return Verified;
}

}  // namespace ipw::cli
