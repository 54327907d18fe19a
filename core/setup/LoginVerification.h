#pragma once
// From a verified check to what the keychain may keep: the one producer of VerifiedLogin.

#include "accounts/VerifiedLogin.h"
#include "net/CheckResult.h"
#include "net/CheckSettings.h"
#include "setup/AccountProfile.h"

#include <QString>

#include <optional>

namespace ipw {

/// Only a check that verified every protocol it ran, with exactly the servers and login name of `profile`, makes a
/// VerifiedLogin; its time is now.
///
///     const CheckSettings settings = profile.checkSettings(providers);
///     … ConnectionCheck check(settings, Secret::fromString(password)); … finished(result) …
///     if (auto login = LoginVerification::fromCheck(profile, settings, result, password))
///         store.save(*login);
struct LoginVerification {
    /// `secret` is what the keychain keeps: the password, or for Auth::OAuth2 the refresh token (never the access
    /// token the check used). std::nullopt when the check was not verified, ran other settings than the profile's,
    /// or the secret is empty.
    static std::optional<VerifiedLogin> fromCheck(const AccountProfile &profile, const CheckSettings &checked,
                                                  const CheckResult &result, const QString &secret);
};

}  // namespace ipw
