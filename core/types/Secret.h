#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace ipw {

/// A password or a token, in one buffer this object owns and zeroes when it lets go of it.
///
/// QString and QByteArray share their buffers implicitly: wiping one copy (fill('\0')) detaches and zeroes a fresh
/// copy while the original bytes stay wherever the other owners keep them. A Secret is never shared: it can only be
/// moved (the source is left empty) or copied on purpose (copy()), and its bytes are overwritten with zeros before
/// the memory is freed (clear(), the destructor, assignment). What a Secret cannot wipe is listed in
/// docs/keychain.md: copies made outside it (a QLineEdit's text, the bytes a socket or OpenSSL buffers).
///
///     Secret password = Secret::fromString(field->text());  // at the edge
///     job.start(std::move(password));                       // no copy on the way
///     socket.write(password.utf8().toByteArray());          // only where a Qt API needs its own copy
class Secret {
public:
    Secret() = default;
    /// Takes the UTF-8 form of `text`. The QString itself is the caller's to let go of.
    static Secret fromString(const QString &text);
    static Secret fromUtf8(QByteArrayView bytes);
    ~Secret();

    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    /// A second, independent buffer with the same bytes (for a second user, e.g. SMTP beside IMAP).
    Secret copy() const;
    /// Zeroes the bytes, frees them, and leaves the Secret empty.
    void clear();

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    /// The bytes, valid while this Secret is neither changed nor destroyed.
    QByteArrayView utf8() const { return {m_data, m_size}; }
    /// A QString copy for an API that needs one (it is not wiped: convert at the edges only).
    QString toString() const;

    /// For tests only: called with the buffer's address and size after it was zeroed and before it is freed.
    using WipeObserver = void (*)(const char *data, qsizetype size);
    static void setWipeObserver(WipeObserver observer);

private:
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

/// Overwrites `size` bytes at `data` with zeros in a way the compiler may not optimise away.
void secureZero(void *data, std::size_t size);

}  // namespace ipw
