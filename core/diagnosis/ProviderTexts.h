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
/// A phrase that means one thing only next to a certain code carries that code too: Microsoft's 5.7.139 family says
/// "Contact your administrator" for a tenant policy, while the same words after another code prove nothing.
struct ProviderText {
    ProviderTextProtocol protocol;
    const char *needle;  ///< matched case-insensitively (ASCII) as a substring of the server's text
    DiagnosisCode code;
    const char *source;  ///< a real transcript or public report that shows the server sending it
    /// The row applies only when the reply carries this code as well: the SMTP enhanced status code ("5.7.139") or
    /// the IMAP response code atom ("AUTHENTICATIONFAILED"), compared case-insensitively. nullptr: the words alone.
    const char *whenCode = nullptr;
};

/// The whole table, in match order (the first matching row wins).
std::span<const ProviderText> providerTexts();

/// The code of the first row for `protocol` (or Any) whose needle occurs in `serverText` (and whose `whenCode`, if
/// any, equals `replyCode`); nullopt if none. Only server words are matched; never pass a translated string.
///
///     matchProviderText(ProviderTextProtocol::Imap, "Too many simultaneous connections. (Failure)");
///     // DiagnosisCode::TooManyConnections
///     matchProviderText(ProviderTextProtocol::Smtp, "... the request did not meet the criteria ... Contact your "
///                                                   "administrator.", "5.7.139");  // DiagnosisCode::ContactAdmin
std::optional<DiagnosisCode> matchProviderText(ProviderTextProtocol protocol, QByteArrayView serverText,
                                               QByteArrayView replyCode = {});

}  // namespace ipw
