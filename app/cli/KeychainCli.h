#pragma once
// The CLI's saved-account commands: --save, --list-saved [--json], --use-saved ADDRESS, --forget ADDRESS.
// Nothing here ever prints a stored password.
//
// Exit codes (the same numbers as cli::ExitCode of the check; see docs/keychain.md):
//   0  done
//   1  the named account is not saved (--forget / --use-saved of an unknown address)
//   3  the keychain or the accounts file failed (after a verified check for --save; the check's own result
//      stands, but nothing, or not everything, was saved)
//
// The commands (ListSavedCommand, ForgetCommand, UseSavedCommand, and a check with --save) call these:
//
//     auto account = cli::KeychainCli::findSaved(store, address, err);   // int = exit code on failure
//     // after a check that verified, with --save:
//     return cli::KeychainCli::saveVerified(store, login, out, err);     // 0 or 3

#include "accounts/AccountStore.h"
#include "setup/SavedAccountCheck.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace ipw::cli {

class KeychainCli {
    Q_DECLARE_TR_FUNCTIONS(KeychainCli)
public:
    enum ExitCode { Ok = 0, UnknownAccount = 1, StorageFailed = 3 };

    static QCommandLineOption saveOption();
    static QCommandLineOption listSavedOption();
    static QCommandLineOption useSavedOption();
    static QCommandLineOption forgetOption();

    static int listSaved(const AccountStore &store, bool json, QTextStream &out, QTextStream &err);
    static int forget(AccountStore &store, const QString &address, QTextStream &out, QTextStream &err);
    /// Only after a check that verified exactly these settings and this password (never after a failed one).
    static int saveVerified(AccountStore &store, const VerifiedLogin &login, QTextStream &out, QTextStream &err);

    /// --use-saved: the saved account (its settings, not its password), or the exit code after a message on `err`.
    static std::variant<SavedAccount, int> findSaved(const AccountStore &store, const QString &address,
                                                     QTextStream &err);
    /// Reading a saved account's secret failed (SavedAccountCheck::readProblem): the message on `err`, the exit code.
    static int reportReadProblem(const AccountStore &store, const StorageProblem &problem, const QString &address,
                                 QTextStream &err);
};

}  // namespace ipw::cli
