#include "types/CertificatePins.h"

#include <algorithm>
#include <tuple>

namespace ipw {

std::optional<QByteArray> normalizeSha256Fingerprint(QStringView text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return std::nullopt;
        hex.append(l);
    }
    if (hex.size() != 64)
        return std::nullopt;
    return hex;
}

bool CertificatePins::add(const EndpointKey &where, QStringView fingerprint)
{
    const std::optional<QByteArray> sha256 = normalizeSha256Fingerprint(fingerprint);
    if (!sha256 || where.host.isEmpty() || where.port == 0)
        return false;
    m_pins[EndpointKey::of(where.host, where.port)].insert(*sha256);
    return true;
}

bool CertificatePins::add(const EndpointKey &where, const QByteArray &fingerprint)
{
    return add(where, QString::fromLatin1(fingerprint));
}

QList<CertificatePins::Entry> CertificatePins::entries() const
{
    QList<Entry> all;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        for (const QByteArray &sha256 : it.value())
            all.append(Entry{it.key(), sha256});
    std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.where.host, a.where.port, a.sha256) < std::tie(b.where.host, b.where.port, b.sha256);
    });
    return all;
}

}  // namespace ipw
