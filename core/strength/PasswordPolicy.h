#pragma once

#include "providers/ProviderTypes.h"

#include <QString>

#include <optional>

namespace ipw {

/// What a password the user chooses must be: the provider's length rules, with safe defaults where the provider
/// file states none, and the symbols it accepts where a provider states them (no provider file does yet: then any
/// printable ASCII character passes the check, and the generator uses letters and digits only, which every
/// provider accepts).
///
///     const PasswordPolicy policy = PasswordPolicy::fromRules(provider.passwordRules);
///     if (policy.applies) ... show the strength meter ...
struct PasswordPolicy {
    /// The provider lets the user choose the password (passwordRules.chosenBy == "user").
    bool applies = false;
    int minLength = 8;
    int maxLength = 64;
    /// The symbols allowed besides letters and digits; std::nullopt when the provider does not say.
    std::optional<QString> symbols;

    static PasswordPolicy fromRules(const PasswordRules &rules);

    /// The characters the generator draws from: letters, digits and, when stated, the symbols.
    bool allowsCharacter(QChar c) const;
    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};

}  // namespace ipw
