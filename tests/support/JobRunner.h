#pragma once
// Runs one of our job objects (CredentialJob, AccountJob, …) to its end in a test, with a deadline, and checks
// the job contract on the way: start() returns before finished(); exactly one finished().

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

#include <memory>

namespace ipw::test {

template<typename Job> std::unique_ptr<Job> runJob(Job *job, int timeoutMs = 30000)
{
    std::unique_ptr<Job> owned(job);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    CHECK(spy.count() == 0);  // never synchronously
    REQUIRE(spy.wait(timeoutMs));
    QTest::qWait(20);
    CHECK(spy.count() == 1);
    return owned;
}

}  // namespace ipw::test
