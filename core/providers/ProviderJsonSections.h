#pragma once
// The section readers of a provider file (docs/providers.md) that Provider::fromJson (ProviderJson.cpp) calls between
// its own (format and id, uncertain, names and domains before; references and sources after), in this order. Each reads
// a few top-level keys into the Provider, asks the schema table (ProviderSchema.h) whether a key is required, and
// returns false after the first problem, which the JsonFieldReader has recorded as a typed error naming the field.
// Internal to core/providers.

#include "providers/JsonFieldReader.h"
#include "providers/Provider.h"

#include <QJsonObject>

namespace ipw::detail {

/// What every section reader needs: the field reader (the first error wins), the file's top-level object and the
/// provider read so far (a later section may depend on an earlier one: `usernameHelp` on `username`, the pages on
/// `uncertain`, `tlsQuirks` on the servers).
struct ProviderReading {
    JsonFieldReader &r;
    const QJsonObject &root;
    Provider &p;

    /// Must the file have this top-level key (ProviderKey::presence, given what has been read so far)?
    bool required(QStringView key) const;
    /// The top-level key's object or array, required as the table says; std::nullopt when absent or wrong.
    std::optional<QJsonObject> object(const QString &key) { return r.object(root, {}, key, required(key)); }
    std::optional<QJsonArray> array(const QString &key) { return r.array(root, {}, key, required(key)); }
};

bool readServers(ProviderReading &c);    // imap, imapAlternatives, smtp, smtpAlternatives
bool readLogin(ProviderReading &c);      // username, usernameHelp, auth, authPrerequisites
bool readGuidance(ProviderReading &c);   // passwordName, portal, steps, reissueSteps, preconditions
bool readRules(ProviderReading &c);      // imapEnable, passwordRules, tlsQuirks
bool readHelpPages(ProviderReading &c);  // statusPage, supportPage
bool readOAuth2(ProviderReading &c);     // oauth2

}  // namespace ipw::detail
