#include "oauth/TokenReplyHandler.h"

#include <QNetworkReply>

namespace ipw {

TokenReplyHandler::TokenReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
{
}

TokenResponse::Reply TokenReplyHandler::readReply(QNetworkReply *reply)
{
    TokenResponse::Reply r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    if (r.networkError != QNetworkReply::NoError)
        r.networkErrorText = reply->errorString();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.tooLarge = reply->property(kTooLargeProperty).toBool();
    r.body = r.tooLarge ? QByteArray() : reply->read(TokenResponse::kMaxBytes);
    return r;
}

void TokenReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    // Defect (b): the base class drops HTTP errors with a warning and no signal. Never call it: it would also log
    // a malformed body, which may contain a token.
    if (m_sink)
        m_sink(TokenResponse::parse(readReply(reply)));
}

}  // namespace ipw
