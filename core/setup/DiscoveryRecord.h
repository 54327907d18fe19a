#pragma once
// What an account remembers of discovery (issue 15, "Remember"): where its servers were found and when, for as long
// as they are still the servers found. The wizard and the CLI both decide with it what a saved account keeps.

#include "accounts/SavedAccount.h"
#include "types/ServerAddress.h"

#include <optional>

namespace ipw {

struct AccountProfile;
struct DiscoveredSettings;

/// The origin of an account's servers together with the servers as found: an origin only holds while the account
/// still uses those servers. A server the user changed afterwards is the user's own, and the account no longer
/// claims to come from SRV or the ISPDB.
///
///     const auto record = DiscoveryRecord::fromFound(found);     // the discovery page, or the CLI's --email
///     …the user edits, checks, saves…
///     profile.discovery = record ? record->originFor(profile) : std::nullopt;
struct DiscoveryRecord {
    SavedDiscovery origin;
    ServerAddress imap;                 ///< the servers as found
    std::optional<ServerAddress> smtp;  ///< absent: the answer named no SMTP server

    /// From an answer of the network sources (autoconfig, ISPDB, SRV, MX, http); std::nullopt for the provider list
    /// (database, provider-file: the account's provider id already says where its servers came from) and for an
    /// answer without an IMAP server.
    static std::optional<DiscoveryRecord> fromFound(const DiscoveredSettings &found);
    /// From a profile made from a saved account: the saved servers are the ones that were found. std::nullopt when
    /// the account has no origin.
    static std::optional<DiscoveryRecord> fromSaved(const AccountProfile &saved);
    /// The origin, when `profile`'s IMAP server is the one found and its SMTP server too (or it keeps none);
    /// std::nullopt once one of them was changed.
    std::optional<SavedDiscovery> originFor(const AccountProfile &profile) const;
};

}  // namespace ipw
