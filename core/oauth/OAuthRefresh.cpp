#include "oauth/OAuthRefresh.h"

#include "oauth/CodeFlow.h"

#include <QTimer>

namespace ipw {

using namespace Qt::StringLiterals;

class OAuthRefresh::Private {
public:
    enum class State { Created, Starting, Refreshing, Finished };

    Private(OAuthRefresh *job, OAuthSettings s, QString token)
        : q(job)
        , settings(std::move(s))
        , refreshToken(std::move(token))
    {
    }

    OAuthRefresh *q;
    OAuthSettings settings;
    QString refreshToken;
    State state = State::Created;
    CodeFlow *flow = nullptr;
    std::optional<OAuthFailure> failure;
    OAuthTokens tokens;

    void run();
    void finish(std::optional<OAuthFailure> f, OAuthTokens t = {});
};

OAuthRefresh::OAuthRefresh(OAuthSettings settings, QString refreshToken, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(settings), std::move(refreshToken)))
{
}

OAuthRefresh::~OAuthRefresh()
{
    // The flow first, while the slots it is connected to can still run (it emits nothing from abort()).
    delete d->flow;
    d->flow = nullptr;
}

void OAuthRefresh::start()
{
    if (d->state != Private::State::Created)
        return;
    d->state = Private::State::Starting;
    QTimer::singleShot(0, this, [this] { d->run(); });
}

void OAuthRefresh::Private::run()
{
    if (state != State::Starting)
        return;
    // Refresh needs the client ID and the token endpoint only (RFC 6749 §6), but an installation without a
    // configured client cannot refresh what it issued before: the same answer as for a sign-in.
    if (!settings.isConfigured()) {
        OAuthFailure f;
        f.error = OAuthError::NotConfigured;
        f.description = u"no client ID or endpoint"_s;
        finish(f);
        return;
    }
    if (refreshToken.isEmpty()) {
        // Nothing saved to trade: for the user the same as a refresh token the provider no longer accepts (sign
        // in again, oauth-refresh-rejected). Nothing is sent.
        OAuthFailure f;
        f.error = OAuthError::TokenRejected;
        f.oauthError = u"invalid_grant"_s;
        f.description = u"no refresh token (nothing was sent)"_s;
        finish(f);
        return;
    }
    state = State::Refreshing;
    flow = new CodeFlow(settings, q);
    QObject::connect(flow, &CodeFlow::succeeded, q, [this](const OAuthTokens &t) {
        // Rotation: the old refresh token is dead from now on; the caller stores the new one before anything else.
        if (!t.refreshToken.isEmpty() && t.refreshToken != refreshToken)
            Q_EMIT q->refreshTokenRotated(t.refreshToken);
        finish(std::nullopt, t);
    });
    QObject::connect(flow, &CodeFlow::failed, q, [this](const OAuthFailure &f) { finish(f); });
    flow->refresh(refreshToken);
}

void OAuthRefresh::Private::finish(std::optional<OAuthFailure> f, OAuthTokens t)
{
    if (state == State::Finished)
        return;
    state = State::Finished;
    if (flow)
        flow->abort();
    failure = std::move(f);
    tokens = std::move(t);
    Q_EMIT q->finished();
}

void OAuthRefresh::cancel()
{
    if (d->state == Private::State::Finished)
        return;
    OAuthFailure f;
    f.error = OAuthError::Cancelled;
    d->finish(f);
}

bool OAuthRefresh::isFinished() const
{
    return d->state == Private::State::Finished;
}

std::optional<OAuthFailure> OAuthRefresh::failure() const
{
    return d->failure;
}

const OAuthTokens &OAuthRefresh::tokens() const
{
    return d->tokens;
}

}  // namespace ipw
