#pragma once

#include "net/ConnectionCheck.h"

#include <QEventLoop>
#include <QTimer>

namespace ipw::test {

/// Runs a ConnectionCheck to its end (or gives up after `limitMs`, which fails the test by returning nullopt).
/// Servers the test runs in this process keep working meanwhile: it is the same event loop.
inline std::optional<CheckResult> runCheck(const CheckSettings &settings, const QString &password, int limitMs = 20000,
                                           int *finishedCount = nullptr)
{
    ConnectionCheck check(settings, Secret::fromString(password));
    std::optional<CheckResult> result;
    QEventLoop loop;
    int count = 0;
    QObject::connect(&check, &ConnectionCheck::finished, &loop, [&](const CheckResult &r) {
        ++count;
        result = r;
        loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    // Let anything still queued run: a second finished() would show up here.
    QEventLoop settle;
    QTimer::singleShot(50, &settle, &QEventLoop::quit);
    settle.exec();
    if (finishedCount)
        *finishedCount = count;
    return result;
}

/// Settings for one protocol against a test server on loopback that trusts the test CA.
inline ServerEndpoint loopback(quint16 port, Security security, const QString &host = QStringLiteral("localhost"))
{
    return ServerEndpoint{host, port, security, {}};
}

}  // namespace ipw::test
