#pragma once

#include "diagnosis/Diagnosis.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace ipw {

/// A server's refusal of an IMAP command, as the protocol parser ("net") extracted it. Example: for
/// `a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)` status is "NO", responseCode "AUTHENTICATIONFAILED",
/// text "Invalid credentials (Failure)".
struct ImapRejection {
    QByteArray status;        ///< "NO", "BAD" or "BYE"
    QByteArray responseCode;  ///< RFC 5530/3501 code atom, upper-case, without brackets or arguments; empty if none
    QByteArray text;          ///< the human-readable text after the code, as the server sent it
};

/// Why a LOGIN or AUTHENTICATE was refused. Structure first (RFC 5530 codes, NO/BAD/BYE), then the provider-text
/// table (ProviderTexts.h), which wins where it names a more specific cause. A bare NO is wrong-credentials.
///
///     classifyImapRejection({"NO", "AUTHENTICATIONFAILED", "Invalid credentials"});  // WrongCredentials
///     classifyImapRejection({"NO", "ALERT", "Application-specific password required: ..."});  // AppPasswordRequired
DiagnosisCode classifyImapRejection(const ImapRejection &rejection);

/// Why an EXAMINE or LIST failed after a successful login (default: mailbox-unavailable).
DiagnosisCode classifyImapMailboxFailure(const ImapRejection &rejection);

/// A server's refusal of an SMTP command. Example: for `535-5.7.8 Username and Password not accepted. Learn more at`
/// / `535 5.7.8  https://support.google.com/...` code is 535, enhancedCode "5.7.8", text the two texts joined by '\n'.
struct SmtpRejection {
    int code = 0;             ///< the three-digit reply code
    QByteArray enhancedCode;  ///< RFC 3463 enhanced status code ("5.7.8"), or empty
    QByteArray text;          ///< text of all reply lines joined by '\n', without the codes
};

/// Why an AUTH (or a step before it: greeting, EHLO, STARTTLS) was refused. RFC 4954/3463 replies first, then the
/// provider-text table.
///
///     classifySmtpRejection({535, "5.7.8", "Username and Password not accepted."});  // WrongCredentials
DiagnosisCode classifySmtpRejection(const SmtpRejection &rejection);

/// A socket-level failure (before or instead of any server reply).
DiagnosisCode classifySocketError(QAbstractSocket::SocketError error);

/// The most important problem among a certificate verification's errors: untrusted (self-signed, unknown issuer,
/// revoked, …) before name mismatch before expired/not yet valid. DiagnosisCode::Ok for an empty list.
DiagnosisCode classifySslErrors(const QList<QSslError> &errors);

/// True when certificate date errors more likely mean the computer's clock is wrong than the server's certificate:
/// a certificate "not yet valid", or one that expired long ago (over two years before `now`).
bool clockLooksWrong(const QList<QSslError> &errors, const QSslCertificate &cert, const QDateTime &now);

}  // namespace ipw
