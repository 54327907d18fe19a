#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <utility>

namespace ipw {

/// Puts a password on the clipboard for the user to paste into another app, and takes it off again after a short
/// time, but only if the clipboard still holds it (the user may have copied something else meanwhile). It keeps a
/// hash of what it copied, never the password itself. What it copies is marked secret for clipboard managers and
/// clipboard history where the platform has a way (secretMarks()).
///
///     m_clipboard.copy(draft.password);   // cleared 45 s later
class PasswordClipboard : public QObject {
    Q_OBJECT
public:
    explicit PasswordClipboard(QObject *parent = nullptr);
    ~PasswordClipboard() override;

    void setClearAfter(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    std::chrono::milliseconds clearAfter() const { return m_timer.intervalAsDuration(); }

    void copy(const QString &password);
    /// The MIME formats (and their data) that mark a copy as secret on this platform.
    static QList<std::pair<QString, QByteArray>> secretMarks();
    /// Clears the clipboard now if it still holds what copy() put there.
    void clearIfUnchanged();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_hash;
};

}  // namespace ipw
