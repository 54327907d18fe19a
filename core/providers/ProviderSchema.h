#pragma once
// The provider file schema (docs/providers.md, "File format") as one table: every top-level key of a provider file,
// whether it is required, whether `sources` must name a reference for it, the parts `uncertain` may name, and how
// Provider::toJson writes it. Internal to core/providers.
//
// Reading (ProviderJson.cpp and the section readers in ProviderJsonSections.cpp) asks the table which keys exist,
// which are required, which need a source and what `uncertain` may name; writing (Provider::toJson) walks the table,
// so a key the reader knows cannot be forgotten by the writer:
//
//     reader.onlyKnownKeys(root, {}, providerKeyNames());   // "smpt" → unknown-field "smpt"
//     providerKey(u"imap")->presence;                        // Presence::Required: absent → missing-field "imap"
//     providerKey(u"imap")->partNames();                     // {"host", "port", "security"}: "imap.hots" is unknown
//     isUncertainFieldName(u"imap.host"_s);                  // true; "searchTerms" is no fact, so false

#include <QJsonValue>
#include <QStringList>
#include <QStringView>

#include <span>

namespace ipw {
struct Provider;
}

namespace ipw::detail {

/// Whether a provider file must have a key.
enum class Presence {
    Required,
    Optional,
    RequiredForProviderId,  ///< `usernameHelp`: required when `username` is "provider-id", optional otherwise
};

/// Whether `sources` must name a reference for a key (the key is then a "fact field", which `uncertain` may name).
enum class SourceRule {
    None,        ///< not a fact (format, id, searchTerms, …): `sources` and `uncertain` may not name it
    Always,      ///< every entry states this fact
    WhenStated,  ///< only when the entry states it (a non-empty list, a page that is there); see ProviderKey::states
};

struct ProviderKey {
    QStringView key;
    Presence presence;
    SourceRule source;
    /// The keys of its object value, which `uncertain` may also name as "key.part" (empty: only "key" itself).
    std::span<const QStringView> parts;
    /// The value Provider::toJson writes; an undefined value leaves the key out.
    QJsonValue (*write)(const Provider &);
    /// For SourceRule::WhenStated: does this entry state the fact (so that it needs a source)?
    bool (*states)(const Provider &) = nullptr;

    bool isFact() const { return source != SourceRule::None; }
    QStringList partNames() const;
};

/// Every top-level key, in the order the reader checks them (and docs/providers.md lists them, except `uncertain`,
/// which is read right after `id` because it decides which values may be empty).
std::span<const ProviderKey> providerSchema();
/// The row for a top-level key; nullptr for a key the format does not have.
const ProviderKey *providerKey(QStringView key);
/// All top-level keys, for rejecting unknown ones.
const QStringList &providerKeyNames();
/// May `uncertain` list this name: a fact field ("imap") or one of its parts ("imap.host")?
bool isUncertainFieldName(const QString &name);

}  // namespace ipw::detail
