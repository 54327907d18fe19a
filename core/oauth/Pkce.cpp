#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace ipw::pkce {

QByteArray makeVerifier()
{
    // 48 bytes from the system CSPRNG, base64url without padding: 64 characters of [A-Za-z0-9-_], a subset of
    // RFC 7636 §4.1's unreserved set, with 384 bits of entropy (§7.1 asks for at least 256).
    std::array<quint32, 12> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(words.size() * sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

}  // namespace ipw::pkce
