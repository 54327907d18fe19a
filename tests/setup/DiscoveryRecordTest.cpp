// What an account remembers of discovery (issue 15, "Remember"): only network answers, only while the servers are
// the ones found, and through the profile into the saved account and back.
#include "setup/DiscoveryRecord.h"
#include "discovery/DiscoveredSettings.h"
#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"
#include "setup/LoginVerification.h"

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

DiscoveredSettings foundBySrv()
{
    DiscoveredSettings found;
    found.source = DiscoverySource::Srv;
    found.detail = u"_imaps._tcp.srv.example.test → imap.srv.example.test:993"_s;
    found.foundAt = QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC);
    found.provider.imap = {{u"imap.srv.example.test"_s, 993, Security::ImplicitTls}, {}};
    found.provider.smtp = {{u"smtp.srv.example.test"_s, 465, Security::ImplicitTls}, {}};
    return found;
}

AccountProfile profileFor(const DiscoveredSettings &found)
{
    AccountProfile p;
    p.address = u"taro@srv.example.test"_s;
    p.loginName = p.address;
    p.imap = found.provider.imap;
    p.smtp = ServerAddress(found.provider.smtp);
    return p;
}

}  // namespace

TEST_CASE("a discovery record holds while the servers are the ones found", "[setup][discovery]")
{
    const DiscoveredSettings found = foundBySrv();
    const auto record = DiscoveryRecord::fromFound(found);
    REQUIRE(record);
    CHECK(record->origin.source == DiscoverySource::Srv);
    CHECK(record->origin.detail == found.detail);
    CHECK(record->origin.foundAt == found.foundAt);

    AccountProfile profile = profileFor(found);
    CHECK(record->originFor(profile) == record->origin);
    SECTION("host case and surrounding spaces are no change")
    {
        profile.imap.host = u" IMAP.srv.example.test "_s;
        CHECK(record->originFor(profile));
    }
    SECTION("IMAP alone (SMTP not kept) still came from there")
    {
        profile.smtp.reset();
        CHECK(record->originFor(profile));
    }
    SECTION("a changed IMAP host, port or security is the user's own")
    {
        AccountProfile host = profile, port = profile, security = profile;
        host.imap.host = u"mail.srv.example.test"_s;
        port.imap.port = 143;
        security.imap.security = Security::StartTls;
        for (const AccountProfile &changed : {host, port, security})
            CHECK_FALSE(record->originFor(changed));
    }
    SECTION("a changed SMTP server, or one the answer did not name, is the user's own")
    {
        profile.smtp->port = 587;
        CHECK_FALSE(record->originFor(profile));
        DiscoveredSettings imapOnly = found;
        imapOnly.provider.smtp = {};
        const auto noSmtp = DiscoveryRecord::fromFound(imapOnly);
        REQUIRE(noSmtp);
        CHECK_FALSE(noSmtp->originFor(profileFor(found)));
        AccountProfile withoutSmtp = profileFor(found);
        withoutSmtp.smtp.reset();
        CHECK(noSmtp->originFor(withoutSmtp));
    }
}

TEST_CASE("only network answers are recorded: the provider list's id says where its servers came from",
          "[setup][discovery]")
{
    for (DiscoverySource source : {DiscoverySource::Database, DiscoverySource::ProviderFile}) {
        DiscoveredSettings found = foundBySrv();
        found.source = source;
        CHECK_FALSE(DiscoveryRecord::fromFound(found));
    }
    for (DiscoverySource source : {DiscoverySource::Autoconfig, DiscoverySource::Ispdb, DiscoverySource::Srv,
                                   DiscoverySource::Mx, DiscoverySource::HttpAutoconfig}) {
        DiscoveredSettings found = foundBySrv();
        found.source = source;
        CHECK(DiscoveryRecord::fromFound(found));
    }
    DiscoveredSettings noImap = foundBySrv();
    noImap.provider.imap = {};
    CHECK_FALSE(DiscoveryRecord::fromFound(noImap));
}

TEST_CASE("the origin goes from a verified check into the saved account, and a saved one keeps it",
          "[setup][discovery][verified]")
{
    const DiscoveredSettings found = foundBySrv();
    AccountProfile profile = profileFor(found);
    profile.discovery = DiscoveryRecord::fromFound(found)->originFor(profile);
    CheckResult verified;
    ProtocolResult ok;
    ok.verified = ok.credentialsAccepted = true;
    ok.diagnosis = DiagnosisCode::Ok;
    verified.imap = verified.smtp = ok;
    ProviderDatabase none = ProviderDatabase::builtIn();
    const auto login = LoginVerification::fromCheck(profile, profile.checkSettings(none), verified, u"pw"_s);
    REQUIRE(login);
    REQUIRE(login->account().discovery);
    CHECK(login->account().discovery->source == DiscoverySource::Srv);
    CHECK(login->account().discovery->foundAt == found.foundAt);

    // Checked again later ("Test again", --use-saved): the saved servers are the ones found, the origin stays.
    const AccountProfile again = AccountProfile::fromSaved(login->account());
    CHECK(again.discovery == profile.discovery);
    const auto record = DiscoveryRecord::fromSaved(again);
    REQUIRE(record);
    CHECK(record->originFor(again) == profile.discovery);
    AccountProfile moved = again;
    moved.imap.host = u"imap2.srv.example.test"_s;
    CHECK_FALSE(record->originFor(moved));
    // An account from the provider list or typed by hand has none.
    AccountProfile typed = again;
    typed.discovery.reset();
    CHECK_FALSE(DiscoveryRecord::fromSaved(typed));
    CHECK_FALSE(typed.toSaved().discovery);
}
