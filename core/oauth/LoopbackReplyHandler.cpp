#include "oauth/LoopbackReplyHandler.h"

#include <QHostAddress>

namespace ipw {

using namespace Qt::StringLiterals;

namespace {

// Non-ASCII as character references, so the page is plain ASCII: Qt 6.4 writes Content-Length itself and the
// page must not depend on whether it counts characters or UTF-8 bytes.
QString asciiHtml(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out += u"&#x%1;"_s.arg(uint(c), 0, 16);
    }
    return out;
}

}  // namespace

LoopbackReplyHandler::LoopbackReplyHandler(RedirectHost host, QObject *parent)
    // Defect (e): QOAuthHttpServerReplyHandler(QObject *) listens on QHostAddress::Any. Pass the address
    // explicitly, and as a QHostAddress: a bare QHostAddress::LocalHost (an enum, value 2) silently picks the
    // (quint16 port, QObject *parent) overload and listens on port 2 of every interface.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    if (!isListening())
        return;
    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(host == RedirectHost::Localhost ? u"localhost"_s : u"127.0.0.1"_s);
    uri.setPort(port());
    uri.setPath(u"/"_s);  // Qt 6.4 answers any path starting with '/'; "/" is what providers' registrations expect
    m_redirectUri = uri;
    setPage(Page::SignedIn);
}

QString LoopbackReplyHandler::callback() const
{
    return m_redirectUri.toString(QUrl::FullyEncoded);
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    // Defect (b), as in TokenReplyHandler.
    if (m_sink)
        m_sink(TokenResponse::parse(TokenReplyHandler::readReply(reply)));
}

QString LoopbackReplyHandler::pageText(Page page)
{
    switch (page) {
    case Page::SignedIn:
        return u"<p>Sign-in complete. You can close this window and return to IMAP Password Wizard.</p>"
               u"<p>サインインが完了しました。このウィンドウを閉じて、IMAP Password Wizard に戻ってください。</p>"_s;
    case Page::NotSignedIn:
        return u"<p>Sign-in was not completed. You can close this window and return to IMAP Password Wizard, "
               u"which tells you why.</p>"
               u"<p>サインインは完了しませんでした。このウィンドウを閉じて、IMAP Password Wizard "
               u"に戻ると理由を確認できます。</p>"_s;
    }
    return {};
}

void LoopbackReplyHandler::setPage(Page page)
{
    setCallbackText(asciiHtml(pageText(page)));
}

}  // namespace ipw
