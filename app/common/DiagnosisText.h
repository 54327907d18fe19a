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
    /// What to do now: the generic step first, then the provider's own step (on a line of its own) when one was
    /// given. A provider's step adds to the generic advice, never replaces it: "check the login name character by
    /// character" and the lockout warning stay.
    QString nextStep;
    QString genericStep;   ///< the generic step alone
    QString providerStep;  ///< the provider's step alone (empty when none was given)
};

/// The texts for `code`. `providerNextStep`, already translated by the caller (e.g. "Reissue the IMAP password on
/// My docomo, with Wi-Fi off"), is added after the generic next step; pass nothing for the generic one alone.
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
