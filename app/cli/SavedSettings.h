#pragma once
// Between the CLI's check settings and the account profile core/setup saves.

#include "setup/AccountProfile.h"

namespace ipw::cli {

/// The profile a check with `settings` stands for (its servers, login name and pins), to save after it verified.
AccountProfile profileFromSettings(const CheckSettings &settings, const QString &address, const QString &providerId);

}  // namespace ipw::cli
