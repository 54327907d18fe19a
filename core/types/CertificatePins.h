#pragma once
// Certificates the user chose to trust, each for exactly one host:port. Nothing else about TLS is relaxed by a pin.

#include "types/ServerAddress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace ipw {

/// "AB:cd:..." or "abcd..." (spaces and colons ignored) → 64 lower-case hex characters; std::nullopt if it is not a
/// SHA-256 fingerprint.
std::optional<QByteArray> normalizeSha256Fingerprint(QStringView text);

/// SHA-256 fingerprints (normalised) per endpoint. The only way in is add(), which normalises, so a pin typed with
/// colons and one taken from a certificate compare equal.
///
///     CertificatePins pins;
///     pins.add(imap.key(), u"AB:CD:…");          // false when the text is no fingerprint
///     pins.forEndpoint(imap.key()).contains(sha256Hex);
class CertificatePins {
public:
    struct Entry {
        EndpointKey where;
        QByteArray sha256;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    bool add(const EndpointKey &where, QStringView fingerprint);
    bool add(const EndpointKey &where, const QByteArray &fingerprint);
    QSet<QByteArray> forEndpoint(const EndpointKey &where) const { return m_pins.value(where); }
    bool isEmpty() const { return m_pins.isEmpty(); }
    void clear() { m_pins.clear(); }
    /// Every pin, sorted by host, port and fingerprint (a stable order for files and reports).
    QList<Entry> entries() const;
    friend bool operator==(const CertificatePins &, const CertificatePins &) = default;

private:
    QHash<EndpointKey, QSet<QByteArray>> m_pins;
};

}  // namespace ipw
