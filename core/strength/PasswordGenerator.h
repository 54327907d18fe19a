#pragma once

#include "strength/PasswordPolicy.h"

#include <QString>

class QRandomGenerator;

namespace ipw {

/// A new password within the provider's rules, from the system's CSPRNG (QRandomGenerator::system()): at least one
/// upper-case letter, one lower-case letter and one digit (and one symbol when the provider states which it
/// accepts), 16 characters or the provider's maximum if that is less, never under its minimum. Without stated
/// symbols it uses letters and digits only, which every provider takes; look-alikes (0/O, 1/l/I) are left out so
/// that it can be typed on a phone.
///
///     const QString suggestion = generatePassword(PasswordPolicy::fromRules(provider.passwordRules));
QString generatePassword(const PasswordPolicy &policy);
/// The same with a given generator (tests pass a seeded one to check the rules on many outputs).
QString generatePassword(const PasswordPolicy &policy, QRandomGenerator &random);

/// The generator's length for a policy: 16, within [minLength, maxLength].
int generatedPasswordLength(const PasswordPolicy &policy);

}  // namespace ipw
