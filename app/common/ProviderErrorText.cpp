#include "common/ProviderErrorText.h"

#include <QCoreApplication>

namespace ipw {
QString describeProviderFileError(const ProviderFileError &error)
{
    using K = ProviderFileError::Kind;
    QString what;
    switch (error.kind) {
    case K::Unreadable:
        what = QCoreApplication::translate("ProviderFileError", "cannot be read.");
        break;
    case K::Syntax:
        what = QCoreApplication::translate("ProviderFileError", "is not well-formed (line %1).").arg(error.line);
        break;
    case K::NotAnObject:
        what = QCoreApplication::translate("ProviderFileError", "does not contain a JSON object.");
        break;
    case K::UnsupportedFormat:
        what = QCoreApplication::translate("ProviderFileError",
                                           "has no \"format\": 1, or a format this version does not know.");
        break;
    case K::MissingField:
        what = QCoreApplication::translate("ProviderFileError", "lacks the field “%1”.");
        break;
    case K::UnknownField:
        what = QCoreApplication::translate("ProviderFileError",
                                           "has a field “%1” that the format does not know (a typo?).");
        break;
    case K::WrongType:
        what = QCoreApplication::translate("ProviderFileError", "has the wrong kind of value in “%1”.");
        break;
    case K::EmptyText:
        what = QCoreApplication::translate("ProviderFileError", "has an empty text in “%1”.");
        break;
    case K::NotJapanese:
        what = QCoreApplication::translate("ProviderFileError", "has no Japanese in the Japanese text “%1”.");
        break;
    case K::LanguageMismatch:
        what = QCoreApplication::translate("ProviderFileError",
                                           "has a different number of Japanese and English entries in “%1”.");
        break;
    case K::BadValue:
        what = QCoreApplication::translate("ProviderFileError", "has a value in “%1” that is not allowed there.");
        break;
    case K::BadId:
        what = QCoreApplication::translate(
            "ProviderFileError",
            "has an id in “%1” that is not lower-case letters, digits, dots and dashes, or differs from the file "
            "name.");
        break;
    case K::BadHost:
        what = QCoreApplication::translate("ProviderFileError", "has an invalid host name in “%1”.");
        break;
    case K::BadPort:
        what = QCoreApplication::translate("ProviderFileError",
                                           "has a value in “%1” that is not a port number (1–65535).");
        break;
    case K::BadUrl:
        what = QCoreApplication::translate("ProviderFileError", "has an address in “%1” that is not an https URL.");
        break;
    case K::BadDate:
        what = QCoreApplication::translate("ProviderFileError", "has a date in “%1” that is not YYYY-MM-DD.");
        break;
    case K::UnknownReference:
        what =
            QCoreApplication::translate("ProviderFileError", "names a source in “%1” that “references” does not list.");
        break;
    case K::MissingSource:
        what = QCoreApplication::translate("ProviderFileError", "states a fact without a source: “%1”.");
        break;
    case K::UnknownUncertainField:
        what = QCoreApplication::translate("ProviderFileError", "lists “%1” as uncertain, but there is no such field.");
        break;
    case K::DuplicateDomain:
        what = QCoreApplication::translate("ProviderFileError",
                                           "claims a mail domain in “%1” that another provider already serves.");
        break;
    case K::NotClientConfig:
        what = QCoreApplication::translate("ProviderFileError",
                                           "is neither one of our provider files nor a Thunderbird clientConfig file.");
        break;
    case K::NoImapServer:
        what = QCoreApplication::translate("ProviderFileError", "lists no IMAP server (only POP or other servers).");
        break;
    }
    if (what.contains(QLatin1String("%1")))
        what = what.arg(error.field);
    return QCoreApplication::translate("ProviderFileError", "%1: %2").arg(error.file, what);
}

}  // namespace ipw
