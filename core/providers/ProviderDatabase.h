#pragma once

#include "providers/Provider.h"

#include <QList>
#include <QString>

#include <optional>

namespace ipw {

/// Which entry an address matched, and by which of its domains: the wizard and the CLI say so, so that a user at
/// a subdomain (taro@ab.so-net.ne.jp) sees that the So-net entry was taken for "so-net.ne.jp".
struct ProviderMatch {
    const Provider *provider = nullptr;
    QString domain;             ///< the entry's domain that matched ("so-net.ne.jp")
    bool viaSubdomain = false;  ///< the address is at a subdomain of it (the entry says `"subdomains": true`)

    explicit operator bool() const { return provider != nullptr; }
};

/// The providers the product knows: the built-in files (a Qt resource, from resources/providers/) and, on top, the
/// *.json files of a providers folder (an option, else the environment variable IPW_PROVIDERS_DIR). A file in the
/// folder replaces the built-in entry with the same id; loading stops at the first broken file.
///
///     ProviderFileError error;
///     auto db = ProviderDatabase::load({}, &error);      // built-ins + $IPW_PROVIDERS_DIR
///     const Provider *p = db->forEmail(u"Taro@DoCoMo.ne.jp.");   // docomo
///     db->quirksForHost(u"imap.spmode.ne.jp");           // {TlsQuirk::LegacyRenegotiation}
///
/// Pointers returned stay valid as long as the database object lives and is not assigned to.
class ProviderDatabase {
public:
    struct Options {
        bool builtIns = true;
        QString folder;              ///< extra providers folder; empty: IPW_PROVIDERS_DIR if useEnvironment
        bool useEnvironment = true;  ///< read IPW_PROVIDERS_DIR when folder is empty
    };

    static constexpr const char *environmentVariable = "IPW_PROVIDERS_DIR";

    static std::optional<ProviderDatabase> load(const Options &options, ProviderFileError *error);
    /// The built-in entries only. They are tested to load; an error here is a build defect.
    static ProviderDatabase builtIn();
    /// The resource folder the built-in files live in (":/providers").
    static QString builtInFolder();

    /// All entries: the carriers first, then the others, the manual entry (manualServers) last.
    const QList<Provider> &providers() const { return m_providers; }
    const Provider *byId(QStringView id) const;
    /// The catch-all entry where the user types the servers ("manualServers": true), or nullptr.
    const Provider *manualEntry() const;
    /// The provider serving the address's domain (case-insensitive, a trailing dot tolerated); nullptr when none
    /// does. A subdomain matches only an entry that says it issues subdomains (`"subdomains": true`); an exact
    /// domain always wins over a subdomain match.
    const Provider *forEmail(QStringView address) const;
    const Provider *forDomain(QStringView domain) const;
    /// The same look-up, saying which domain of the entry matched.
    ///
    ///     db.matchEmail(u"taro@ab.so-net.ne.jp")  // {so-net, "so-net.ne.jp", viaSubdomain = true}
    ProviderMatch matchEmail(QStringView address) const;
    ProviderMatch matchDomain(QStringView domain) const;
    /// Entries whose name (ja or en), search term, id or domain contains the query, best matches first. Full-width
    /// and half-width forms, case, and hiragana/katakana are not distinguished ("ドコモ", "どこも", "ＤＯＣＯＭＯ").
    QList<const Provider *> search(QStringView query) const;
    /// The TLS quirks recorded for a host (typed by hand too), from any entry; empty for ordinary hosts.
    QList<TlsQuirk> quirksForHost(QStringView host) const;

    /// A file in the providers folder replaced the built-in entry with this id (the wizard says so).
    bool replacesBuiltIn(QStringView id) const { return m_replacedBuiltIns.contains(id.toString()); }

    /// Adds or replaces (by id) one entry; fails with DuplicateDomain when another entry serves one of its domains.
    bool insert(const Provider &provider, const QString &file, ProviderFileError *error);

private:
    void sort();
    QList<Provider> m_providers;
    QStringList m_replacedBuiltIns;
};

/// The key search compares in: NFKC, case-folded, katakana for hiragana, without spaces and punctuation.
QString searchKey(QStringView text);

}  // namespace ipw
