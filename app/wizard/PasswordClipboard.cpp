#include "PasswordClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace ipw {
namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

}  // namespace

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
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(password, QClipboard::Clipboard);
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
