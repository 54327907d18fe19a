#pragma once

#include "setup/NextStep.h"

#include <QString>

namespace ipw {

/// Who reads the sentence: the wizard points at its own buttons, the command line at its own options.
enum class NextStepAudience { Wizard, CommandLine };

/// The provider's next step (core/setup/NextStep.h) as one sentence in the current UI language, for the wizard's
/// result page and the CLI alike; empty for ProviderNextStep::Kind::None. Pass it to describe(code, …) so it replaces
/// the generic next step.
///
///     describe(code, describeNextStep(nextStepFor(provider, code))).nextStep
///     // "docomo wants its IMAP専用パスワード here. Check it on My docomo, …"
QString describeNextStep(const ProviderNextStep &step, NextStepAudience audience = NextStepAudience::Wizard);

/// The warning for a 4-digit number typed where `passwordName` is meant (looksLikeFourDigitPin): a PIN such as
/// docomo's ネットワーク暗証番号 opens the portal, but mail apps need the password itself.
QString describeFourDigitPin(const LocalizedText &passwordName);

}  // namespace ipw
