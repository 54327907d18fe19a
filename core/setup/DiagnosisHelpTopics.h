#pragma once
// Which of the guide's help topics fit a diagnosis: the wizard links them from the failure page, and
// `imap-password-check --explain CODE` names them (JSON `helpTopics`). The topics themselves (their text, one file
// per topic and language) are the help's; this is only the table from a code to their ids.

#include "diagnosis/Diagnosis.h"

#include <QStringList>

namespace ipw {

/// The fixed set of help topic ids, in the order they are offered: glossary, checklist, faq, security,
/// iphone-profile (the values of `--help-topic`).
QStringList allHelpTopics();

/// The topics that fit `code`, most useful first; empty where none adds anything (ok, cancelled, …).
///
///     helpTopicsFor(DiagnosisCode::WrongCredentials)  // {"checklist", "glossary", "faq", "iphone-profile"}
QStringList helpTopicsFor(DiagnosisCode code);

}  // namespace ipw
