#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ipw {

/// The shape of password a provider expects, when it has one: the provider files state it
/// (passwordRules.shape), the wizard's input checks use it (core/password).
enum class PasswordShape {
    Any,
    GoogleAppPassword,  ///< 16 letters, shown by Google in four groups of four
    AppleAppPassword,   ///< xxxx-xxxx-xxxx-xxxx (letters), made at account.apple.com
};

/// "any", "google-app-password", "apple-app-password" (the provider files' form).
QString toString(PasswordShape shape);
std::optional<PasswordShape> passwordShapeFromString(QStringView text);

}  // namespace ipw
