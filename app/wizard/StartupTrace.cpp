#include "StartupTrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace ipw {
namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

bool quitAfterFirstPaint()
{
    return qgetenv("IPW_STARTUP_TRACE") == "quit";
}

// Reports the window's first paint (what the user first sees), once, then removes itself.
class FirstPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::fprintf(stderr, "startup: %6.1f ms  first page shown (monotonic %lld ms)\n",
                         double(clock().nsecsElapsed()) / 1e6,
                         static_cast<long long>(clock().msecsSinceReference() + clock().elapsed()));
            watched->removeEventFilter(this);
            deleteLater();
            if (quitAfterFirstPaint())
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

}  // namespace

bool StartupTrace::enabled()
{
    static const bool on = !qgetenv("IPW_STARTUP_TRACE").isEmpty();
    return on;
}

void StartupTrace::begin()
{
    if (enabled())
        clock().start();
}

void StartupTrace::mark(const char *what)
{
    if (enabled())
        std::fprintf(stderr, "startup: %6.1f ms  %s\n", double(clock().nsecsElapsed()) / 1e6, what);
}

void StartupTrace::watchFirstPaint(QWidget *window)
{
    if (enabled())
        window->installEventFilter(new FirstPaint(window));
}

}  // namespace ipw
