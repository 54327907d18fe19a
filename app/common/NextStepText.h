#pragma once

#include "common/Sentences.h"
#include "setup/NextStep.h"

#include <QString>

namespace ipw {

/// Who reads the sentence: the wizard points at its own buttons, the command line at its own options.
enum class NextStepAudience { Wizard, CommandLine };

/// The provider's next step (core/setup/NextStep.h) in the current UI language, for the wizard's result page and
/// the CLI alike: its lead sentence names what the provider wants, the rest says where and how. Empty for
/// ProviderNextStep::Kind::None. Pass it to describe(code, …), which adds it to the generic next step.
///
///     describe(code, describeNextStep(nextStepFor(provider, code))).nextStep()
///     // "Check the login name … \n docomo mail wants its IMAP専用パスワード here. Check it on …"
Sentences describeNextStep(const ProviderNextStep &step, NextStepAudience audience = NextStepAudience::Wizard);

/// The warning for a 4-digit number typed where `passwordName` is meant (looksLikeFourDigitPin): a PIN such as
/// docomo's ネットワーク暗証番号 opens the portal, but mail apps need the password itself.
QString describeFourDigitPin(const LocalizedText &passwordName);

}  // namespace ipw
