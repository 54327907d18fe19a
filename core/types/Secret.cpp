#include "types/Secret.h"

#include <cstring>
#include <utility>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace ipw {
namespace {
Secret::WipeObserver g_wipeObserver = nullptr;
}  // namespace

void secureZero(void *data, std::size_t size)
{
    if (!data || size == 0)
        return;
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#else
    std::memset(data, 0, size);
    // The buffer is freed right after: without this barrier the compiler may drop the memset as a dead store.
    __asm__ __volatile__("" : : "r"(data) : "memory");
#endif
}

Secret Secret::fromUtf8(QByteArrayView bytes)
{
    Secret s;
    if (bytes.isEmpty())
        return s;
    s.m_data = new char[std::size_t(bytes.size())];
    s.m_size = bytes.size();
    std::memcpy(s.m_data, bytes.data(), std::size_t(bytes.size()));
    return s;
}

Secret Secret::fromString(const QString &text)
{
    // The UTF-8 conversion's own buffer is zeroed before it goes, so the only copy left is the Secret's.
    QByteArray utf8 = text.toUtf8();
    Secret s = fromUtf8(utf8);
    secureZero(utf8.data(), std::size_t(utf8.size()));
    return s;
}

Secret::~Secret()
{
    clear();
}

Secret::Secret(Secret &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

Secret Secret::copy() const
{
    return fromUtf8(utf8());
}

void Secret::clear()
{
    if (!m_data)
        return;
    secureZero(m_data, std::size_t(m_size));
    if (g_wipeObserver)
        g_wipeObserver(m_data, m_size);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
}

QString Secret::toString() const
{
    return QString::fromUtf8(utf8());
}

void Secret::setWipeObserver(WipeObserver observer)
{
    g_wipeObserver = observer;
}

}  // namespace ipw
