#include "common/KeychainText.h"

namespace ipw {
namespace {
QString withDetails(const QString &sentence, const QString &details)
{
    return details.isEmpty() ? sentence : KeychainText::tr("%1 (Details: %2)").arg(sentence, details);
}
}  // namespace

QString KeychainText::keychainProblem(KeychainError error, const QString &details)
{
    switch (error) {
    case KeychainError::NoBackend:
        return withDetails(tr("No keychain service is running, so the password cannot be stored safely. Install "
                              "and start a Secret Service such as GNOME Keyring or KeePassXC (on KDE: KWallet), "
                              "then try again. The password is never written to a plain file instead."),
                           details);
    case KeychainError::Locked:
        return tr("Your keyring is locked. Unlock it (for example in the Passwords and Keys app, or by logging in "
                  "to the desktop again), then try again.");
    case KeychainError::AccessDenied:
        return withDetails(tr("The keychain refused access. Allow IMAP Password Wizard to use the keychain when "
                              "you are asked, then try again."),
                           details);
    case KeychainError::NotFound:
        return tr("The keychain has no password for this account. If your keyring is locked, unlock it; "
                  "otherwise check the account again and save it.");
    case KeychainError::NoDbus:
        return withDetails(tr("There is no D-Bus session, so the keychain cannot be reached. Run this in your "
                              "desktop session (or start one with dbus-run-session) with a Secret Service such "
                              "as GNOME Keyring running."),
                           details);
    case KeychainError::Other:
        break;
    }
    return withDetails(tr("The keychain reported an error."), details);
}

QString KeychainText::accountsProblem(AccountsError error, std::optional<KeychainError> keychainError,
                                      const QString &subject, const QString &details)
{
    switch (error) {
    case AccountsError::Keychain:
        return keychainProblem(keychainError.value_or(KeychainError::Other), details);
    case AccountsError::NotVerified:
        return tr("Only a login that was just checked successfully can be saved. Check the account first.");
    case AccountsError::UnknownAccount:
        return tr("No saved account has the address %1.").arg(subject);
    case AccountsError::InvalidAddress:
        return tr("“%1” is not a mail address that can be saved: it needs a name, an @ and a valid domain, without "
                  "spaces. Check the address and save again.")
            .arg(subject);
    case AccountsError::FileCorrupt:
        return withDetails(tr("The saved-accounts file %1 is damaged. It was left as it is and nothing was saved "
                              "over it. Move it aside (or repair it), then save your accounts again.")
                               .arg(subject),
                           details);
    case AccountsError::FileTooNew:
        return tr("The saved-accounts file %1 was written by a newer version of IMAP Password Wizard. Update this "
                  "program to use it; the file was left as it is.")
            .arg(subject);
    case AccountsError::FileUnreadable:
        return withDetails(tr("The saved-accounts file %1 cannot be read. Check its permissions.").arg(subject),
                           details);
    case AccountsError::FileWriteFailed:
        break;
    }
    return withDetails(tr("The saved-accounts file %1 could not be written; the previous version is unchanged. "
                          "Check free disk space and permissions, then try again.")
                           .arg(subject),
                       details);
}

}  // namespace ipw
