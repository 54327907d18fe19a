#pragma once

#include "net/CheckResult.h"

namespace ipw {

/// What the wizard reads out of a CheckResult, in one place (TestPage counts attempts with it, ResultPage explains).

/// The protocol whose result decides what to tell the user: the first one that was not verified (IMAP before
/// SMTP, and never an SMTP that was merely not attempted because IMAP failed); nullptr when all were verified.
const ProtocolResult *decisiveResult(const CheckResult &result);

/// The server refused the login itself (the password, the login name, or the account): this attempt counts
/// toward the provider's lockout. Connection, TLS and timeouts before the login do not count.
bool loginWasRejected(const CheckResult &result);

/// The diagnosis is about the server's certificate (the user may choose to trust it for that server).
bool isCertificateProblem(DiagnosisCode code);

/// The next step is to fix the password itself (reissue it, make an app password, …).
bool isPasswordProblem(DiagnosisCode code);

/// The server (or the network to it) seems to be down or unreachable: the provider's status page helps.
bool isServerProblem(DiagnosisCode code);

}  // namespace ipw
