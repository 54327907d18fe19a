#include "providers/JsonFieldReader.h"

#include "types/HostName.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace ipw::detail {

bool hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ||
            (u >= 0xFF66 && u <= 0xFF9D) || u == 0x3005)
            return true;
    }
    return false;
}

JsonFieldReader::JsonFieldReader(QString file, ProviderFileError *error)
    : m_file(std::move(file))
    , m_error(error)
{
}

bool JsonFieldReader::fail(Kind kind, const QString &field)
{
    if (!m_failed && m_error)
        *m_error = ProviderFileError{kind, m_file, field, 0};
    m_failed = true;
    return false;
}

bool JsonFieldReader::onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(Kind::UnknownField, join(path, it.key()));
    }
    return true;
}

std::optional<QJsonValue> JsonFieldReader::value(const QJsonObject &object, const QString &path, const QString &key,
                                                 bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->isNull()) {
        if (required)
            fail(Kind::MissingField, join(path, key));
        return std::nullopt;
    }
    return *it;
}

std::optional<QJsonObject> JsonFieldReader::object(const QJsonObject &parent, const QString &path, const QString &key,
                                                   bool required)
{
    const auto v = value(parent, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(Kind::WrongType, join(path, key));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const QJsonObject &parent, const QString &path, const QString &key,
                                                 bool required)
{
    const auto v = value(parent, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(Kind::WrongType, join(path, key));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QString> JsonFieldReader::string(const QJsonValue &v, const QString &field, bool allowEmpty)
{
    if (!v.isString()) {
        fail(Kind::WrongType, field);
        return std::nullopt;
    }
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty()) {
        fail(Kind::EmptyText, field);
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonFieldReader::string(const QJsonObject &parent, const QString &path, const QString &key,
                                               bool required, bool allowEmpty)
{
    const auto v = value(parent, path, key, required);
    if (!v)
        return std::nullopt;
    return string(*v, join(path, key), allowEmpty);
}

std::optional<QStringList> JsonFieldReader::strings(const QJsonObject &parent, const QString &path, const QString &key,
                                                    bool required)
{
    const auto a = array(parent, path, key, required);
    if (!a)
        return std::nullopt;
    QStringList out;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const auto s = string(a->at(i), index(join(path, key), i));
        if (!s)
            return std::nullopt;
        out.append(*s);
    }
    return out;
}

std::optional<int> JsonFieldReader::integer(const QJsonObject &parent, const QString &path, const QString &key,
                                            bool required)
{
    const auto v = value(parent, path, key, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(-1.0);
    // Range first: converting an out-of-range double to int is undefined (found by fuzz_provider_file).
    const bool isInt = v->isDouble() && d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max() &&
                       d == std::trunc(d);
    if (!isInt) {
        fail(Kind::WrongType, join(path, key));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<LocalizedText> JsonFieldReader::text(const QJsonObject &parent, const QString &path, const QString &key,
                                                   bool required, bool requireJapanese)
{
    const auto o = object(parent, path, key, required);
    if (!o)
        return std::nullopt;
    const QString here = join(path, key);
    if (!onlyKnownKeys(*o, here, {QStringLiteral("ja"), QStringLiteral("en")}))
        return std::nullopt;
    const auto ja = string(*o, here, QStringLiteral("ja"), true);
    const auto en = ja ? string(*o, here, QStringLiteral("en"), true) : std::nullopt;
    if (!ja || !en)
        return std::nullopt;
    if (requireJapanese && !hasJapanese(*ja)) {
        fail(Kind::NotJapanese, join(here, QStringLiteral("ja")));
        return std::nullopt;
    }
    return LocalizedText{*ja, *en};
}

std::optional<LocalizedList> JsonFieldReader::list(const QJsonObject &parent, const QString &path, const QString &key,
                                                   bool required)
{
    const auto o = object(parent, path, key, required);
    if (!o)
        return std::nullopt;
    const QString here = join(path, key);
    if (!onlyKnownKeys(*o, here, {QStringLiteral("ja"), QStringLiteral("en")}))
        return std::nullopt;
    const auto ja = strings(*o, here, QStringLiteral("ja"), true);
    const auto en = ja ? strings(*o, here, QStringLiteral("en"), true) : std::nullopt;
    if (!ja || !en)
        return std::nullopt;
    for (qsizetype i = 0; i < ja->size(); ++i) {
        if (!hasJapanese(ja->at(i))) {
            fail(Kind::NotJapanese, index(join(here, QStringLiteral("ja")), i));
            return std::nullopt;
        }
    }
    if (ja->size() != en->size()) {
        fail(Kind::LanguageMismatch, join(here, QStringLiteral("en")));
        return std::nullopt;
    }
    return LocalizedList{*ja, *en};
}

std::optional<QString> JsonFieldReader::url(const QJsonObject &parent, const QString &path, const QString &key,
                                            bool required, bool allowEmpty, bool allowLoopbackHttp)
{
    const auto s = string(parent, path, key, required, true);
    if (!s)
        return std::nullopt;
    if (s->isEmpty()) {
        if (allowEmpty)
            return *s;
        fail(Kind::BadUrl, join(path, key));
        return std::nullopt;
    }
    if (!isHttpsOrLoopbackHttp(*s, allowLoopbackHttp)) {
        fail(Kind::BadUrl, join(path, key));
        return std::nullopt;
    }
    return *s;
}

}  // namespace ipw::detail
