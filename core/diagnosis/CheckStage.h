#pragma once
// TEMPORARY stand-in (branch net) for diag's CheckStage.h; replaced by main's version on merge.
#include <QString>

namespace ipw {
enum class CheckStage { Resolve, Connect, Tls, Greeting, Capability, Starttls, Auth, Mailbox };
QString toString(CheckStage stage);
}  // namespace ipw
