#include "strength/PasswordPolicy.h"

#include <algorithm>

namespace ipw {

namespace {

// Length defaults where a provider states none: NIST SP 800-63B asks for at least 8 characters and for allowing
// at least 64.
constexpr int defaultMinLength = 8;
constexpr int defaultMaxLength = 64;

}  // namespace

PasswordPolicy PasswordPolicy::fromRules(const PasswordRules &rules)
{
    PasswordPolicy policy;
    policy.applies = rules.chosenBy == PasswordChooser::User;
    policy.minLength = std::max(1, rules.minLength.value_or(defaultMinLength));
    policy.maxLength = std::max(policy.minLength, rules.maxLength.value_or(defaultMaxLength));
    return policy;
}

bool PasswordPolicy::allowsCharacter(QChar c) const
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    if (symbols)
        return symbols->contains(c);
    return u > 0x20 && u < 0x7f;  // printable ASCII, no space: what mail servers' password fields take
}

}  // namespace ipw
