#include "oauth/OAuthSignIn.h"

#include "oauth/CodeFlow.h"

#include <QPointer>
#include <QTimer>

namespace ipw {

using namespace Qt::StringLiterals;

class OAuthSignIn::Private {
public:
    enum class State { Created, Starting, WaitingForBrowser, ExchangingCode, Finished };

    Private(OAuthSignIn *job, OAuthSettings s)
        : q(job)
        , settings(std::move(s))
    {
    }

    OAuthSignIn *q;
    OAuthSettings settings;
    State state = State::Created;
    CodeFlow *flow = nullptr;
    QTimer signInTimer;
    QUrl redirectUri;
    std::optional<OAuthFailure> failure;
    OAuthTokens tokens;

    void run();
    void finish(std::optional<OAuthFailure> f, OAuthTokens t = {});
};

OAuthSignIn::OAuthSignIn(OAuthSettings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(settings)))
{
    d->signInTimer.setSingleShot(true);
    connect(&d->signInTimer, &QTimer::timeout, this, [this] {
        OAuthFailure f;
        f.error = OAuthError::Timeout;
        f.description = u"no redirect from the browser in time"_s;
        d->finish(f);
    });
}

OAuthSignIn::~OAuthSignIn()
{
    // The flow first, while the slots it is connected to can still run (it emits nothing from abort()).
    delete d->flow;
    d->flow = nullptr;
}

void OAuthSignIn::start()
{
    if (d->state != Private::State::Created)
        return;
    d->state = Private::State::Starting;
    QTimer::singleShot(0, this, [this] { d->run(); });
}

void OAuthSignIn::Private::run()
{
    if (state != State::Starting)
        return;  // cancelled before it began
    if (!settings.isConfigured()) {
        OAuthFailure f;
        f.error = OAuthError::NotConfigured;
        f.description = settings.clientId.trimmed().isEmpty() ? u"no client ID"_s : u"no authorize or token URL"_s;
        finish(f);
        return;
    }
    flow = new CodeFlow(settings, q);
    if (!flow->listen()) {
        OAuthFailure f;
        f.error = OAuthError::ListenFailed;
        f.description = u"cannot listen on 127.0.0.1"_s;
        finish(f);
        return;
    }
    redirectUri = flow->redirectUri();
    QObject::connect(flow, &CodeFlow::authorizationUrlReady, q, [this](const QUrl &url) {
        state = State::WaitingForBrowser;
        signInTimer.start(settings.signInTimeout);
        Q_EMIT q->authorizationUrlReady(url);
    });
    QObject::connect(flow, &CodeFlow::exchangingCode, q, [this] {
        signInTimer.stop();  // the browser is done; the token request has its own timeout (requestTimeout)
        state = State::ExchangingCode;
        Q_EMIT q->exchangingCode();
    });
    QObject::connect(flow, &CodeFlow::succeeded, q, [this](const OAuthTokens &t) { finish(std::nullopt, t); });
    QObject::connect(flow, &CodeFlow::failed, q, [this](const OAuthFailure &f) { finish(f); });
    flow->authorize();
}

void OAuthSignIn::Private::finish(std::optional<OAuthFailure> f, OAuthTokens t)
{
    if (state == State::Finished)
        return;
    state = State::Finished;
    signInTimer.stop();
    if (flow)
        flow->abort();  // no listener, no pending request: nothing half-done survives finished()
    failure = std::move(f);
    tokens = std::move(t);
    Q_EMIT q->finished();
}

void OAuthSignIn::cancel()
{
    if (d->state == Private::State::Finished)
        return;
    OAuthFailure f;
    f.error = OAuthError::Cancelled;
    d->finish(f);
}

bool OAuthSignIn::isFinished() const
{
    return d->state == Private::State::Finished;
}

QUrl OAuthSignIn::redirectUri() const
{
    return d->redirectUri;
}

std::optional<OAuthFailure> OAuthSignIn::failure() const
{
    return d->failure;
}

const OAuthTokens &OAuthSignIn::tokens() const
{
    return d->tokens;
}

}  // namespace ipw
