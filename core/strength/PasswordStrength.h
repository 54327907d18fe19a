#pragma once

#include "strength/PasswordPolicy.h"

#include <QList>
#include <QString>

namespace ipw {

/// What is wrong with a chosen password against the provider's rules.
enum class PasswordRuleProblem {
    TooShort,             ///< fewer than PasswordPolicy::minLength characters
    TooLong,              ///< more than PasswordPolicy::maxLength characters
    CharacterNotAllowed,  ///< a space, a full-width or other non-ASCII character, or a symbol the provider refuses
};

/// How hard a password is to guess, as zxcvbn rates it: 0 (guessed at once) to 4 (very hard).
enum class StrengthScore { VeryWeak = 0, Weak = 1, Fair = 2, Good = 3, Strong = 4 };

struct StrengthEstimate {
    StrengthScore score = StrengthScore::VeryWeak;
    double bits = 0;                 ///< zxcvbn-c's estimate: log2 of the guesses an attacker needs
    bool containsAddress = false;    ///< the address, its part before @ or a piece of that (4+ letters) is in it
    bool containsLoginName = false;  ///< the login name is in it
    QList<PasswordRuleProblem> problems;

    /// The rules are met and the score is Good or better, with neither the address nor the login name in it.
    bool acceptable() const;
};

/// Rates a password the user chooses, for the strength meter (zxcvbn-c: dictionaries, keyboard patterns, dates,
/// repeats; the address, its parts and the login name count as words an attacker tries first). Pure: no I/O.
///
///     const StrengthEstimate e = estimatePasswordStrength(typed, policy, u"taro@i.softbank.jp"_s, u"taro"_s);
///     if (e.containsAddress) ... warn ...
StrengthEstimate estimatePasswordStrength(const QString &password, const PasswordPolicy &policy,
                                          const QString &address = {}, const QString &loginName = {});

/// The score for an entropy in bits, by zxcvbn's thresholds (10^3, 10^6, 10^8, 10^10 guesses).
StrengthScore scoreForBits(double bits);

}  // namespace ipw
