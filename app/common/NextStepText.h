#pragma once

#include "setup/NextStep.h"

#include <QString>

namespace ipw {

/// The provider's next step (core/setup/NextStep.h) as one sentence in the current UI language, for the wizard's
/// result page and the CLI alike; empty for ProviderNextStep::Kind::None. Pass it to describe(code, …) so it replaces
/// the generic next step.
///
///     describe(code, describeNextStep(nextStepFor(provider, code))).nextStep
///     // "docomo wants its IMAP専用パスワード here. Check it on My docomo, …"
QString describeNextStep(const ProviderNextStep &step);

}  // namespace ipw
