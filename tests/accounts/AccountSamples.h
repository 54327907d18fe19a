#pragma once

#include "accounts/AccountStore.h"

#include "JobRunner.h"

namespace ipw::test {

inline SavedAccount sampleAccount(const QString &address)
{
    using namespace Qt::StringLiterals;
    SavedAccount account;
    account.address = address;
    account.providerId = u"example"_s;
    account.loginName = address;
    account.imap = {u"127.0.0.1"_s, 10993, Security::ImplicitTls};
    account.smtp = ServerAddress{u"127.0.0.1"_s, 10465, Security::ImplicitTls};
    account.pinnedCertificates.add(EndpointKey{u"127.0.0.1"_s, 10993}, QStringView(QString(64, u'a')));
    account.lastVerified = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    return account;
}

/// An account that signs in with OAuth 2.0 (its keychain secret is a refresh token).
inline SavedAccount sampleOAuthAccount(const QString &address)
{
    using namespace Qt::StringLiterals;
    SavedAccount account = sampleAccount(address);
    account.pinnedCertificates.clear();
    account.oauth = SavedOAuth{u"127.0.0.1"_s,       u"http://127.0.0.1:9/authorize"_s, u"http://127.0.0.1:9/token"_s,
                               u"ipw-test-client"_s, {u"mail"_s, u"offline_access"_s},  u"localhost"_s};
    return account;
}

}  // namespace ipw::test
