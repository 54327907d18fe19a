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
// Wiring in main.cpp (the check's code decides when a login is verified):
//
//     cli::KeychainCli::addOptions(parser, false);        // before parsing; false: CheckOptions has --json
//     …
//     if (auto code = cli::KeychainCli::runStandalone(parser)) return *code;   // --list-saved, --forget
//     // --use-saved ADDRESS: settings and password from the store, then the usual check:
//     //     auto saved = cli::KeychainCli::loadSaved(store, address, err);   // int = exit code on failure
//     // after a check that verified, with --save:
//     //     return cli::KeychainCli::saveVerified(store, login, out, err);   // 0 or 3

#include "accounts/AccountStore.h"

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
    static QCommandLineOption jsonOption();
    static QCommandLineOption useSavedOption();
    static QCommandLineOption forgetOption();

    /// Adds --save, --list-saved, --use-saved, --forget and (unless main.cpp declares it itself for the check's
    /// output) --json.
    static void addOptions(QCommandLineParser &parser, bool addJsonOption = true);

    /// --list-saved or --forget, complete with the real keychain and the default accounts file:
    /// the exit code, or std::nullopt when neither option was given.
    static std::optional<int> runStandalone(const QCommandLineParser &parser);

    static int listSaved(const AccountStore &store, bool json, QTextStream &out, QTextStream &err);
    static int forget(AccountStore &store, const QString &address, QTextStream &out, QTextStream &err);
    /// Only after a check that verified exactly these settings and this password (never after a failed one).
    static int saveVerified(AccountStore &store, const VerifiedLogin &login, QTextStream &out, QTextStream &err);

    struct SavedLogin {
        SavedAccount account;
        QString password;  ///< for the check only: never print or log it
    };
    /// --use-saved: the account and its password, or the exit code after a message on `err`.
    static std::variant<SavedLogin, int> loadSaved(AccountStore &store, const QString &address, QTextStream &err);
};

}  // namespace ipw::cli
