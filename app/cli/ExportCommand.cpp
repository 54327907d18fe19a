#include "cli/ExportCommand.h"

#include "accounts/AccountStore.h"
#include "cli/ExitCode.h"
#include "common/HandoffText.h"
#include "common/KeychainText.h"
#include "common/Language.h"
#include "handoff/AppleMailProfile.h"
#include "handoff/ClientConfigExport.h"
#include "pdf/SettingsSheetPdf.h"
#include "setup/AccountProfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

#include <variant>

using namespace Qt::StringLiterals;

namespace ipw::cli {
namespace {

const QStringList kFormats{u"mobileconfig"_s, u"clientconfig"_s, u"pdf"_s};

// A saved account's settings from the accounts file only: an export never reads the keychain.
std::variant<AccountProfile, int> savedProfile(const QString &address, QTextStream &err)
{
    const QString path = AccountStore::defaultFilePath();
    const AccountsFile::Loaded loaded = AccountsFile::load(path);
    if (loaded.error) {
        err << KeychainText::accountsProblem(*loaded.error, std::nullopt, path, loaded.details) << Qt::endl;
        return int(StorageFailed);
    }
    for (const SavedAccount &account : loaded.accounts) {
        if (SavedAccount::normalizedAddress(account.address) == SavedAccount::normalizedAddress(address))
            return AccountProfile::fromSaved(account);
    }
    err << KeychainText::accountsProblem(AccountsError::UnknownAccount, std::nullopt, address, {}) << Qt::endl;
    return int(NotVerified);  // as --use-saved: 1 for an account that is not saved
}

bool writeOutput(const QString &output, const QByteArray &bytes, QString *why)
{
    if (output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            *why = out.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

}  // namespace

ExportCommand::ExportCommand(const ProviderCli &providers)
    : m_providers(providers)
    , m_export(u"export"_s,
               tr("Write the settings as a file for another device: mobileconfig (iPhone/iPad/Mac profile), "
                  "clientconfig (Thunderbird) or pdf (printable sheet). Never holds the password."),
               u"mobileconfig|clientconfig|pdf"_s)
    , m_output(u"output"_s, tr("With --export: the file to write (- for standard output; not for pdf)."), u"FILE"_s)
{
}

QString ExportCommand::flag() const
{
    return m_export.names().constFirst();
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_export);
    parser.addOption(m_output);
}

bool ExportCommand::wantsPdf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--export" && i + 1 < arguments.size() && arguments[i + 1] == u"pdf")
            return true;
        if (arguments[i] == u"--export=pdf")
            return true;
    }
    return false;
}

int ExportCommand::run(const QCommandLineParser &parser, Streams streams)
{
    const QString format = parser.value(m_export);
    if (!kFormats.contains(format))
        return usageError(tr("--export must be mobileconfig, clientconfig or pdf (got \"%1\").").arg(format),
                          streams.err);
    const QString output = parser.value(m_output);
    if (output.isEmpty())
        return usageError(tr("--export needs --output FILE (- for standard output)."), streams.err);
    if (output == u"-" && format == u"pdf")
        return usageError(tr("A PDF does not go to standard output: give a file name with --output."), streams.err);

    QString why;
    const std::optional<ProviderDatabase> db = m_providers.loadDatabase(parser, &why);
    if (!db)
        return usageError(why, streams.err);

    AccountProfile profile;
    if (parser.isSet(u"use-saved"_s)) {
        auto saved = savedProfile(parser.value(u"use-saved"_s), streams.err);
        if (const int *code = std::get_if<int>(&saved))
            return *code;
        profile = std::get<AccountProfile>(std::move(saved));
    } else {
        const std::optional<ExplicitSettings> typed = ProviderCli::explicitSettings(parser, &why);
        if (!typed)
            return usageError(why, streams.err);
        const std::optional<ResolvedSettings> resolved = m_providers.resolve(parser, *db, *typed, &why);
        if (!resolved)
            return usageError(why, streams.err);
        if (!resolved->notice.isEmpty() && !resolved->imap)  // goo: the service ended
            return usageError(resolved->notice.forLanguage(Language::code(Language::current())), streams.err);
        if (!resolved->imap || !resolved->imap->isComplete())
            return usageError(tr("There is no incoming mail server (IMAP) for this address: give it with --imap."),
                              streams.err);
        profile.address = parser.value(u"email"_s).trimmed();
        if (profile.address.isEmpty())
            return usageError(tr("--export needs the mail address: give --email ADDRESS."), streams.err);
        if (!resolved->user || resolved->user->isEmpty())
            return usageError(tr("The user name is not known for this provider: give it with --user."), streams.err);
        profile.providerId = resolved->providerId;
        profile.loginName = *resolved->user;
        profile.smtpLoginName = resolved->smtpUser;
        profile.imap = *resolved->imap;
        if (resolved->smtp && resolved->smtp->isComplete())
            profile.smtp = ServerAddress(*resolved->smtp);
        if (resolved->auth == QList<AuthMethod>{AuthMethod::OAuth2})
            profile.auth = AccountProfile::Auth::OAuth2;
    }

    const HandoffSettings settings = HandoffSettings::fromProfile(profile, &*db);
    if (!settings.hasImap())
        return usageError(HandoffText::problem(AppleMailProfile::Problem::NoImapServer), streams.err);
    const Provider *provider = settings.providerId.isEmpty() ? nullptr : db->byId(settings.providerId);

    QByteArray bytes;
    if (format == u"mobileconfig") {
        if (const auto problem = AppleMailProfile::problem(settings))
            return usageError(HandoffText::problem(*problem), streams.err);
        bytes = AppleMailProfile::toXml(settings, HandoffText::appleProfileTexts(settings, provider));
    } else if (format == u"clientconfig") {
        bytes = clientConfigFor(settings, provider).toXml();
    } else {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return usageError(u"internal: --export pdf needs a QGuiApplication"_s, streams.err);
        bytes = SettingsSheetPdf::render(settings, provider);
    }

    streams.out.flush();
    if (!writeOutput(output, bytes, &why)) {
        streams.err << tr("Cannot write %1: %2").arg(output == u"-" ? tr("standard output") : output, why) << Qt::endl;
        return BadInput;
    }
    if (format == u"mobileconfig") {
        for (const QString &advice : HandoffText::profileAdvice(settings, provider))
            streams.err << advice << '\n';
    }
    if (output != u"-")
        streams.err << tr("Wrote %1.").arg(output) << Qt::endl;
    return Verified;
}

}  // namespace ipw::cli
