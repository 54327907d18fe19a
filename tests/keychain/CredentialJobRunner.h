#pragma once
// Runs a CredentialJob to its end in a test, with a deadline, and checks the job contract on the way
// (start() returns before finished(); exactly one finished()).

#include "keychain/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

#include <memory>

namespace ipw::test {

inline std::unique_ptr<CredentialJob> runJob(CredentialJob *job)
{
    std::unique_ptr<CredentialJob> owned(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    job->start();
    CHECK(spy.count() == 0);  // never synchronously
    REQUIRE(spy.wait(20000));
    QTest::qWait(50);
    CHECK(spy.count() == 1);
    return owned;
}

}  // namespace ipw::test
