#pragma once

#include "AccountDraft.h"
#include "net/CheckResult.h"
#include "net/CheckSettings.h"

#include <QString>

namespace ipw {

/// The text "Copy report for support" puts on the clipboard: the servers, the diagnosis of each protocol (its
/// stable code and the headline in the user's language), the server's words, [ALERT]s, certificate details and the
/// redacted transcript. Never the password: the transcript is redacted by the tester, and as a second guard any
/// occurrence of the draft's password is replaced as well.
/// `rejectedAttempts`: the passwords rejected in this run (LockoutGuard).
QString supportReport(const AccountDraft &draft, const CheckSettings &settings, const CheckResult &result,
                      int rejectedAttempts);

}  // namespace ipw
