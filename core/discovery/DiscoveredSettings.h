#pragma once

#include "providers/Provider.h"
#include "types/DiscoverySource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ipw {

/// What discovery found for an address: the settings as a Provider value (servers, login rule, sign-in, and for
/// database, provider-file and MX answers the known provider's texts), where they came from and whether the user
/// must confirm them before a password is sent.
///
///     if (found.needsConfirmation) askUser(found.detail);   // never send the password silently
///     found.provider.imap.host;                              // "imap.example.test"
struct DiscoveredSettings {
    DiscoverySource source = DiscoverySource::Database;
    bool secure = true;              ///< the answer travelled over https or DNS (false: plain http)
    bool needsConfirmation = false;  ///< the trust rule asks the user first (see needsConfirmationFor)
    QString detail;                  ///< the URL or the DNS record the answer came from
    Provider provider;
    QDateTime foundAt;  ///< UTC

    /// The provider's id for database, provider-file and MX answers (a known entry); empty otherwise.
    QString knownProviderId() const;
    /// The CLI's `"discovery"` object: {"source", "secure", "needsConfirmation", "detail"}.
    QJsonObject toJson() const;

    friend bool operator==(const DiscoveredSettings &, const DiscoveredSettings &) = default;
};

}  // namespace ipw
