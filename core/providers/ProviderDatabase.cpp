#include "providers/ProviderDatabase.h"

#include "types/HostName.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ipw {
namespace {

// The order people expect on the provider page: the three carriers and their second brands, the big free mail
// services, the ISPs, then the rarer addresses.
const QStringList kDisplayOrder = {
    QStringLiteral("docomo"),   QStringLiteral("softbank"),    QStringLiteral("au"),      QStringLiteral("ymobile"),
    QStringLiteral("uqmobile"), QStringLiteral("yahoo-japan"), QStringLiteral("gmail"),   QStringLiteral("outlook"),
    QStringLiteral("icloud"),   QStringLiteral("ocn"),         QStringLiteral("biglobe"), QStringLiteral("nifty"),
    QStringLiteral("so-net"),   QStringLiteral("goo"),         QStringLiteral("mopera"),  QStringLiteral("au-biz"),
};

int rankOf(const Provider &p)
{
    if (p.manualServers)
        return 10000;  // the catch-all entry last
    const qsizetype i = kDisplayOrder.indexOf(p.id);
    return i < 0 ? 1000 : static_cast<int>(i);
}

bool readFolder(ProviderDatabase &db, const QString &folder, ProviderFileError *error, QStringList *ids = nullptr)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        if (error)
            *error = ProviderFileError{ProviderFileError::Kind::Unreadable, folder, QString(), 0};
        return false;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = ProviderFileError{ProviderFileError::Kind::Unreadable, path, QString(), 0};
            return false;
        }
        const auto provider = Provider::fromJsonBytes(file.readAll(), path, error);
        if (!provider || !db.insert(*provider, path, error))
            return false;
        if (ids)
            ids->append(provider->id);
    }
    return true;
}

}  // namespace

QString ProviderDatabase::builtInFolder()
{
    return QStringLiteral(":/providers");
}

std::optional<ProviderDatabase> ProviderDatabase::load(const Options &options, ProviderFileError *error)
{
    ProviderDatabase db;
    if (options.builtIns && !readFolder(db, builtInFolder(), error))
        return std::nullopt;
    QString folder = options.folder;
    if (folder.isEmpty() && options.useEnvironment)
        folder = qEnvironmentVariable(environmentVariable);
    QStringList builtInIds;
    for (const Provider &p : std::as_const(db.m_providers))
        builtInIds.append(p.id);
    QStringList folderIds;
    if (!folder.isEmpty() && !readFolder(db, folder, error, &folderIds))
        return std::nullopt;
    for (const QString &id : std::as_const(folderIds)) {
        if (builtInIds.contains(id))
            db.m_replacedBuiltIns.append(id);
    }
    return db;
}

ProviderDatabase ProviderDatabase::builtIn()
{
    ProviderFileError error;
    auto db = load(Options{true, QString(), false}, &error);
    if (!db) {
        qCritical("built-in provider file %s is broken at %s (%s)", qPrintable(error.file), qPrintable(error.field),
                  qPrintable(toString(error.kind)));
        return {};
    }
    return std::move(*db);
}

bool ProviderDatabase::insert(const Provider &provider, const QString &file, ProviderFileError *error)
{
    for (const Provider &existing : std::as_const(m_providers)) {
        if (existing.id == provider.id)
            continue;
        for (qsizetype i = 0; i < provider.domains.size(); ++i) {
            if (existing.domains.contains(provider.domains[i])) {
                if (error)
                    *error = ProviderFileError{ProviderFileError::Kind::DuplicateDomain, file,
                                               QStringLiteral("domains[%1]").arg(i), 0};
                return false;
            }
        }
    }
    auto it =
        std::find_if(m_providers.begin(), m_providers.end(), [&](const Provider &p) { return p.id == provider.id; });
    if (it != m_providers.end())
        *it = provider;
    else
        m_providers.append(provider);
    sort();
    return true;
}

void ProviderDatabase::sort()
{
    std::stable_sort(m_providers.begin(), m_providers.end(), [](const Provider &a, const Provider &b) {
        const int ra = rankOf(a), rb = rankOf(b);
        return ra != rb ? ra < rb : a.id < b.id;
    });
}

const Provider *ProviderDatabase::manualEntry() const
{
    for (const Provider &p : m_providers) {
        if (p.manualServers)
            return &p;
    }
    return nullptr;
}

const Provider *ProviderDatabase::byId(QStringView id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

ProviderMatch ProviderDatabase::matchDomain(QStringView domain) const
{
    const QString d = normalizedHostName(domain);
    if (d.isEmpty())
        return {};
    for (const Provider &p : m_providers) {
        if (p.domains.contains(d))
            return {&p, d, false};
    }
    // The longest domain wins where two entries could claim the same subdomain.
    ProviderMatch best;
    for (const Provider &p : m_providers) {
        if (!p.subdomains)
            continue;
        for (const QString &own : p.domains) {
            if (d.endsWith(u'.' + own) && own.size() > best.domain.size())
                best = {&p, own, true};
        }
    }
    return best;
}

ProviderMatch ProviderDatabase::matchEmail(QStringView address) const
{
    const QStringView trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0)
        return {};
    return matchDomain(trimmed.mid(at + 1));
}

const Provider *ProviderDatabase::forDomain(QStringView domain) const
{
    return matchDomain(domain).provider;
}

const Provider *ProviderDatabase::forEmail(QStringView address) const
{
    return matchEmail(address).provider;
}

QString searchKey(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)  // hiragana → katakana
            c = QChar(static_cast<char16_t>(u + 0x60));
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        key.append(c);
    }
    return key;
}

QList<const Provider *> ProviderDatabase::search(QStringView query) const
{
    const QString q = searchKey(query);
    if (q.isEmpty())
        return {};
    // Score: 0 exact, 1 prefix, 2 substring; the best over all of an entry's names.
    QList<std::pair<int, const Provider *>> hits;
    for (const Provider &p : m_providers) {
        QStringList keys = {p.id, p.name.ja, p.name.en};
        keys += p.searchTerms;
        keys += p.domains;
        int best = 3;
        for (const QString &k : std::as_const(keys)) {
            const QString key = searchKey(k);
            if (key == q)
                best = std::min(best, 0);
            else if (key.startsWith(q))
                best = std::min(best, 1);
            else if (key.contains(q))
                best = std::min(best, 2);
        }
        if (best < 3)
            hits.append({best, &p});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Provider *> out;
    for (const auto &hit : std::as_const(hits))
        out.append(hit.second);
    return out;
}

QList<TlsQuirk> ProviderDatabase::quirksForHost(QStringView host) const
{
    const QString h = normalizedHostName(host);
    QList<TlsQuirk> out;
    for (const Provider &p : m_providers) {
        for (const TlsQuirkEntry &q : p.tlsQuirks) {
            if (q.host == h && !out.contains(q.quirk))
                out.append(q.quirk);
        }
    }
    return out;
}

}  // namespace ipw
