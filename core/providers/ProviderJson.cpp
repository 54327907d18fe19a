// Reading provider files (docs/providers.md): every field validated, the first problem reported as a typed error
// naming the file and the field. The keys and their rules are the table in ProviderSchema.cpp; this file reads the
// identity, the uncertain list and the sources, and calls the other section readers (ProviderJsonSections.cpp) in
// between. Writing them back is Provider::toJson, driven by the same table.
#include "providers/JsonFieldReader.h"
#include "providers/Provider.h"
#include "providers/ProviderJsonSections.h"
#include "providers/ProviderSchema.h"
#include "types/HostName.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ipw {
namespace {

using Kind = ProviderFileError::Kind;
using Reader = detail::JsonFieldReader;
using detail::ProviderReading;

bool readFormatAndId(ProviderReading &c, const QString &file)
{
    Reader &r = c.r;
    // Read as optional: a file without "format" is not of our format, like one of another version.
    const auto format = r.integer(c.root, {}, QStringLiteral("format"), false);
    if (r.failed() || !format || *format != 1)
        return r.fail(Kind::UnsupportedFormat, QStringLiteral("format"));

    const auto id = r.string(c.root, {}, QStringLiteral("id"), c.required(u"id"));
    if (!id)
        return false;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QFileInfo info(file);
    const bool namedFile = file.endsWith(QStringLiteral(".json"));
    if (!idPattern.match(*id).hasMatch() || (namedFile && info.completeBaseName() != *id))
        return r.fail(Kind::BadId, QStringLiteral("id"));
    c.p.id = *id;
    return true;
}

/// Read before the facts: it decides which values may be empty.
bool readUncertain(ProviderReading &c)
{
    const auto uncertain = c.r.strings(c.root, {}, QStringLiteral("uncertain"), c.required(u"uncertain"));
    if (!uncertain)
        return false;
    for (qsizetype i = 0; i < uncertain->size(); ++i) {
        if (!detail::isUncertainFieldName(uncertain->at(i)))
            return c.r.fail(Kind::UnknownUncertainField, Reader::index(QStringLiteral("uncertain"), i));
    }
    c.p.uncertain = *uncertain;
    return true;
}

bool readNames(ProviderReading &c)
{
    Reader &r = c.r;
    Provider &p = c.p;
    const auto name = r.text(c.root, {}, QStringLiteral("name"), c.required(u"name"), false);
    if (!name)
        return false;
    p.name = *name;
    const auto terms = r.strings(c.root, {}, QStringLiteral("searchTerms"), c.required(u"searchTerms"));
    if (!terms)
        return false;
    p.searchTerms = *terms;

    const auto domains = r.strings(c.root, {}, QStringLiteral("domains"), c.required(u"domains"));
    if (!domains)
        return false;
    for (qsizetype i = 0; i < domains->size(); ++i) {
        const QString d = domains->at(i);
        if (!isValidHostName(d) || d.endsWith(u'.') || d != d.toLower())
            return r.fail(Kind::BadHost, Reader::index(QStringLiteral("domains"), i));
        p.domains.append(d);
    }
    const QString subdomainsKey = QStringLiteral("subdomains");
    if (c.root.contains(subdomainsKey)) {
        const QJsonValue v = c.root.value(subdomainsKey);
        if (!v.isBool())
            return r.fail(Kind::WrongType, subdomainsKey);
        p.subdomains = v.toBool();
    }
    return true;
}

bool readReferences(ProviderReading &c)
{
    Reader &r = c.r;
    const QString key = QStringLiteral("references");
    const auto o = c.object(key);
    if (!o)
        return false;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const QString here = Reader::join(key, it.key());
        if (!it->isObject())
            return r.fail(Kind::WrongType, here);
        const QJsonObject ref = it->toObject();
        if (!r.onlyKnownKeys(ref, here, {QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("checked")}))
            return false;
        Reference reference;
        const auto title = r.string(ref, here, QStringLiteral("title"), true);
        if (!title)
            return false;
        reference.title = *title;
        if (auto url = r.url(ref, here, QStringLiteral("url"), false))
            reference.url = *url;
        const auto checked = r.string(ref, here, QStringLiteral("checked"), true);
        if (r.failed() || !checked)
            return false;
        reference.checked = QDate::fromString(*checked, Qt::ISODate);
        if (!reference.checked.isValid() || checked->size() != 10)
            return r.fail(Kind::BadDate, Reader::join(here, QStringLiteral("checked")));
        c.p.references.insert(it.key(), reference);
    }
    return true;
}

/// Every fact has a source, and every source is a reference (read before).
bool readSources(ProviderReading &c)
{
    Reader &r = c.r;
    Provider &p = c.p;
    const QString key = QStringLiteral("sources");
    const auto o = c.object(key);
    if (!o)
        return false;
    for (auto it = o->begin(); it != o->end(); ++it) {
        const detail::ProviderKey *fact = detail::providerKey(it.key());
        if (!fact || !fact->isFact())
            return r.fail(Kind::UnknownField, Reader::join(key, it.key()));
        const auto ids = r.strings(*o, key, it.key(), true);
        if (!ids)
            return false;
        if (ids->isEmpty())
            return r.fail(Kind::MissingSource, Reader::join(key, it.key()));
        for (qsizetype i = 0; i < ids->size(); ++i) {
            if (!p.references.contains(ids->at(i)))
                return r.fail(Kind::UnknownReference, Reader::index(Reader::join(key, it.key()), i));
        }
        p.sources.insert(it.key(), *ids);
    }
    // The facts every entry states first, then those this entry states: a file lacking both kinds of source is
    // told about the first kind (the order the reader always had).
    for (const auto rule : {detail::SourceRule::Always, detail::SourceRule::WhenStated}) {
        for (const detail::ProviderKey &k : detail::providerSchema()) {
            const bool needed = k.source == rule && (rule == detail::SourceRule::Always || k.states(p));
            if (needed && !p.sources.contains(k.key.toString()))
                return r.fail(Kind::MissingSource, Reader::join(key, k.key.toString()));
        }
    }
    return true;
}

/// "manualServers": true marks the catch-all entry; absent means false.
bool readManualServers(ProviderReading &c)
{
    const QString key = QStringLiteral("manualServers");
    if (!c.root.contains(key))
        return true;
    const QJsonValue v = c.root.value(key);
    if (!v.isBool())
        return c.r.fail(Kind::WrongType, key);
    c.p.manualServers = v.toBool();
    return true;
}

bool readProvider(Reader &r, const QJsonObject &root, const QString &file, Provider &p)
{
    ProviderReading c{r, root, p};
    // Each section stops at its first problem; the order decides which problem of a broken file is reported.
    return r.onlyKnownKeys(root, {}, detail::providerKeyNames()) && readFormatAndId(c, file) && readUncertain(c) &&
           readNames(c) && detail::readServers(c) && detail::readLogin(c) && detail::readGuidance(c) &&
           detail::readRules(c) && detail::readHelpPages(c) && detail::readOAuth2(c) && readManualServers(c) &&
           readReferences(c) && readSources(c) && !r.failed();
}

}  // namespace

std::optional<Provider> Provider::fromJson(const QJsonObject &object, const QString &file, ProviderFileError *error)
{
    Reader reader(file, error);
    Provider p;
    if (!readProvider(reader, object, file, p))
        return std::nullopt;
    return p;
}

std::optional<Provider> Provider::fromJsonBytes(const QByteArray &bytes, const QString &file, ProviderFileError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const int line = static_cast<int>(bytes.left(parseError.offset).count('\n')) + 1;
            *error = ProviderFileError{ProviderFileError::Kind::Syntax, file, QString(), line};
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = ProviderFileError{ProviderFileError::Kind::NotAnObject, file, QString(), 0};
        return std::nullopt;
    }
    return fromJson(doc.object(), file, error);
}

}  // namespace ipw
