#pragma once

#include "oauth/TokenResponse.h"

#include <QOAuthOobReplyHandler>

#include <functional>

class QNetworkReply;

namespace ipw {

/// Where a reply handler delivers the token endpoint's answer, success or failure (internal to core/oauth).
using TokenResponseSink = std::function<void(const TokenResponse &)>;

/// The reply handler of a refresh (no listener). Qt NetworkAuth 6.4's QOAuthOobReplyHandler::networkReplyFinished
/// only logs a warning when the token endpoint answers an HTTP error (400 {"error":"invalid_grant"}) and emits
/// nothing, so the flow waits forever (defect (b) in docs/oauth.md). This override reads every answer itself
/// (TokenResponse::parse) and hands it to the sink; a success is also passed on as tokensReceived() so that the Qt
/// flow's own state follows.
class TokenReplyHandler : public QOAuthOobReplyHandler {
    Q_OBJECT
public:
    explicit TokenReplyHandler(QObject *parent = nullptr);
    void setSink(TokenResponseSink sink) { m_sink = std::move(sink); }

    /// Set on a reply that was aborted because its answer passed TokenResponse::kMaxBytes.
    static constexpr const char *kTooLargeProperty = "ipwTooLarge";
    /// The parts of a finished reply TokenResponse::parse needs (shared with LoopbackReplyHandler).
    static TokenResponse::Reply readReply(QNetworkReply *reply);

    void networkReplyFinished(QNetworkReply *reply) override;

private:
    TokenResponseSink m_sink;
};

}  // namespace ipw
