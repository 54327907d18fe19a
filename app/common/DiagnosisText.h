#pragma once
// TEMPORARY stand-in (branch net) for diag's DiagnosisText.h; replaced by main's version on merge.
#include "diagnosis/CheckStage.h"
#include "diagnosis/Diagnosis.h"

#include <QCoreApplication>

namespace ipw {
class DiagnosisText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
public:
    static QString headline(DiagnosisCode code) { return toString(code); }
    static QString explanation(DiagnosisCode) { return QString(); }
    static QString nextStep(DiagnosisCode) { return QString(); }
    static QString stageName(CheckStage stage) { return toString(stage); }
};
}  // namespace ipw
