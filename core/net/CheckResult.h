#pragma once

#include "diagnosis/CheckStage.h"
#include "diagnosis/Diagnosis.h"
#include "types/Security.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ipw {

/// What the user needs to decide whether to trust a certificate.
struct CertificateInfo {
    QString subject;
    QString issuer;
    QDateTime notBefore;  ///< UTC
    QDateTime notAfter;   ///< UTC
    QByteArray sha256;    ///< lower-case hex, no colons (the form --trust-cert and pinning take)

    bool isNull() const { return sha256.isEmpty(); }
    static CertificateInfo fromCertificate(const QSslCertificate &certificate);
};

/// The outcome for one protocol.
struct ProtocolResult {
    bool verified = false;
    /// The server accepted the login (IMAP: even if the mailbox checks failed afterwards).
    bool credentialsAccepted = false;
    CheckStage stage = CheckStage::Resolve;  ///< the last stage reached
    DiagnosisCode diagnosis = DiagnosisCode::NotAttempted;
    QString serverText;  ///< the server's own words for the reply that decided the result (password removed)
    QStringList alerts;  ///< [ALERT] texts, verbatim (RFC 3501 §7.1): show them to the user
    /// IMAP: the URL of Gmail's [WEBALERT <url>] (https only, verified by TLS), a page where the user can unblock
    /// the sign-in; offered as a link the user chooses to open, never opened by itself. Empty otherwise.
    QString webAlertUrl;
    CertificateInfo certificate;
    QList<QSslError::SslError> sslErrors;  ///< why the certificate was rejected (empty when it was accepted)
    bool clockLooksWrong = false;          ///< with certificate-expired: the computer's clock is the likelier culprit
    int mailboxes = -1;                    ///< IMAP: top-level folders listed by LIST "" "%" (-1: not reached)
    int inboxMessages = -1;                ///< IMAP: EXISTS of EXAMINE INBOX (-1: not reached)
    quint32 uidValidity = 0;               ///< IMAP: UIDVALIDITY of INBOX
    /// The SASL mechanism (or "LOGIN" command) used for the login attempt: "PLAIN", "LOGIN", "XOAUTH2",
    /// "OAUTHBEARER"; empty when no login was attempted.
    QString authMechanism;
    /// OAuth only: the "status" of the JSON the server sent when it refused the token (RFC 7628 §3.2.2), e.g.
    /// "invalid_token" or Google's "401"; empty otherwise.
    QString oauthStatus;
    std::chrono::milliseconds elapsed{0};
    QStringList transcript;  ///< "C: …" / "S: …" lines, every secret replaced
};

/// The outcome of a ConnectionCheck: a protocol that was not asked for is std::nullopt.
struct CheckResult {
    std::optional<ProtocolResult> imap;
    std::optional<ProtocolResult> smtp;

    /// Every protocol that was asked for is verified.
    bool verified() const;
};

}  // namespace ipw
