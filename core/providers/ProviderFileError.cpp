#include "providers/ProviderFileError.h"

namespace ipw {

QString toString(ProviderFileError::Kind kind)
{
    using K = ProviderFileError::Kind;
    switch (kind) {
    case K::Unreadable:
        return QStringLiteral("unreadable");
    case K::Syntax:
        return QStringLiteral("syntax");
    case K::NotAnObject:
        return QStringLiteral("not-an-object");
    case K::UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case K::MissingField:
        return QStringLiteral("missing-field");
    case K::UnknownField:
        return QStringLiteral("unknown-field");
    case K::WrongType:
        return QStringLiteral("wrong-type");
    case K::EmptyText:
        return QStringLiteral("empty-text");
    case K::NotJapanese:
        return QStringLiteral("not-japanese");
    case K::LanguageMismatch:
        return QStringLiteral("language-mismatch");
    case K::BadValue:
        return QStringLiteral("bad-value");
    case K::BadId:
        return QStringLiteral("bad-id");
    case K::BadHost:
        return QStringLiteral("bad-host");
    case K::BadPort:
        return QStringLiteral("bad-port");
    case K::BadUrl:
        return QStringLiteral("bad-url");
    case K::BadDate:
        return QStringLiteral("bad-date");
    case K::UnknownReference:
        return QStringLiteral("unknown-reference");
    case K::MissingSource:
        return QStringLiteral("missing-source");
    case K::UnknownUncertainField:
        return QStringLiteral("unknown-uncertain-field");
    case K::DuplicateDomain:
        return QStringLiteral("duplicate-domain");
    case K::NotClientConfig:
        return QStringLiteral("not-client-config");
    case K::NoImapServer:
        return QStringLiteral("no-imap-server");
    }
    return QStringLiteral("unknown");
}

}  // namespace ipw
