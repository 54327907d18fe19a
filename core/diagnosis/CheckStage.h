#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ipw {

/// The steps of a connection check, in the order they happen. A result reports the last stage reached; the
/// string forms are stable (JSON, scripts): "resolve", "connect", "tls", "greeting", "capability", "starttls",
/// "auth", "mailbox" (IMAP only).
///
///     result.stage = CheckStage::Auth;
///     json["stage"] = toString(result.stage);   // "auth"
enum class CheckStage { Resolve, Connect, Tls, Greeting, Capability, Starttls, Auth, Mailbox };

QString toString(CheckStage stage);
/// Inverse of toString(CheckStage); std::nullopt for an unknown name.
std::optional<CheckStage> checkStageFromString(QStringView name);

}  // namespace ipw
