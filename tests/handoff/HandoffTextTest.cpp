// What the app and the CLI say before the profile is installed (HandoffText), in English and Japanese.
#include "common/HandoffText.h"
#include "CatchQt.h"
#include "common/Language.h"
#include "providers/ProviderDatabase.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

HandoffSettings settingsFor(const Provider &p, const QString &address)
{
    HandoffSettings s;
    s.address = address;
    s.providerId = p.id;
    s.imapLogin = s.smtpLogin = address;
    s.imap = p.imap;
    s.smtp = ServerAddress(p.smtp);
    return s;
}

}  // namespace

TEST_CASE("profile advice: the carrier's own profile first, named from the provider file", "[handoff]")
{
    Language::apply(UiLanguage::English);
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *softbank = db.byId(u"softbank"_s);
    REQUIRE(softbank);
    REQUIRE_FALSE(softbank->carrierProfile.isEmpty());
    const QStringList advice = HandoffText::profileAdvice(settingsFor(*softbank, u"taro@i.softbank.jp"_s), softbank);
    REQUIRE_FALSE(advice.isEmpty());
    CHECK(advice.first().startsWith(u"Use your carrier's own profile first: "_s + softbank->carrierProfile.en));
    // The password iOS asks for, in the provider's words.
    CHECK(advice.join(u' ').contains(softbank->passwordName.en));

    const Provider *gmail = db.byId(u"gmail"_s);
    REQUIRE(gmail);
    CHECK_FALSE(
        HandoffText::profileAdvice(settingsFor(*gmail, u"taro@gmail.com"_s), gmail).join(u' ').contains(u"carrier"_s));
}

TEST_CASE("profile advice: a browser sign-in account is added as an Outlook or Google account instead", "[handoff]")
{
    Language::apply(UiLanguage::English);
    const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *outlook = db.byId(u"outlook"_s);
    REQUIRE(outlook);
    HandoffSettings s = settingsFor(*outlook, u"taro@outlook.com"_s);
    CHECK_FALSE(HandoffText::profileAdvice(s, outlook).join(u' ').contains(u"Outlook or Google account"_s));
    s.browserSignIn = true;
    CHECK(HandoffText::profileAdvice(s, outlook).join(u' ').contains(u"add it as an Outlook or Google account"_s));
}

TEST_CASE("profile advice says not signed always and explains STARTTLS and plaintext only where they apply",
          "[handoff]")
{
    Language::apply(UiLanguage::English);
    HandoffSettings s;
    s.address = u"a@example.test"_s;
    s.imap = ServerAddress{u"mail.example.test"_s, 993, Security::ImplicitTls};
    s.smtp = ServerAddress{u"mail.example.test"_s, 465, Security::ImplicitTls};
    QString all = HandoffText::profileAdvice(s, nullptr).join(u' ');
    CHECK(all.contains(u"\"Not Signed\""_s));
    CHECK_FALSE(all.contains(u"STARTTLS"_s));
    s.smtp->security = Security::StartTls;
    s.smtp->port = 587;
    CHECK(HandoffText::profileAdvice(s, nullptr).join(u' ').contains(u"STARTTLS"_s));
    CHECK_FALSE(HandoffText::profileAdvice(s, nullptr).join(u' ').contains(u"not encrypted"_s));
    s.imap.security = Security::None;
    s.imap.port = 143;
    CHECK(HandoffText::profileAdvice(s, nullptr).join(u' ').contains(u"not encrypted"_s));

    // The profile's own texts follow the language.
    CHECK(HandoffText::appleProfileTexts(s, nullptr).profileName == u"Mail: a@example.test"_s);
}
