// The test suite's throwaway Dovecot (tests/support/DovecotFixture), started for bench/verdict.sh: prints where it
// listens and where the main test user's password is (a 0600 file in Dovecot's temporary directory, so it is never
// on a command line), then serves until standard input closes. Loopback only, like every fixture.
#include "DovecotFixture.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>

using ipw::test::DovecotFixture;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DovecotFixture &dovecot = DovecotFixture::instance();
    if (!dovecot.ok()) {
        std::fprintf(stderr, "Dovecot did not start: %s\n", qPrintable(dovecot.error()));
        return 1;
    }
    const QString passwordFile = dovecot.directory() + QStringLiteral("/bench-password");
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(passwordFile));
        return 1;
    }
    file.write(dovecot.mainUser().password.toUtf8());
    file.close();
    std::printf("imaps %u\nsubmissions %u\nca %s\nuser %s\npassword-file %s\nready\n", dovecot.imapsPort(),
                dovecot.submissionsPort(), qPrintable(dovecot.caFile()), qPrintable(dovecot.mainUser().name),
                qPrintable(passwordFile));
    std::fflush(stdout);
    while (std::cin.get() != EOF) {
    }
    dovecot.shutDown();
    return 0;
}
