// Share back (issue 15): when the result page offers a file for Thunderbird's ISPDB. Only for servers found by SRV
// or MX, only after a check that verified them, and only while the draft still has the servers that were checked.
// (The offer on the real page, the file and its re-import: tests/discovery/WizardDiscoveryTest.cpp.)
#include "pages/IspdbOffer.h"
#include "DraftSettings.h"
#include "WizardSession.h"

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

struct CheckedDraft {
    WizardSession session{WizardSession::Options{}};
    AccountDraft draft;

    explicit CheckedDraft(DiscoverySource source)
    {
        draft.address = u"taro@found.example.test"_s;
        draft.loginName = draft.address;
        draft.imap = {{u"imap.found.example.test"_s, 993, Security::ImplicitTls}, {}};
        draft.smtp = {{u"smtp.found.example.test"_s, 465, Security::ImplicitTls}, {}};
        draft.checkSmtp = true;
        draft.discovered = DiscoveryRecord{
            SavedDiscovery{source, u"_imaps._tcp.found.example.test"_s, QDateTime::currentDateTimeUtc()}, draft.imap,
            ServerAddress(draft.smtp)};
        // What the Test page leaves behind after a check of this draft that verified both protocols.
        session.lastSettings = checkSettingsFor(draft, session.providers());
        ProtocolResult ok;
        ok.verified = ok.credentialsAccepted = true;
        ok.diagnosis = DiagnosisCode::Ok;
        ok.stage = CheckStage::Mailbox;
        CheckResult result;
        result.imap = result.smtp = ok;
        session.lastResult = result;
    }
    bool offered() const { return IspdbOffer::offeredFor(draft, session).has_value(); }
};

}  // namespace

TEST_CASE("the ISPDB offer is made for servers SRV or MX found, not for the domain's own or a database's",
          "[wizard][ispdb]")
{
    for (DiscoverySource source : {DiscoverySource::Srv, DiscoverySource::Mx})
        CHECK(CheckedDraft(source).offered());
    for (DiscoverySource source :
         {DiscoverySource::Database, DiscoverySource::ProviderFile, DiscoverySource::Autoconfig, DiscoverySource::Ispdb,
          DiscoverySource::HttpAutoconfig}) {
        INFO(toString(source).toStdString());
        CHECK_FALSE(CheckedDraft(source).offered());
    }
    CheckedDraft typed(DiscoverySource::Srv);
    typed.draft.discovered.reset();  // servers typed by hand
    CHECK_FALSE(typed.offered());
}

TEST_CASE("the ISPDB offer needs a check that verified exactly these servers", "[wizard][ispdb]")
{
    SECTION("a failed check")
    {
        CheckedDraft failed(DiscoverySource::Srv);
        failed.session.lastResult->smtp->verified = false;
        CHECK_FALSE(failed.offered());
        failed.session.lastResult.reset();
        CHECK_FALSE(failed.offered());
    }
    SECTION("servers changed after discovery: the user's own, not SRV's")
    {
        CheckedDraft edited(DiscoverySource::Srv);
        edited.draft.imap.host = u"mail.found.example.test"_s;
        edited.session.lastSettings = checkSettingsFor(edited.draft, edited.session.providers());
        CHECK_FALSE(edited.offered());
    }
    SECTION("a check of other servers than the draft's")
    {
        CheckedDraft other(DiscoverySource::Mx);
        other.session.lastSettings->imap->port = 143;
        CHECK_FALSE(other.offered());
        CheckedDraft imapOnly(DiscoverySource::Mx);
        imapOnly.session.lastSettings->smtp.reset();  // SMTP in the draft, but not checked
        CHECK_FALSE(imapOnly.offered());
    }
    SECTION("IMAP alone, checked alone")
    {
        CheckedDraft imapOnly(DiscoverySource::Srv);
        imapOnly.draft.checkSmtp = false;
        imapOnly.session.lastSettings = checkSettingsFor(imapOnly.draft, imapOnly.session.providers());
        imapOnly.session.lastResult->smtp.reset();
        CHECK(imapOnly.offered());
    }
}
