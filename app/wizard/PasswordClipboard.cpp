#include "PasswordClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace ipw {
namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

}  // namespace

QList<std::pair<QString, QByteArray>> PasswordClipboard::secretMarks()
{
    // Clipboard managers and clipboard history skip what carries these (KeePassXC marks passwords the same way).
#if defined(Q_OS_WIN)
    // Windows 10+: the format's presence keeps it out of monitors, history (Win+V) and cloud sync. Qt puts a MIME
    // type of this form on the clipboard as the native format named in value="…".
    return {{QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
             QByteArray("\x01\0\0\0", 4)}};  // a DWORD 1
#elif defined(Q_OS_MACOS)
    // nspasteboard.org's convention, which macOS clipboard managers follow.
    return {{QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray()}};
#else
    // KDE's Klipper and most Wayland/X11 clipboard managers (wl-clip-persist, CopyQ) honour this hint.
    return {{QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret")}};
#endif
}

PasswordClipboard::PasswordClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(45));
    connect(&m_timer, &QTimer::timeout, this, &PasswordClipboard::clearIfUnchanged);
}

PasswordClipboard::~PasswordClipboard()
{
    // Closing the window must not leave the password behind on the clipboard either.
    clearIfUnchanged();
}

void PasswordClipboard::copy(const QString &password)
{
    if (password.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(password);
    for (const auto &[format, value] : secretMarks())
        data->setData(format, value);
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_hash = hashOf(password);
    m_timer.start();
}

void PasswordClipboard::clearIfUnchanged()
{
    m_timer.stop();
    if (m_hash.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard && hashOf(clipboard->text(QClipboard::Clipboard)) == m_hash)
        clipboard->clear(QClipboard::Clipboard);
    m_hash.clear();
    Q_EMIT cleared();
}

}  // namespace ipw
