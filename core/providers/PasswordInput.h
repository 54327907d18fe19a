#pragma once

#include "providers/ProviderTypes.h"
#include "types/PasswordShape.h"

#include <QList>
#include <QString>

namespace ipw {

/// What a password field's content may be wrong about, found while the user types. None of these is an error
/// by itself (a password may really contain a space); the wizard points them out and offers a fix.
enum class PasswordInputIssue {
    Empty,
    FullWidthCharacters,     ///< 全角 letters, digits, symbols or the ideographic space (IME left on)
    LeadingOrTrailingSpace,  ///< usually pasted along with the password
    GroupedAppPassword,      ///< looks like an app password copied with its display spaces ("abcd efgh ijkl mnop")
};

/// Checks a password as typed. Pure function: no secret leaves it.
///
///     const auto issues = checkPasswordInput(u"ａｂｃ"_s, PasswordShape::Any);  // {FullWidthCharacters}
QList<PasswordInputIssue> checkPasswordInput(const QString &input, PasswordShape shape);

/// A 4-digit number where the provider's password is longer (docomo: IMAP専用パスワード, about 10 characters): most
/// likely a PIN typed by mistake, such as docomo's 4-digit ネットワーク暗証番号, which opens the portal but is not the
/// password for mail apps. Full-width digits count too. Pure function: no secret leaves it.
///
///     looksLikeFourDigitPin(u"1234"_s, docomo.passwordRules)  // true (minLength 10)
bool looksLikeFourDigitPin(const QString &input, const PasswordRules &rules);

/// Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space (U+3000) to their ASCII forms;
/// everything else unchanged (a Japanese password character stays what it is).
QString toHalfWidth(const QString &input);

/// "abcd efgh ijkl mnop" → "abcdefghijklmnop" for a grouped app password; anything else unchanged.
QString withoutAppPasswordSpaces(const QString &input, PasswordShape shape);

}  // namespace ipw
