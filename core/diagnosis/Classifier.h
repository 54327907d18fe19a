#pragma once
// TEMPORARY stand-in (branch net) for diag's Classifier.h; replaced by main's version on merge.
#include "diagnosis/Diagnosis.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace ipw {
struct ImapRejection {
    QByteArray status;
    QByteArray responseCode;
    QByteArray text;
};
DiagnosisCode classifyImapRejection(const ImapRejection &rejection);
DiagnosisCode classifyImapMailboxFailure(const ImapRejection &rejection);
struct SmtpRejection {
    int code = 0;
    QByteArray enhancedCode;
    QByteArray text;
};
DiagnosisCode classifySmtpRejection(const SmtpRejection &rejection);
DiagnosisCode classifySocketError(QAbstractSocket::SocketError error);
DiagnosisCode classifySslErrors(const QList<QSslError> &errors);
bool clockLooksWrong(const QList<QSslError> &errors, const QSslCertificate &certificate, const QDateTime &now);
}  // namespace ipw
