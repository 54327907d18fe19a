#include "oauth/LoopbackReplyHandler.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>
#include <QUrlQuery>

namespace ipw {

using namespace Qt::StringLiterals;

namespace {

// Non-ASCII as character references, so the page is plain ASCII and its length is its byte count.
QByteArray asciiHtml(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out += u"&#x%1;"_s.arg(uint(c), 0, 16);
    }
    return out.toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Bad Request";
    }
}

}  // namespace

LoopbackReplyHandler::LoopbackReplyHandler(RedirectHost host, QObject *parent)
    : QOAuthOobReplyHandler(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onNewConnection);
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return;
    m_port = m_server.serverPort();
    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(host == RedirectHost::Localhost ? u"localhost"_s : u"127.0.0.1"_s);
    uri.setPort(m_port);
    uri.setPath(u"/"_s);  // what providers' registrations expect; the only path that counts
    m_redirectUri = uri;
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

void LoopbackReplyHandler::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);  // outlives close(): the browser still gets its page
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("ipwAnswered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("ipwRequest").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes)
            answer(socket, 400, Page::NotThisSignIn);
        else
            socket->setProperty("ipwRequest", buffer);
        return;
    }
    // "GET /?code=…&state=… HTTP/1.1": only GET on the redirect URI's path is the provider's redirect.
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        answer(socket, 400, Page::NotThisSignIn);
        return;
    }
    if (requestLine[0] != "GET") {
        answer(socket, 405, Page::NotThisSignIn);
        return;
    }
    const QByteArray &target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != m_redirectUri.path(QUrl::FullyEncoded).toLatin1()) {
        answer(socket, 404, Page::NotThisSignIn);  // /favicon.ico, a probe: not the redirect
        return;
    }
    // The query items in QUrl::PrettyDecoded form, as Qt's handler emitted them (AuthorizationResponse decodes).
    QVariantMap values;
    const QUrlQuery query(QString::fromLatin1(question < 0 ? QByteArray() : target.mid(question + 1)));
    for (const auto &item : query.queryItems())
        values.insert(item.first, item.second);
    m_page = Page::NotThisSignIn;
    Q_EMIT callbackReceived(values);  // the flow takes it (and sets the page) or leaves it
    answer(socket, 200, m_page);
}

void LoopbackReplyHandler::answer(QTcpSocket *socket, int status, Page page)
{
    socket->setProperty("ipwAnswered", true);
    socket->setProperty("ipwRequest", QVariant());
    const QByteArray html = "<html><head><title>" + asciiHtml(QCoreApplication::applicationName()) +
                            "</title></head><body>" + asciiHtml(pageText(page)) + "</body></html>";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(html.size()) +
                  "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + html);
    socket->disconnectFromHost();
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
    case Page::NotThisSignIn:
        return u"<p>This page is not part of the current sign-in of IMAP Password Wizard. If you are signing in, "
               u"finish in the window the wizard opened.</p>"
               u"<p>このページは、IMAP Password Wizard の現在のサインインとは関係ありません。サインイン中の場合は、"
               u"ウィザードが開いたウィンドウで続けてください。</p>"_s;
    }
    return {};
}

}  // namespace ipw
