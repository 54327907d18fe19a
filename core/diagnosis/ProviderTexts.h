#pragma once

#include "diagnosis/Diagnosis.h"

#include <QByteArrayView>

#include <optional>
#include <span>

namespace ipw {

/// Which protocol's replies a provider text is known from.
enum class ProviderTextProtocol { Imap, Smtp, Any };

/// One server text that names a cause more precisely than the protocol's codes do, e.g. Gmail's
/// "Application-specific password required". Every row cites where the text was seen (docs/diagnosis.md).
struct ProviderText {
    ProviderTextProtocol protocol;
    const char *needle;  ///< matched case-insensitively (ASCII) as a substring of the server's text
    DiagnosisCode code;
    const char *source;  ///< a real transcript or public report that shows the server sending it
};

/// The whole table, in match order (the first matching row wins).
std::span<const ProviderText> providerTexts();

/// The code of the first row for `protocol` (or Any) whose needle occurs in `serverText`; nullopt if none.
/// Only server words are matched; never pass a translated string.
///
///     matchProviderText(ProviderTextProtocol::Imap, "Too many simultaneous connections. (Failure)");
///     // DiagnosisCode::TooManyConnections
std::optional<DiagnosisCode> matchProviderText(ProviderTextProtocol protocol, QByteArrayView serverText);

}  // namespace ipw
