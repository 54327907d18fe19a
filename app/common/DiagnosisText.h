#pragma once

#include "common/Sentences.h"
#include "diagnosis/CheckStage.h"
#include "diagnosis/Diagnosis.h"

#include <QString>
#include <QStringView>

namespace ipw {

/// What the CLI and the wizard tell a person about a diagnosis, in the current UI language (Language::apply).
/// Each text comes in two parts (Sentences): the one sentence the wizard shows at once, and the rest it keeps under
/// "More"; the CLI prints both, joined.
struct DiagnosisText {
    QString headline;        ///< a plain sentence: "The password was not accepted"
    Sentences explanation;   ///< why, for a non-technical user; its lead is the one sentence of meaning
    Sentences genericStep;   ///< what to do, for any provider
    Sentences providerStep;  ///< the provider's own step (describeNextStep), empty when none was given

    /// What to do now: the generic step first, then the provider's own step (on a line of its own) when one was
    /// given. A provider's step adds to the generic advice, never replaces it: "check the login name character by
    /// character" and the lockout warning stay.
    QString nextStep() const;
};

/// The texts for `code`. `providerNextStep`, already translated by the caller (describeNextStep: "docomo mail
/// wants its IMAP-only password here. …"), is added after the generic next step; pass nothing for the generic one
/// alone.
///
///     const DiagnosisText text = describe(result.diagnosis);
///     out << text.headline << '\n' << text.explanation.joined() << '\n' << text.nextStep() << '\n';
DiagnosisText describe(DiagnosisCode code, const Sentences &providerNextStep = {});

/// A sentence to add to certificate-expired when clockLooksWrong() (diagnosis/Classifier.h) said so.
QString clockWarning();

/// The localized name of a check stage, e.g. "Signing in" for CheckStage::Auth.
QString stageName(CheckStage stage);

/// The localized name of a protocol by its stable id ("imap" or "smtp", as in the JSON result), e.g.
/// "Incoming mail (IMAP)". Any other id is returned upper-cased.
QString protocolName(QStringView protocolId);

}  // namespace ipw
