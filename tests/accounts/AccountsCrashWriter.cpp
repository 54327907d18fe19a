// Test helper for AccountsFileTest: rewrites <path> with <count> accounts, forever, until it is killed.
#include "accounts/AccountsFile.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PATH COUNT\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    QList<ipw::SavedAccount> accounts;
    for (int i = 0; i < count; ++i) {
        ipw::SavedAccount account;
        account.address = u"user%1@example.test"_s.arg(i);
        account.loginName = account.address;
        account.imap = {u"127.0.0.1"_s, 993, ipw::Security::ImplicitTls};
        account.lastVerified = QDateTime::currentDateTimeUtc();
        accounts.append(account);
    }
    for (;;) {
        QString details;
        if (!ipw::AccountsFile::write(path, accounts, &details)) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(details));
            return 1;
        }
    }
}
