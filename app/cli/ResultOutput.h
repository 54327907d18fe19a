#pragma once

#include "net/CheckResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ipw::cli {

/// How imap-password-check reports a CheckResult.
///
/// JSON (a contract for scripts): {"verified": bool, "imap": {…} | null, "smtp": {…} | null}; each protocol object has
/// "verified", "stage", "diagnosis", "serverText", "alerts", "certificate" ({"subject", "issuer", "notBefore",
/// "notAfter", "sha256"} or null), "clockLooksWrong", "credentialsAccepted", "elapsedMs", and for IMAP
/// "mailboxes", "inboxMessages", "uidValidity" (null before the mailbox stage), and only when non-empty
/// "authMechanism" ("PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER") and "oauthStatus" (the JSON status of a refused
/// OAuth token, e.g. "invalid_token" or "401").
class ResultOutput {
    Q_DECLARE_TR_FUNCTIONS(ResultOutput)
public:
    static QJsonObject toJson(const CheckResult &result);
    static QJsonObject toJson(const ProtocolResult &result, Protocol protocol);
    /// What happened and what to do next, in the current UI language.
    static QString toHuman(const CheckResult &result);
    /// When browser sign-in (or refreshing a saved one) failed, nothing was sent to the mail servers: one block
    /// for the sign-in instead of one per protocol. `details` is the provider's error and description, if any.
    static QString signInFailureToHuman(DiagnosisCode diagnosis, const QString &details);
    /// The redacted transcripts, one block per protocol.
    static QString transcript(const CheckResult &result);
};

}  // namespace ipw::cli
