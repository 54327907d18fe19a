#pragma once

#include <QString>

namespace ipw {

/// Why a provider file (ours, or a Thunderbird clientConfig) was refused. Typed: app/ turns it into a sentence.
///
///     ProviderFileError error;
///     if (!Provider::fromJsonBytes(bytes, u"docomo.json"_s, &error))
///         qWarning() << error.file << error.field << toString(error.kind);  // "docomo.json" "imap.port" "bad-port"
struct ProviderFileError {
    enum class Kind {
        Unreadable,             ///< the file or folder could not be read
        Syntax,                 ///< not well-formed JSON / XML (see line)
        NotAnObject,            ///< the top level is not a JSON object
        UnsupportedFormat,      ///< "format" is missing or not 1
        MissingField,           ///< a required field is absent
        UnknownField,           ///< a field this format does not have (typo?)
        WrongType,              ///< e.g. a number where a string belongs
        EmptyText,              ///< an empty text where one is required
        NotJapanese,            ///< a Japanese text with no Japanese in it (English left in the ja text)
        LanguageMismatch,       ///< the ja and en lists differ in length
        BadValue,               ///< a value outside its allowed set (security, username, auth, …)
        BadId,                  ///< id is not [a-z0-9.-] or differs from the file name
        BadHost,                ///< not a valid host name (or empty where it is not marked uncertain)
        BadPort,                ///< not an integer 1–65535
        BadUrl,                 ///< not an absolute https URL
        BadDate,                ///< not an ISO date YYYY-MM-DD
        UnknownReference,       ///< sources name a reference that "references" lacks
        MissingSource,          ///< a fact without a source
        UnknownUncertainField,  ///< "uncertain" names a field the format does not have
        DuplicateDomain,        ///< a domain already served by another provider
        NotClientConfig,        ///< XML whose root is not <clientConfig>
        NoImapServer,           ///< a clientConfig without an IMAP incomingServer (e.g. POP only)
    };

    Kind kind = Kind::Unreadable;
    QString file;   ///< the file's path as given (or its resource path for built-ins)
    QString field;  ///< the field's path in the file, e.g. "steps.ja[2]", "incomingServer[0].port"
    int line = 0;   ///< for syntax errors: 1-based line, 0 when unknown
};

/// A stable machine name for the kind ("missing-field", "no-imap-server", …): a contract for scripts.
QString toString(ProviderFileError::Kind kind);

}  // namespace ipw
