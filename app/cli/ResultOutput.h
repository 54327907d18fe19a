#pragma once

#include "common/Sentences.h"
#include "net/CheckResult.h"
#include "setup/NextStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ipw::cli {

/// How imap-password-check reports a CheckResult.
///
/// JSON (a contract for scripts): {"verified": bool, "imap": {…} | null, "smtp": {…} | null}; each protocol object has
/// "verified", "stage", "diagnosis", "serverText", "alerts", "certificate" ({"subject", "issuer", "notBefore",
/// "notAfter", "sha256"} or null), "clockLooksWrong", "credentialsAccepted", "elapsedMs", and for IMAP
/// "webAlertUrl" (Gmail's [WEBALERT] page, https only, or null) and "mailboxes", "inboxMessages", "uidValidity"
/// (null before the mailbox stage), and only when non-empty
/// "authMechanism" ("PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER") and "oauthStatus" (the JSON status of a refused
/// OAuth token, e.g. "invalid_token" or "401"). The CLI adds "nextStep" (toJson(ProviderNextStep, …)) at the top.
class ResultOutput {
    Q_DECLARE_TR_FUNCTIONS(ResultOutput)
public:
    static QJsonObject toJson(const CheckResult &result);
    static QJsonObject toJson(const ProtocolResult &result, Protocol protocol);
    /// The provider's next step: {"kind", "text", "url"}, or null when there is none (Kind::None).
    static QJsonValue toJson(const ProviderNextStep &step, const QString &text);
    /// What happened and what to do next, in the current UI language. `providerNextStep` (describeNextStep),
    /// when not empty, is added after the generic next step of the protocol that decides the result.
    static QString toHuman(const CheckResult &result, const Sentences &providerNextStep = {});
    /// When browser sign-in (or refreshing a saved one) failed, nothing was sent to the mail servers: one block
    /// for the sign-in instead of one per protocol. `details` is the provider's error and description, if any.
    static QString signInFailureToHuman(DiagnosisCode diagnosis, const QString &details);
    /// The redacted transcripts, one block per protocol.
    static QString transcript(const CheckResult &result);
};

}  // namespace ipw::cli
