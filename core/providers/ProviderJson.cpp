// Reading provider files (docs/providers.md): every field validated, the first problem reported as a typed error
// naming the file and the field. Writing them back is Provider::toJson (Provider.cpp).
#include "types/HostName.h"
#include "providers/JsonFieldReader.h"
#include "providers/Provider.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ipw {
namespace {

using Kind = ProviderFileError::Kind;

const QStringList kFactFields = {
    QStringLiteral("name"),
    QStringLiteral("domains"),
    QStringLiteral("imap"),
    QStringLiteral("imapAlternatives"),
    QStringLiteral("smtp"),
    QStringLiteral("smtpAlternatives"),
    QStringLiteral("username"),
    QStringLiteral("auth"),
    QStringLiteral("authPrerequisites"),
    QStringLiteral("passwordName"),
    QStringLiteral("portal"),
    QStringLiteral("steps"),
    QStringLiteral("reissueSteps"),
    QStringLiteral("preconditions"),
    QStringLiteral("imapEnable"),
    QStringLiteral("passwordRules"),
    QStringLiteral("tlsQuirks"),
    QStringLiteral("statusPage"),
    QStringLiteral("supportPage"),
    QStringLiteral("oauth2"),
};

/// Sub-fields that "uncertain" may name, per fact field.
QStringList subFieldsOf(const QString &field)
{
    if (field == u"imap" || field == u"smtp")
        return {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security")};
    if (field == u"portal" || field == u"statusPage" || field == u"supportPage")
        return {QStringLiteral("name"), QStringLiteral("url")};
    if (field == u"passwordRules")
        return {QStringLiteral("chosenBy"), QStringLiteral("minLength"), QStringLiteral("maxLength"),
                QStringLiteral("description")};
    if (field == u"oauth2")
        return {QStringLiteral("issuer"), QStringLiteral("authUrl"),      QStringLiteral("tokenUrl"),
                QStringLiteral("scopes"), QStringLiteral("redirectHost"), QStringLiteral("authParams")};
    if (field == u"imapEnable")
        return {QStringLiteral("required"), QStringLiteral("where"), QStringLiteral("url")};
    return {};
}

using Reader = detail::JsonFieldReader;

struct Context {
    Reader &r;
    QStringList uncertain;

    bool uncertainField(const QString &field) const
    {
        for (const QString &u : uncertain) {
            if (u == field || field.startsWith(u + u'.'))
                return true;
        }
        return false;
    }
};

std::optional<ServerSettings> readServer(Context &c, const QJsonObject &parent, const QString &path, const QString &key,
                                         bool isMain)
{
    Reader &r = c.r;
    const auto o = r.object(parent, path, key, true);
    if (!o)
        return std::nullopt;
    {
        const QString here = Reader::join(path, key);
        QStringList known = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security")};
        if (!isMain)
            known.append(QStringLiteral("note"));
        if (!r.onlyKnownKeys(*o, here, known))
            return std::nullopt;
        ServerSettings s;
        const auto host = r.string(*o, here, QStringLiteral("host"), true, true);
        if (!host)
            return std::nullopt;
        const QString hostField = Reader::join(here, QStringLiteral("host"));
        if (host->isEmpty() ? !(isMain && c.uncertainField(hostField)) : !isValidHostName(*host)) {
            r.fail(Kind::BadHost, hostField);
            return std::nullopt;
        }
        s.host = host->toLower();
        const auto port = r.integer(*o, here, QStringLiteral("port"), true);
        if (!port)
            return std::nullopt;
        if (*port < 1 || *port > 65535) {
            r.fail(Kind::BadPort, Reader::join(here, QStringLiteral("port")));
            return std::nullopt;
        }
        s.port = static_cast<quint16>(*port);
        const auto security =
            r.enumValue<Security>(*o, here, QStringLiteral("security"), true, &securityFromString);
        if (!security)
            return std::nullopt;
        s.security = *security;
        if (!isMain && o->contains(QStringLiteral("note"))) {
            const auto note = r.text(*o, here, QStringLiteral("note"), true);
            if (!note)
                return std::nullopt;
            s.note = *note;
        }
        return s;
    }
}

std::optional<QList<ServerSettings>> readAlternatives(Context &c, const QJsonObject &root, const QString &key)
{
    const auto a = c.r.array(root, {}, key, true);
    if (!a)
        return std::nullopt;
    QList<ServerSettings> out;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (!a->at(i).isObject()) {
            c.r.fail(Kind::WrongType, Reader::index(key, i));
            return std::nullopt;
        }
        // readServer takes (parent, key): present the element under its own path so errors name it.
        QJsonObject wrapped;
        wrapped.insert(Reader::index(key, i), a->at(i));
        const auto s = readServer(c, wrapped, {}, Reader::index(key, i), false);
        if (!s)
            return std::nullopt;
        out.append(*s);
    }
    return out;
}

std::optional<WebPage> readPage(Context &c, const QJsonObject &root, const QString &key, bool required)
{
    Reader &r = c.r;
    const auto o = r.object(root, {}, key, required);
    if (!o)
        return std::nullopt;
    if (!r.onlyKnownKeys(*o, key, {QStringLiteral("name"), QStringLiteral("url")}))
        return std::nullopt;
    const auto name = r.text(*o, key, QStringLiteral("name"), true);
    if (!name)
        return std::nullopt;
    const bool mayBeEmpty = c.uncertainField(key + QStringLiteral(".url"));
    const auto url = r.url(*o, key, QStringLiteral("url"), true, mayBeEmpty);
    if (!url)
        return std::nullopt;
    return WebPage{*name, *url};
}

bool readProvider(Reader &r, const QJsonObject &root, const QString &file, Provider &p)
{
    static const QStringList known = {
        QStringLiteral("format"),
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("searchTerms"),
        QStringLiteral("domains"),
        QStringLiteral("imap"),
        QStringLiteral("imapAlternatives"),
        QStringLiteral("smtp"),
        QStringLiteral("smtpAlternatives"),
        QStringLiteral("username"),
        QStringLiteral("usernameHelp"),
        QStringLiteral("auth"),
        QStringLiteral("authPrerequisites"),
        QStringLiteral("passwordName"),
        QStringLiteral("portal"),
        QStringLiteral("steps"),
        QStringLiteral("reissueSteps"),
        QStringLiteral("preconditions"),
        QStringLiteral("imapEnable"),
        QStringLiteral("passwordRules"),
        QStringLiteral("tlsQuirks"),
        QStringLiteral("statusPage"),
        QStringLiteral("supportPage"),
        QStringLiteral("oauth2"),
        QStringLiteral("uncertain"),
        QStringLiteral("references"),
        QStringLiteral("sources"),
    };
    if (!r.onlyKnownKeys(root, {}, known))
        return false;

    const auto format = r.integer(root, {}, QStringLiteral("format"), false);
    if (r.failed() || !format || *format != 1)
        return r.fail(Kind::UnsupportedFormat, QStringLiteral("format"));

    const auto id = r.string(root, {}, QStringLiteral("id"), true);
    if (!id)
        return false;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QFileInfo info(file);
    const bool namedFile = file.endsWith(QStringLiteral(".json"));
    if (!idPattern.match(*id).hasMatch() || (namedFile && info.completeBaseName() != *id))
        return r.fail(Kind::BadId, QStringLiteral("id"));
    p.id = *id;

    // "uncertain" first: it decides which values may be empty.
    const auto uncertain = r.strings(root, {}, QStringLiteral("uncertain"), true);
    if (!uncertain)
        return false;
    for (qsizetype i = 0; i < uncertain->size(); ++i) {
        const QString &u = uncertain->at(i);
        const QString head = u.section(u'.', 0, 0);
        const QString tail = u.section(u'.', 1);
        if (!kFactFields.contains(head) || (!tail.isEmpty() && !subFieldsOf(head).contains(tail)))
            return r.fail(Kind::UnknownUncertainField, Reader::index(QStringLiteral("uncertain"), i));
    }
    p.uncertain = *uncertain;
    Context c{r, *uncertain};

    const auto name = r.text(root, {}, QStringLiteral("name"), true, false);
    if (!name)
        return false;
    p.name = *name;
    const auto terms = r.strings(root, {}, QStringLiteral("searchTerms"), true);
    if (!terms)
        return false;
    p.searchTerms = *terms;

    const auto domains = r.strings(root, {}, QStringLiteral("domains"), true);
    if (!domains)
        return false;
    for (qsizetype i = 0; i < domains->size(); ++i) {
        const QString d = domains->at(i);
        if (!isValidHostName(d) || d.endsWith(u'.') || d != d.toLower())
            return r.fail(Kind::BadHost, Reader::index(QStringLiteral("domains"), i));
        p.domains.append(d);
    }

    const auto imap = readServer(c, root, {}, QStringLiteral("imap"), true);
    if (!imap)
        return false;
    p.imap = *imap;
    const auto imapAlternatives = readAlternatives(c, root, QStringLiteral("imapAlternatives"));
    if (!imapAlternatives)
        return false;
    p.imapAlternatives = *imapAlternatives;
    const auto smtp = readServer(c, root, {}, QStringLiteral("smtp"), true);
    if (!smtp)
        return false;
    p.smtp = *smtp;
    const auto smtpAlternatives = readAlternatives(c, root, QStringLiteral("smtpAlternatives"));
    if (!smtpAlternatives)
        return false;
    p.smtpAlternatives = *smtpAlternatives;

    const auto username =
        r.enumValue<UsernameRule>(root, {}, QStringLiteral("username"), true, &usernameRuleFromString);
    if (!username)
        return false;
    p.username = *username;
    const bool needsHelp = p.username == UsernameRule::ProviderId;
    if (auto help = r.text(root, {}, QStringLiteral("usernameHelp"), needsHelp))
        p.usernameHelp = *help;
    if (r.failed())
        return false;

    const auto auth = r.strings(root, {}, QStringLiteral("auth"), true);
    if (!auth)
        return false;
    if (auth->isEmpty())
        return r.fail(Kind::MissingField, QStringLiteral("auth"));
    for (qsizetype i = 0; i < auth->size(); ++i) {
        const auto m = authMethodFromString(auth->at(i));
        if (!m || p.auth.contains(*m))
            return r.fail(Kind::BadValue, Reader::index(QStringLiteral("auth"), i));
        p.auth.append(*m);
    }
    if (const auto pre = r.object(root, {}, QStringLiteral("authPrerequisites"), false)) {
        for (auto it = pre->begin(); it != pre->end(); ++it) {
            const auto m = authMethodFromString(it.key());
            const QString field = Reader::join(QStringLiteral("authPrerequisites"), it.key());
            if (!m || !p.auth.contains(*m))
                return r.fail(Kind::BadValue, field);
            const auto l = r.list(*pre, QStringLiteral("authPrerequisites"), it.key(), true);
            if (!l)
                return false;
            p.authPrerequisites.insert(*m, *l);
        }
    }
    if (r.failed())
        return false;

    const auto passwordName = r.text(root, {}, QStringLiteral("passwordName"), true);
    if (!passwordName)
        return false;
    p.passwordName = *passwordName;
    const auto portal = readPage(c, root, QStringLiteral("portal"), true);
    if (!portal)
        return false;
    p.portal = *portal;
    const auto steps = r.list(root, {}, QStringLiteral("steps"), true);
    if (!steps)
        return false;
    if (steps->ja.isEmpty())
        return r.fail(Kind::EmptyText, QStringLiteral("steps.ja"));
    p.steps = *steps;
    if (auto reissue = r.list(root, {}, QStringLiteral("reissueSteps"), false))
        p.reissueSteps = *reissue;
    if (auto pre = r.list(root, {}, QStringLiteral("preconditions"), false))
        p.preconditions = *pre;
    if (r.failed())
        return false;

    // imapEnable
    {
        const QString key = QStringLiteral("imapEnable");
        const auto o = r.object(root, {}, key, true);
        if (!o ||
            !r.onlyKnownKeys(*o, key, {QStringLiteral("required"), QStringLiteral("where"), QStringLiteral("url")}))
            return false;
        const auto required =
            r.enumValue<YesNoUnknown>(*o, key, QStringLiteral("required"), true, &yesNoUnknownFromString);
        if (!required)
            return false;
        p.imapEnable.required = *required;
        if (auto where = r.text(*o, key, QStringLiteral("where"), false))
            p.imapEnable.where = *where;
        if (auto url = r.url(*o, key, QStringLiteral("url"), false))
            p.imapEnable.url = *url;
        if (r.failed())
            return false;
    }
    // passwordRules
    {
        const QString key = QStringLiteral("passwordRules");
        const auto o = r.object(root, {}, key, true);
        if (!o || !r.onlyKnownKeys(*o, key, subFieldsOf(key)))
            return false;
        const auto chosenBy =
            r.enumValue<PasswordChooser>(*o, key, QStringLiteral("chosenBy"), true, &passwordChooserFromString);
        if (!chosenBy)
            return false;
        p.passwordRules.chosenBy = *chosenBy;
        for (const QString &bound : {QStringLiteral("minLength"), QStringLiteral("maxLength")}) {
            const auto n = r.integer(*o, key, bound, false);
            if (r.failed())
                return false;
            if (n && (*n < 1 || *n > 1024))
                return r.fail(Kind::BadValue, Reader::join(key, bound));
            (bound == u"minLength" ? p.passwordRules.minLength : p.passwordRules.maxLength) = n;
        }
        if (p.passwordRules.minLength && p.passwordRules.maxLength &&
            *p.passwordRules.minLength > *p.passwordRules.maxLength)
            return r.fail(Kind::BadValue, Reader::join(key, QStringLiteral("maxLength")));
        if (auto d = r.text(*o, key, QStringLiteral("description"), false))
            p.passwordRules.description = *d;
        if (r.failed())
            return false;
    }
    // tlsQuirks: scoped to hosts this provider lists.
    {
        const QString key = QStringLiteral("tlsQuirks");
        const auto a = r.array(root, {}, key, true);
        if (!a)
            return false;
        const QList<ServerSettings> servers = p.allServers();
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QString here = Reader::index(key, i);
            if (!a->at(i).isObject())
                return r.fail(Kind::WrongType, here);
            const QJsonObject o = a->at(i).toObject();
            if (!r.onlyKnownKeys(o, here, {QStringLiteral("host"), QStringLiteral("quirk"), QStringLiteral("note")}))
                return false;
            TlsQuirkEntry e;
            const auto host = r.string(o, here, QStringLiteral("host"), true);
            if (!host)
                return false;
            const bool listed = std::any_of(servers.begin(), servers.end(), [&](const ServerSettings &s) {
                return s.host.compare(*host, Qt::CaseInsensitive) == 0;
            });
            if (!isValidHostName(*host) || !listed)
                return r.fail(Kind::BadHost, Reader::join(here, QStringLiteral("host")));
            e.host = host->toLower();
            const auto quirk = r.enumValue<TlsQuirk>(o, here, QStringLiteral("quirk"), true, &tlsQuirkFromString);
            if (!quirk)
                return false;
            e.quirk = *quirk;
            const auto note = r.text(o, here, QStringLiteral("note"), true);
            if (!note)
                return false;
            e.note = *note;
            p.tlsQuirks.append(e);
        }
    }
    if (auto page = readPage(c, root, QStringLiteral("statusPage"), false))
        p.statusPage = *page;
    if (auto page = readPage(c, root, QStringLiteral("supportPage"), false))
        p.supportPage = *page;
    if (r.failed())
        return false;
    // oauth2
    if (const auto o = r.object(root, {}, QStringLiteral("oauth2"), false)) {
        const QString key = QStringLiteral("oauth2");
        if (!r.onlyKnownKeys(*o, key, subFieldsOf(key)))
            return false;
        OAuth2Endpoints e;
        if (auto issuer = r.string(*o, key, QStringLiteral("issuer"), false))
            e.issuer = *issuer;
        const auto authUrl = r.url(*o, key, QStringLiteral("authUrl"), true, false, true);
        const auto tokenUrl = authUrl ? r.url(*o, key, QStringLiteral("tokenUrl"), true, false, true) : std::nullopt;
        const auto scopes = tokenUrl ? r.strings(*o, key, QStringLiteral("scopes"), true) : std::nullopt;
        if (!scopes)
            return false;
        e.authUrl = *authUrl;
        e.tokenUrl = *tokenUrl;
        e.scopes = *scopes;
        if (auto host = r.string(*o, key, QStringLiteral("redirectHost"), false)) {
            if (*host != u"127.0.0.1" && *host != u"localhost") {
                r.fail(ProviderFileError::Kind::BadValue, key + QStringLiteral(".redirectHost"));
                return false;
            }
            e.redirectHost = *host;
        }
        if (const auto params = r.object(*o, key, QStringLiteral("authParams"), false)) {
            for (auto it = params->begin(); it != params->end(); ++it) {
                if (!it.value().isString()) {
                    r.fail(ProviderFileError::Kind::WrongType, key + QStringLiteral(".authParams.") + it.key());
                    return false;
                }
                e.authParams.insert(it.key(), it.value().toString());
            }
        }
        p.oauth2 = e;
    }
    if (r.failed())
        return false;

    // references and sources: every fact has a source, every source a date.
    {
        const QString key = QStringLiteral("references");
        const auto o = r.object(root, {}, key, true);
        if (!o)
            return false;
        for (auto it = o->begin(); it != o->end(); ++it) {
            const QString here = Reader::join(key, it.key());
            if (!it->isObject())
                return r.fail(Kind::WrongType, here);
            const QJsonObject ref = it->toObject();
            if (!r.onlyKnownKeys(ref, here,
                                 {QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("checked")}))
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
            p.references.insert(it.key(), reference);
        }
    }
    {
        const QString key = QStringLiteral("sources");
        const auto o = r.object(root, {}, key, true);
        if (!o)
            return false;
        for (auto it = o->begin(); it != o->end(); ++it) {
            if (!kFactFields.contains(it.key()))
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
        // The facts this entry states, each of which needs a source.
        QStringList facts = {QStringLiteral("name"),         QStringLiteral("imap"),  QStringLiteral("smtp"),
                             QStringLiteral("username"),     QStringLiteral("auth"),  QStringLiteral("passwordName"),
                             QStringLiteral("portal"),       QStringLiteral("steps"), QStringLiteral("imapEnable"),
                             QStringLiteral("passwordRules")};
        const auto addIf = [&](bool present, const char16_t *field) {
            if (present)
                facts.append(QString::fromUtf16(field));
        };
        addIf(!p.domains.isEmpty(), u"domains");
        addIf(!p.imapAlternatives.isEmpty(), u"imapAlternatives");
        addIf(!p.smtpAlternatives.isEmpty(), u"smtpAlternatives");
        addIf(!p.authPrerequisites.isEmpty(), u"authPrerequisites");
        addIf(!p.reissueSteps.isEmpty(), u"reissueSteps");
        addIf(!p.preconditions.isEmpty(), u"preconditions");
        addIf(!p.tlsQuirks.isEmpty(), u"tlsQuirks");
        addIf(p.statusPage.has_value(), u"statusPage");
        addIf(p.supportPage.has_value(), u"supportPage");
        addIf(p.oauth2.has_value(), u"oauth2");
        for (const QString &fact : std::as_const(facts)) {
            if (!p.sources.contains(fact))
                return r.fail(Kind::MissingSource, Reader::join(key, fact));
        }
    }
    return !r.failed();
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
