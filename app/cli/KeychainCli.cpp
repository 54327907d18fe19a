#include "cli/KeychainCli.h"

#include "cli/TerminalText.h"

#include "common/KeychainText.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ipw::cli {
namespace {

// The CLI is a thin, sequential client: run one job to its end.
void wait(AccountJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &AccountJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
}

QString describe(const AccountStore &store, const AccountJob &job, const QString &address)
{
    const AccountsError error = *job.error();
    const QString subject = error == AccountsError::UnknownAccount ? address : store.filePath();
    return KeychainText::accountsProblem(error, job.keychainError(), subject, job.errorDetails());
}

QString serverLine(const ServerAddress &server)
{
    return u"%1:%2 (%3)"_s.arg(server.host).arg(server.port).arg(toString(server.security));
}

}  // namespace

QCommandLineOption KeychainCli::saveOption()
{
    return {u"save"_s, tr("After a successful check, save the account (the password goes to the system keychain "
                          "only).")};
}
QCommandLineOption KeychainCli::listSavedOption()
{
    return {u"list-saved"_s, tr("List the saved accounts (never their passwords).")};
}
QCommandLineOption KeychainCli::useSavedOption()
{
    return {u"use-saved"_s, tr("Check the saved account <address> again with its stored settings and password."),
            tr("address")};
}
QCommandLineOption KeychainCli::forgetOption()
{
    return {u"forget"_s, tr("Remove the saved account <address> and its password from the keychain."), tr("address")};
}

int KeychainCli::listSaved(const AccountStore &store, bool json, QTextStream &out, QTextStream &err)
{
    const AccountsFile::Loaded loaded = store.list();
    if (loaded.error) {
        err << KeychainText::accountsProblem(*loaded.error, std::nullopt, store.filePath(), loaded.details) << Qt::endl;
        return StorageFailed;
    }
    if (json) {
        // The file's own fields (SavedAccount::toJson): there is no password in them to leak.
        QJsonArray accounts;
        for (const SavedAccount &account : loaded.accounts) {
            accounts.append(account.toJson());
        }
        out << QJsonDocument(QJsonObject{{u"accounts"_s, accounts}}).toJson(QJsonDocument::Indented);
        out.flush();
        return Ok;
    }
    if (loaded.accounts.isEmpty()) {
        out << tr("No saved accounts.") << Qt::endl;
        return Ok;
    }
    const QLocale locale;
    for (const SavedAccount &account : loaded.accounts) {
        // accounts.json is writable by any process of the user: what it says is printed with control characters
        // made visible, like a server's words.
        out << TerminalText::escaped(account.address) << Qt::endl;
        out << u"  "_s << tr("Login name: %1").arg(TerminalText::escaped(account.loginName)) << Qt::endl;
        if (!account.providerId.isEmpty()) {
            out << u"  "_s << tr("Provider: %1").arg(TerminalText::escaped(account.providerId)) << Qt::endl;
        }
        out << u"  "_s << tr("IMAP: %1").arg(TerminalText::escaped(serverLine(account.imap))) << Qt::endl;
        if (account.smtp) {
            out << u"  "_s << tr("SMTP: %1").arg(TerminalText::escaped(serverLine(*account.smtp))) << Qt::endl;
        }
        out << u"  "_s
            << tr("Last verified: %1").arg(locale.toString(account.lastVerified.toLocalTime(), QLocale::ShortFormat))
            << Qt::endl;
        if (account.discovery) {
            // The source as --show-settings --json spells it (srv, ispdb, …); --use-saved does not look it up again.
            out << u"  "_s
                << tr("Found by: %1 on %2 (%3)")
                       .arg(toString(account.discovery->source),
                            account.discovery->foundAt.toLocalTime().date().toString(Qt::ISODate),
                            TerminalText::escaped(account.discovery->detail))
                << Qt::endl;
        }
    }
    return Ok;
}

int KeychainCli::forget(AccountStore &store, const QString &address, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<AccountJob> job(store.forget(address));
    wait(job.get());
    if (job->error()) {
        err << describe(store, *job, address) << Qt::endl;
        if (*job->error() == AccountsError::UnknownAccount) {
            err << tr("See the saved accounts with --list-saved.") << Qt::endl;
            return UnknownAccount;
        }
        return StorageFailed;
    }
    out << tr("Forgot %1: its settings and its password in the keychain are removed.").arg(job->account().address)
        << Qt::endl;
    return Ok;
}

int KeychainCli::saveVerified(AccountStore &store, const VerifiedLogin &login, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<AccountJob> job(store.save(login));
    wait(job.get());
    if (job->error()) {
        err << tr("The login works, but the account was not saved.") << u' '
            << describe(store, *job, login.account().address) << Qt::endl;
        return StorageFailed;
    }
    out << tr("Saved %1. The password is in the system keychain only.").arg(login.account().address) << Qt::endl;
    return Ok;
}

std::variant<SavedAccount, int> KeychainCli::findSaved(const AccountStore &store, const QString &address,
                                                       QTextStream &err)
{
    const AccountsFile::Loaded loaded = store.list();
    if (loaded.error) {
        err << KeychainText::accountsProblem(*loaded.error, std::nullopt, store.filePath(), loaded.details) << Qt::endl;
        return int(StorageFailed);
    }
    for (const SavedAccount &account : loaded.accounts) {
        if (SavedAccount::normalizedAddress(account.address) == SavedAccount::normalizedAddress(address))
            return account;
    }
    return reportReadProblem(store, StorageProblem{AccountsError::UnknownAccount, std::nullopt, {}}, address, err);
}

int KeychainCli::reportReadProblem(const AccountStore &store, const StorageProblem &problem, const QString &address,
                                   QTextStream &err)
{
    const QString subject = problem.error == AccountsError::UnknownAccount ? address : store.filePath();
    err << KeychainText::accountsProblem(problem.error, problem.keychainError, subject, problem.details) << Qt::endl;
    if (problem.error == AccountsError::UnknownAccount) {
        err << tr("See the saved accounts with --list-saved.") << Qt::endl;
        return UnknownAccount;
    }
    return StorageFailed;
}

}  // namespace ipw::cli
