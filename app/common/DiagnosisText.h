#pragma once

#include "diagnosis/CheckStage.h"
#include "diagnosis/Diagnosis.h"

#include <QString>
#include <QStringView>

namespace ipw {

/// What the CLI and the wizard tell a person about a diagnosis, in the current UI language (Language::apply).
struct DiagnosisText {
    QString headline;     ///< a plain sentence: "The password was not accepted"
    QString explanation;  ///< why, in one or two sentences a non-technical user understands
    QString nextStep;     ///< what to do now: the provider's own step when one was given, else a generic one
};

/// The texts for `code`. `providerNextStep`, already translated by the caller (e.g. "Reissue the IMAP password on
/// My docomo, with Wi-Fi off"), replaces the generic next step; pass nothing for the generic one.
///
///     const DiagnosisText text = describe(result.diagnosis);
///     out << text.headline << '\n' << text.explanation << '\n' << text.nextStep << '\n';
DiagnosisText describe(DiagnosisCode code, const QString &providerNextStep = QString());

/// A sentence to add to certificate-expired when clockLooksWrong() (diagnosis/Classifier.h) said so.
QString clockWarning();

/// The localized name of a check stage, e.g. "Signing in" for CheckStage::Auth.
QString stageName(CheckStage stage);

/// The localized name of a protocol by its stable id ("imap" or "smtp", as in the JSON result), e.g.
/// "Incoming mail (IMAP)". Any other id is returned upper-cased.
QString protocolName(QStringView protocolId);

}  // namespace ipw
