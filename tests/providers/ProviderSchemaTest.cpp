// The provider file schema table (core/providers/ProviderSchema.h) against the reader, the writer and the
// documentation: every key the table lists is read, written and documented, with the rules the table gives it.
#include "providers/ProviderSchema.h"
#include "CatchQt.h"
#include "TestEnv.h"
#include "providers/ProviderDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace ipw;
using namespace ipw::detail;
using namespace Qt::StringLiterals;

namespace {

QJsonObject builtInFile(const QString &id)
{
    QFile file(u":/providers/"_s + id + u".json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject text(const QString &ja, const QString &en)
{
    return QJsonObject{{u"ja"_s, ja}, {u"en"_s, en}};
}

/// A provider file with every key of the format: the Gmail entry plus the keys it lacks or leaves empty. The added
/// values are placeholders for the structure (id "full"), not facts about Gmail.
QJsonObject fullFile()
{
    QJsonObject o = builtInFile(u"gmail"_s);
    o.insert(u"id"_s, u"full"_s);
    o.insert(u"usernameHelp"_s, text(u"アカウントの設定画面に表示されます。"_s, u"Shown in the account settings."_s));
    o.insert(u"imapAlternatives"_s,
             QJsonArray{QJsonObject{{u"host"_s, u"imap.gmail.com"_s},
                                    {u"port"_s, 143},
                                    {u"security"_s, u"starttls"_s},
                                    {u"note"_s, text(u"予備の設定です。"_s, u"A fallback."_s)}}});
    o.insert(u"reissueSteps"_s,
             QJsonObject{{u"ja"_s, QJsonArray{u"再発行します。"_s}}, {u"en"_s, QJsonArray{u"Reissue it."_s}}});
    o.insert(u"tlsQuirks"_s, QJsonArray{QJsonObject{{u"host"_s, u"imap.gmail.com"_s},
                                                    {u"quirk"_s, u"legacy-renegotiation"_s},
                                                    {u"note"_s, text(u"例です。"_s, u"An example."_s)}}});
    o.insert(u"statusPage"_s,
             QJsonObject{{u"name"_s, text(u"稼働状況"_s, u"Status"_s)}, {u"url"_s, u"https://example.com/status"_s}});
    o.insert(u"carrierProfile"_s, text(u"携帯会社のプロファイルがあります。"_s, u"The carrier has its own profile."_s));
    o.insert(u"manualServers"_s, true);
    o.insert(u"subdomains"_s, true);
    o.insert(u"passwordAction"_s, u"check"_s);
    o.insert(u"noImap"_s, text(u"終了しました。"_s, u"It has ended."_s));
    QJsonObject sources = o.value(u"sources"_s).toObject();
    const QString ref = sources.value(u"name"_s).toArray().first().toString();
    for (const ProviderKey &k : providerSchema()) {
        if (k.isFact() && !sources.contains(k.key.toString()))
            sources.insert(k.key.toString(), QJsonArray{ref});
    }
    o.insert(u"sources"_s, sources);
    return o;
}

ProviderFileError errorFor(const QJsonObject &o)
{
    ProviderFileError error;
    const auto p = Provider::fromJson(o, u"full.json"_s, &error);
    INFO("loaded " << (p ? "yes" : "no"));
    REQUIRE_FALSE(p.has_value());
    return error;
}

void requireError(const QJsonObject &o, ProviderFileError::Kind kind, const QString &field)
{
    const ProviderFileError error = errorFor(o);
    INFO(toString(error.kind).toStdString() << " " << error.field.toStdString());
    REQUIRE(error.kind == kind);
    REQUIRE(error.field == field);
}

void requireLoads(const QJsonObject &o)
{
    ProviderFileError error;
    const auto p = Provider::fromJson(o, u"full.json"_s, &error);
    INFO(toString(error.kind).toStdString() << " " << error.field.toStdString());
    REQUIRE(p.has_value());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The rows of the "File format" table in docs/providers.md: each documented key → the rest of its row.
QMap<QString, QString> documentedKeys()
{
    QFile file(ipw::test::sourceDir() + u"/docs/providers.md"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    const qsizetype begin = doc.indexOf(u"## File format"_s);
    const qsizetype end = doc.indexOf(u"\n## "_s, begin + 1);
    REQUIRE(begin >= 0);
    QMap<QString, QString> rows;
    static const QRegularExpression row(u"^\\| ((?:`[A-Za-z0-9]+`(?:, )?)+) \\|(.*)$"_s,
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression name(u"`([A-Za-z0-9]+)`"_s);
    for (const auto &m : row.globalMatch(doc.mid(begin, end - begin))) {
        for (const auto &n : name.globalMatch(m.captured(1)))
            rows.insert(n.captured(1), m.captured(2));
    }
    return rows;
}

}  // namespace

TEST_CASE("the schema table has unique keys and a writer for each and a states test exactly for the conditional facts",
          "[providers][schema]")
{
    QStringList keys;
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        REQUIRE_FALSE(keys.contains(k.key.toString()));
        keys.append(k.key.toString());
        REQUIRE(k.write != nullptr);
        REQUIRE((k.states != nullptr) == (k.source == SourceRule::WhenStated));
        REQUIRE(providerKey(k.key) == &k);
    }
    REQUIRE(keys == providerKeyNames());
    REQUIRE(providerKey(u"smpt") == nullptr);
}

TEST_CASE("toJson writes exactly the keys of the schema", "[providers][schema]")
{
    ProviderFileError error;
    const auto full = Provider::fromJson(fullFile(), u"full.json"_s, &error);
    INFO(toString(error.kind).toStdString() << " " << error.field.toStdString());
    REQUIRE(full.has_value());
    const QJsonObject written = full->toJson();
    REQUIRE(sorted(written.keys()) == sorted(providerKeyNames()));
    // The parts of a key are the keys of its object: what the writer writes, and all the reader accepts.
    for (const ProviderKey &k : providerSchema()) {
        if (k.parts.empty())
            continue;
        INFO(k.key.toString().toStdString());
        REQUIRE(written.value(k.key.toString()).isObject());
        for (const QString &part : written.value(k.key.toString()).toObject().keys())
            REQUIRE(k.partNames().contains(part));
    }

    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        INFO("provider " << p.id.toStdString());
        for (const QString &key : p.toJson().keys())
            REQUIRE(providerKeyNames().contains(key));
    }
}

TEST_CASE("toJson of every built-in provider gives back each value its file holds", "[providers][schema]")
{
    const ProviderDatabase db = ProviderDatabase::builtIn();
    for (const Provider &p : db.providers()) {
        const QJsonObject file = builtInFile(p.id);
        const QJsonObject written = p.toJson();
        for (auto it = file.begin(); it != file.end(); ++it) {
            INFO("provider " << p.id.toStdString() << ", key " << it.key().toStdString());
            REQUIRE(written.value(it.key()) == it.value());
        }
        ProviderFileError error;
        const auto again = Provider::fromJson(written, p.id + u".json"_s, &error);
        REQUIRE(again.has_value());
        REQUIRE(*again == p);
    }
}

TEST_CASE("every key of the schema is documented in docs/providers.md with its rules", "[providers][schema][docs]")
{
    const QMap<QString, QString> documented = documentedKeys();
    REQUIRE(sorted(documented.keys()) == sorted(providerKeyNames()));
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        const QString row = documented.value(k.key.toString());
        REQUIRE(row.contains(u"*optional*"_s) == (k.presence == Presence::Optional));
        if (k.presence == Presence::RequiredForProviderId)
            REQUIRE(row.contains(u"required for `provider-id`"_s));
        for (const QString &part : k.partNames())
            REQUIRE(row.contains(u'"' + part + u'"'));  // {"host", "port", "security"}
    }
    // The sources row: "Required for <every entry's facts>, and for <the facts an entry may state> when present".
    const QString sourcesRow = documented.value(u"sources"_s);
    const qsizetype split = sourcesRow.indexOf(u", and for "_s);
    REQUIRE(split > 0);
    static const QRegularExpression name(u"`([A-Za-z0-9]+)`"_s);
    QStringList always, whenStated;
    for (const auto &m : name.globalMatch(sourcesRow))
        (m.capturedStart() < split ? always : whenStated).append(m.captured(1));
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        REQUIRE(always.contains(k.key.toString()) == (k.source == SourceRule::Always));
        REQUIRE(whenStated.contains(k.key.toString()) == (k.source == SourceRule::WhenStated));
    }
}

TEST_CASE("a missing key gives missing-field naming it if required and otherwise the file loads",
          "[providers][schema][errors]")
{
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        QJsonObject o = fullFile();
        o.remove(k.key.toString());
        if (k.key == u"format")
            requireError(o, ProviderFileError::Kind::UnsupportedFormat, u"format"_s);
        else if (k.presence == Presence::Required)
            requireError(o, ProviderFileError::Kind::MissingField, k.key.toString());
        else
            requireLoads(o);  // its source may stay: a source for a fact the entry does not state is allowed
    }
    // usernameHelp: required for a provider-id login only.
    QJsonObject o = fullFile();
    o.remove(u"usernameHelp"_s);
    o.insert(u"username"_s, u"provider-id"_s);
    requireError(o, ProviderFileError::Kind::MissingField, u"usernameHelp"_s);
}

TEST_CASE("a value of the wrong type gives wrong-type naming the key", "[providers][schema][errors]")
{
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        QJsonObject o = fullFile();
        // A boolean is the wrong type for every key but the booleans (manualServers, subdomains): they get a string.
        const bool boolean = k.key == u"manualServers" || k.key == u"subdomains";
        o.insert(k.key.toString(), boolean ? QJsonValue(u"yes"_s) : QJsonValue(true));
        requireError(o, ProviderFileError::Kind::WrongType, k.key.toString());
    }
}

TEST_CASE("an unknown key at the top or inside an object with parts gives unknown-field", "[providers][schema][errors]")
{
    QJsonObject o = fullFile();
    o.insert(u"smpt"_s, QJsonObject{});
    requireError(o, ProviderFileError::Kind::UnknownField, u"smpt"_s);
    for (const ProviderKey &k : providerSchema()) {
        if (k.parts.empty())
            continue;
        INFO(k.key.toString().toStdString());
        QJsonObject file = fullFile();
        QJsonObject value = file.value(k.key.toString()).toObject();
        value.insert(u"hots"_s, 1);
        file.insert(k.key.toString(), value);
        requireError(file, ProviderFileError::Kind::UnknownField, k.key + u".hots"_s);
    }
}

TEST_CASE("uncertain names a fact field or one of its parts", "[providers][schema][uncertain]")
{
    for (const ProviderKey &k : providerSchema()) {
        QStringList names{k.key.toString()};
        for (const QString &part : k.partNames())
            names.append(k.key + u'.' + part);
        for (const QString &name : names) {
            INFO(name.toStdString());
            REQUIRE(isUncertainFieldName(name) == k.isFact());
            QJsonObject o = fullFile();
            o.insert(u"uncertain"_s, QJsonArray{name});
            if (k.isFact())
                requireLoads(o);
            else
                requireError(o, ProviderFileError::Kind::UnknownUncertainField, u"uncertain[0]"_s);
        }
    }
    for (const QString &name : {u"imap.note"_s, u"name.ja"_s, u"imapAlternatives.host"_s, u"smpt"_s, u""_s}) {
        INFO(name.toStdString());
        REQUIRE_FALSE(isUncertainFieldName(name));
    }
}

TEST_CASE("every fact needs a source and sources names facts only", "[providers][schema][sources]")
{
    for (const ProviderKey &k : providerSchema()) {
        INFO(k.key.toString().toStdString());
        QJsonObject o = fullFile();
        QJsonObject sources = o.value(u"sources"_s).toObject();
        if (k.isFact()) {
            sources.remove(k.key.toString());
            o.insert(u"sources"_s, sources);
            requireError(o, ProviderFileError::Kind::MissingSource, u"sources."_s + k.key);
        } else {
            sources.insert(k.key.toString(), sources.value(u"name"_s));
            o.insert(u"sources"_s, sources);
            requireError(o, ProviderFileError::Kind::UnknownField, u"sources."_s + k.key);
        }
    }
    // A fact the entry does not state needs no source: Gmail lists no IMAP alternative and no TLS quirk.
    const QJsonObject gmail = builtInFile(u"gmail"_s);
    REQUIRE_FALSE(gmail.value(u"sources"_s).toObject().contains(u"tlsQuirks"_s));
    ProviderFileError error;
    REQUIRE(Provider::fromJson(gmail, u"gmail.json"_s, &error).has_value());
}
