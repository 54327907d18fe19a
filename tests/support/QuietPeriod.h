#pragma once
// The one fixed wait the tests keep: for checking that something does NOT happen by itself.

#include <QTest>

namespace ipw::test {

/// Runs the event loop for `ms` milliseconds, so that a test can then check that nothing happened by itself: no
/// retry, no second finished(), no browser opened. There is no event to wait for when the point is that none comes.
/// Everything a test expects to happen is waited for with QTest::qWaitFor() or QSignalSpy::wait() and a generous
/// deadline, never with this. On a loaded machine a quiet period cannot fail a correct program (at worst a late
/// wrong event slips past it), so it never makes a test flaky; callers wait first for the last event that must come,
/// so the period starts where a wrong one would.
inline void quietPeriod(int ms = 300)
{
    QTest::qWait(ms);
}

}  // namespace ipw::test
