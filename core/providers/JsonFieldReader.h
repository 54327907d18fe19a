#pragma once
// Reading a JSON object field by field with the path of each field, stopping at the first problem with a typed
// error (file, field, kind). Internal to core/providers: provider files are strict so that a contributor's typo
// ("smpt") or an administrator's broken override is reported, never silently ignored.

#include "providers/ProviderFileError.h"
#include "providers/ProviderTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace ipw::detail {

/// Does the text contain hiragana, katakana or kanji? (English left in a Japanese text has none.)
bool hasJapanese(const QString &text);

class JsonFieldReader {
public:
    using Kind = ProviderFileError::Kind;

    JsonFieldReader(QString file, ProviderFileError *error);

    bool failed() const { return m_failed; }
    /// Records the first error; always returns false.
    bool fail(Kind kind, const QString &field);

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

    bool onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    std::optional<QJsonValue> value(const QJsonObject &object, const QString &path, const QString &key, bool required);
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path, const QString &key,
                                      bool required);
    std::optional<QJsonArray> array(const QJsonObject &parent, const QString &path, const QString &key, bool required);
    /// A string; empty (or blank) strings are an error unless allowEmpty.
    std::optional<QString> string(const QJsonValue &v, const QString &field, bool allowEmpty = false);
    std::optional<QString> string(const QJsonObject &parent, const QString &path, const QString &key, bool required,
                                  bool allowEmpty = false);
    std::optional<QStringList> strings(const QJsonObject &parent, const QString &path, const QString &key,
                                       bool required);
    std::optional<int> integer(const QJsonObject &parent, const QString &path, const QString &key, bool required);
    /// {"ja": "...", "en": "..."}; both non-empty. The ja text must contain Japanese, except a name, which may be a
    /// product name written in Latin letters ("Gmail（Google）").
    std::optional<LocalizedText> text(const QJsonObject &parent, const QString &path, const QString &key, bool required,
                                      bool requireJapanese = true);
    /// {"ja": [...], "en": [...]} with equal lengths; every ja entry contains Japanese.
    std::optional<LocalizedList> list(const QJsonObject &parent, const QString &path, const QString &key,
                                      bool required);
    /// An absolute https URL (or "" when allowEmpty). With allowLoopbackHttp, also http to 127.0.0.0/8, ::1 or
    /// localhost (OAuth endpoints of a test or self-hosted authorization server on this machine).
    std::optional<QString> url(const QJsonObject &parent, const QString &path, const QString &key, bool required,
                               bool allowEmpty = false, bool allowLoopbackHttp = false);

    template<typename Enum>
    std::optional<Enum> enumValue(const QJsonObject &parent, const QString &path, const QString &key, bool required,
                                  std::optional<Enum> (*parse)(QStringView))
    {
        const auto s = string(parent, path, key, required);
        if (!s)
            return std::nullopt;
        const auto e = parse(*s);
        if (!e)
            fail(Kind::BadValue, join(path, key));
        return e;
    }

private:
    QString m_file;
    ProviderFileError *m_error;
    bool m_failed = false;
};

}  // namespace ipw::detail
