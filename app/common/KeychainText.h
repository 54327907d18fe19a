#pragma once
// What the CLI and the wizard say about keychain and saved-account errors: what happened and what the user can do.
//
//     err << ipw::KeychainText::accountsProblem(*job->error(), job->keychainError(), store.filePath(),
//                                               job->errorDetails());

#include "accounts/AccountsError.h"
#include "keychain/KeychainError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ipw {

class KeychainText {
    Q_DECLARE_TR_FUNCTIONS(KeychainText)
public:
    /// One or two sentences: the problem, then what to do. `details` is the backend's own text (may be empty).
    static QString keychainProblem(KeychainError error, const QString &details = QString());
    /// For AccountsError::Keychain, `keychainError` says which keychain problem; `subject` is the file path
    /// (file errors) or the address (UnknownAccount).
    static QString accountsProblem(AccountsError error, std::optional<KeychainError> keychainError,
                                   const QString &subject, const QString &details = QString());
};

}  // namespace ipw
