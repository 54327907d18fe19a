// core/setup without a socket: the account profile's conversions, the lockout guard, the one producer of
// VerifiedLogin and the provider's next step.
#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"
#include "setup/DiagnosisHelpTopics.h"
#include "setup/LockoutGuard.h"
#include "setup/LoginVerification.h"
#include "setup/NextStep.h"

#include "CatchQt.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

const ProviderDatabase &providers()
{
    static const ProviderDatabase db = ProviderDatabase::builtIn();
    return db;
}

AccountProfile docomoProfile()
{
    AccountProfile p;
    p.address = u"taro@docomo.ne.jp"_s;
    p.providerId = u"docomo"_s;
    p.loginName = u"imap-id-123"_s;
    p.imap = {u"imap.spmode.ne.jp"_s, 993, Security::ImplicitTls};
    p.smtp = ServerAddress{u"smtp.spmode.ne.jp"_s, 465, Security::ImplicitTls};
    p.pinnedCertificates.add(p.imap.key(), QByteArray(64, 'a'));
    return p;
}

CheckResult resultWith(bool imapVerified, std::optional<bool> smtpVerified, DiagnosisCode imapCode = DiagnosisCode::Ok)
{
    CheckResult r;
    ProtocolResult imap;
    imap.verified = imapVerified;
    imap.credentialsAccepted = imapVerified;
    imap.diagnosis = imapCode;
    imap.stage = CheckStage::Auth;
    r.imap = imap;
    if (smtpVerified) {
        ProtocolResult smtp;
        smtp.verified = *smtpVerified;
        smtp.credentialsAccepted = *smtpVerified;
        smtp.diagnosis = *smtpVerified ? DiagnosisCode::Ok : DiagnosisCode::NotAttempted;
        r.smtp = smtp;
    }
    return r;
}

}  // namespace

TEST_CASE("a profile becomes check settings with the provider's TLS quirks, and a saved account and back",
          "[setup][profile]")
{
    const AccountProfile p = docomoProfile();
    const CheckSettings s = p.checkSettings(providers());
    REQUIRE(s.imap);
    REQUIRE(s.smtp);
    CHECK(s.imap->quirks.allowLegacyRenegotiation);  // docomo's spmode hosts: resources/providers/docomo.json
    CHECK(s.smtp->quirks.allowLegacyRenegotiation);
    CHECK(s.loginName == p.loginName);
    CHECK(s.pinnedCertificates == p.pinnedCertificates);
    CHECK(s.credential == Credential::Password);
    CHECK_FALSE(s.allowPlaintext);

    const SavedAccount saved = p.toSaved();
    CHECK(saved.imap == p.imap);
    CHECK(saved.smtp == p.smtp);
    CHECK_FALSE(saved.oauth);
    CHECK(AccountProfile::fromSaved(saved) == p);

    SECTION("SMTP's own login goes to the tester and the accounts file, and back")
    {
        AccountProfile own = p;
        CHECK_FALSE(s.smtpLoginName);
        own.smtpLoginName = u"taro@icloud.com"_s;
        CHECK(own.checkSettings(providers()).smtpLoginName == u"taro@icloud.com"_s);
        CHECK(own.toSaved().smtpLogin == u"taro@icloud.com"_s);
        CHECK(AccountProfile::fromSaved(own.toSaved()) == own);
        own.smtpLoginName = own.loginName;  // the same name is no name of its own
        CHECK_FALSE(own.checkSettings(providers()).smtpLoginName);
        CHECK_FALSE(own.toSaved().smtpLogin);
    }
    SECTION("a host typed by hand gets no quirk, and is trimmed")
    {
        AccountProfile typed = p;
        typed.imap.host = u" imap.example.jp "_s;
        const CheckSettings t = typed.checkSettings(providers());
        CHECK(t.imap->host == u"imap.example.jp"_s);
        CHECK_FALSE(t.imap->quirks.allowLegacyRenegotiation);
    }
    SECTION("without SMTP, nothing about SMTP is checked or saved")
    {
        AccountProfile imapOnly = p;
        imapOnly.smtp.reset();
        CHECK_FALSE(imapOnly.checkSettings(providers()).smtp);
        CHECK_FALSE(imapOnly.toSaved().smtp);
    }
    SECTION("browser sign-in checks with a token and saves how to refresh it")
    {
        AccountProfile oauth = p;
        oauth.auth = AccountProfile::Auth::OAuth2;
        oauth.oauth = SavedOAuth{
            u"issuer"_s,   u"https://a.example/auth"_s, u"https://a.example/token"_s, u"client"_s, {u"mail"_s},
            u"127.0.0.1"_s};
        CHECK(oauth.checkSettings(providers()).credential == Credential::OAuthAccessToken);
        CHECK(oauth.toSaved().oauth == oauth.oauth);
        CHECK(AccountProfile::fromSaved(oauth.toSaved()).auth == AccountProfile::Auth::OAuth2);
    }
    SECTION("the provider's auth fact, not a host name, says a refused password means browser sign-in")
    {
        CHECK_FALSE(s.passwordsRetired);  // docomo takes its own passwords
        AccountProfile outlook = p;
        outlook.providerId = u"outlook"_s;  // resources/providers/outlook.json: "auth": ["oauth2"]
        CHECK(outlook.checkSettings(providers()).passwordsRetired);
        outlook.providerId.clear();  // the same servers typed by hand: net is told nothing
        CHECK_FALSE(outlook.checkSettings(providers()).passwordsRetired);
    }
    SECTION("a server saved without TLS is no consent: plaintext needs the user's yes in this run")
    {
        SavedAccount plain = saved;
        plain.imap.security = Security::None;
        CHECK(AccountProfile::fromSaved(plain).needsPlaintext());
        CHECK_FALSE(AccountProfile::fromSaved(plain).allowPlaintext);
        CHECK_FALSE(AccountProfile::fromSaved(plain).checkSettings(providers()).allowPlaintext);
        CHECK_FALSE(AccountProfile::fromSaved(saved).needsPlaintext());
    }
}

TEST_CASE("the lockout guard asks before the third attempt, per login and server", "[setup][lockout]")
{
    LockoutGuard guard;
    guard.setAccount(u"Taro"_s, u"imap.example.jp"_s);
    CHECK(guard.mayCheck());
    const CheckResult rejected = resultWith(false, false, DiagnosisCode::WrongCredentials);
    guard.recordResult(rejected, Credential::Password);
    CHECK(guard.rejectedAttempts() == 1);
    CHECK(guard.mayCheck());
    guard.recordResult(rejected, Credential::Password);
    CHECK(guard.rejectedAttempts() == 2);
    CHECK(guard.needsConfirmation());
    CHECK_FALSE(guard.mayCheck());
    guard.confirm();
    CHECK(guard.mayCheck());
    guard.recordResult(rejected, Credential::Password);
    CHECK(guard.needsConfirmation());  // a confirmation is for one attempt

    SECTION("the same account in other letter case keeps its count")
    {
        guard.setAccount(u"taro"_s, u"IMAP.example.jp"_s);
        CHECK(guard.rejectedAttempts() == 3);
    }
    SECTION("another login or server starts from zero")
    {
        guard.setAccount(u"hanako"_s, u"imap.example.jp"_s);
        CHECK(guard.rejectedAttempts() == 0);
        CHECK(guard.mayCheck());
    }
    SECTION("what is not a rejected password is not counted")
    {
        LockoutGuard fresh;
        fresh.setAccount(u"taro"_s, u"imap.example.jp"_s);
        CheckResult timeout = resultWith(false, false, DiagnosisCode::Timeout);
        timeout.imap->stage = CheckStage::Connect;
        fresh.recordResult(timeout, Credential::Password);
        fresh.recordResult(rejected, Credential::OAuthAccessToken);  // a token is never guessed wrong
        fresh.recordResult(resultWith(true, true), Credential::Password);
        CHECK(fresh.rejectedAttempts() == 0);
    }
}

TEST_CASE("a verified login comes only from a verified check of exactly the profile's settings", "[setup][verified]")
{
    const AccountProfile p = docomoProfile();
    const CheckSettings s = p.checkSettings(providers());
    const auto login = LoginVerification::fromCheck(p, s, resultWith(true, true), u"secret-1"_s);
    REQUIRE(login);
    CHECK(login->isComplete());
    CHECK(login->password() == u"secret-1"_s);
    CHECK(login->account().imap == p.imap);
    CHECK(login->account().lastVerified.isValid());
    CHECK(login->account().lastVerified.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    CHECK_FALSE(
        LoginVerification::fromCheck(p, s, resultWith(false, false, DiagnosisCode::WrongCredentials), u"secret-1"_s));
    CHECK_FALSE(LoginVerification::fromCheck(p, s, resultWith(true, false), u"secret-1"_s));  // SMTP failed
    CHECK_FALSE(LoginVerification::fromCheck(p, s, resultWith(true, true), QString()));
    CheckResult noImap = resultWith(true, true);
    noImap.imap.reset();
    CHECK_FALSE(LoginVerification::fromCheck(p, s, noImap, u"secret-1"_s));

    AccountProfile otherServer = p;
    otherServer.imap.port = 143;
    otherServer.imap.security = Security::StartTls;
    CHECK_FALSE(LoginVerification::fromCheck(otherServer, s, resultWith(true, true), u"secret-1"_s));
    AccountProfile otherLogin = p;
    otherLogin.loginName = u"someone-else"_s;
    CHECK_FALSE(LoginVerification::fromCheck(otherLogin, s, resultWith(true, true), u"secret-1"_s));
    AccountProfile noSmtp = p;
    noSmtp.smtp.reset();
    CHECK_FALSE(LoginVerification::fromCheck(noSmtp, s, resultWith(true, true), u"secret-1"_s));
    AccountProfile otherSmtpLogin = p;
    otherSmtpLogin.smtpLoginName = u"sender"_s;
    CHECK_FALSE(LoginVerification::fromCheck(otherSmtpLogin, s, resultWith(true, true), u"secret-1"_s));
    const auto withSmtpLogin = LoginVerification::fromCheck(otherSmtpLogin, otherSmtpLogin.checkSettings(providers()),
                                                            resultWith(true, true), u"secret-1"_s);
    REQUIRE(withSmtpLogin);
    CHECK(withSmtpLogin->account().smtpLogin == u"sender"_s);
}

TEST_CASE("a pin is saved only for the server that presented that certificate", "[setup][verified][trust]")
{
    AccountProfile p = docomoProfile();
    const QByteArray pinned(64, 'b');
    p.pinnedCertificates.clear();
    // As the CLI's bare --trust-cert does: one fingerprint for both servers being checked.
    p.pinnedCertificates.add(p.imap.key(), pinned);
    p.pinnedCertificates.add(p.smtp->key(), pinned);
    const CheckSettings s = p.checkSettings(providers());
    CheckResult result = resultWith(true, true);
    result.imap->certificate.sha256 = pinned;               // IMAP presented the pinned certificate
    result.smtp->certificate.sha256 = QByteArray(64, 'c');  // SMTP another one, trusted through its CA
    const auto login = LoginVerification::fromCheck(p, s, result, u"secret-1"_s);
    REQUIRE(login);
    const QList<CertificatePins::Entry> saved = login->account().pinnedCertificates.entries();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().where == p.imap.key());
    CHECK(saved.first().sha256 == pinned);
}

TEST_CASE("the provider's next step comes from its file", "[setup][nextstep]")
{
    const Provider *docomo = providers().byId(u"docomo"_s);
    REQUIRE(docomo);
    const ProviderNextStep reissue = nextStepFor(docomo, DiagnosisCode::WrongCredentials);
    CHECK(reissue.kind == ProviderNextStep::Kind::ReissuePassword);
    CHECK(reissue.passwordName == docomo->passwordName);
    CHECK(reissue.providerName == docomo->name);
    CHECK_FALSE(reissue.place.isEmpty());

    const Provider *outlook = providers().byId(u"outlook"_s);
    REQUIRE(outlook);
    CHECK(nextStepFor(outlook, DiagnosisCode::OauthRequired).kind == ProviderNextStep::Kind::BrowserSignInOnly);

    const Provider *gmail = providers().byId(u"gmail"_s);
    REQUIRE(gmail);
    CHECK(nextStepFor(gmail, DiagnosisCode::ImapDisabled).kind == ProviderNextStep::Kind::EnableImap);
    CHECK(nextStepFor(gmail, DiagnosisCode::OauthRequired).isNone());  // Gmail still takes app passwords
    CHECK(nextStepFor(gmail, DiagnosisCode::AccountLocked).kind == ProviderNextStep::Kind::ContactSupport);

    CHECK(nextStepFor(nullptr, DiagnosisCode::WrongCredentials).isNone());
    CHECK(nextStepFor(providers().byId(u"other"_s), DiagnosisCode::WrongCredentials).isNone());
    CHECK(nextStepFor(docomo, DiagnosisCode::Timeout).isNone());  // docomo's file names no status page
}

TEST_CASE("the provider's next step carries its verb, the IMAP switch and the app-password limits", "[setup][nextstep]")
{
    const Provider *docomo = providers().byId(u"docomo"_s);
    const Provider *softbank = providers().byId(u"softbank"_s);
    const Provider *gmail = providers().byId(u"gmail"_s);
    const Provider *yahoo = providers().byId(u"yahoo-japan"_s);
    REQUIRE((docomo && softbank && gmail && yahoo));
    CHECK(nextStepFor(docomo, DiagnosisCode::WrongCredentials).action == PasswordAction::Check);
    CHECK(nextStepFor(softbank, DiagnosisCode::WrongCredentials).action == PasswordAction::Change);
    CHECK(nextStepFor(gmail, DiagnosisCode::AppPasswordRequired).action == PasswordAction::Recreate);
    CHECK_FALSE(nextStepFor(providers().byId(u"nifty"_s), DiagnosisCode::WrongCredentials).action);

    // Yahoo! JAPAN: a refused login names the access setting as well as the password.
    const ProviderNextStep refused = nextStepFor(yahoo, DiagnosisCode::WrongCredentials);
    CHECK(refused.kind == ProviderNextStep::Kind::ReissuePassword);
    CHECK(refused.imapSetting == yahoo->imapEnable.where);
    CHECK(nextStepFor(docomo, DiagnosisCode::WrongCredentials).imapSetting.isEmpty());  // no switch there

    // Gmail: app-password-required says what an app password needs; imap-disabled has no switch to name.
    const ProviderNextStep appPassword = nextStepFor(gmail, DiagnosisCode::AppPasswordRequired);
    CHECK(appPassword.prerequisites == gmail->authPrerequisites.value(AuthMethod::AppPassword));
    CHECK(nextStepFor(gmail, DiagnosisCode::WrongCredentials).prerequisites.isEmpty());
    const ProviderNextStep disabled = nextStepFor(gmail, DiagnosisCode::ImapDisabled);
    CHECK(disabled.kind == ProviderNextStep::Kind::EnableImap);
    CHECK_FALSE(disabled.imapSwitch);
    CHECK(disabled.place.en.contains(u"administrator"_s));
    CHECK(nextStepFor(yahoo, DiagnosisCode::ImapDisabled).imapSwitch);

    // A status page where the file has one (Gmail), for a server problem.
    const ProviderNextStep status = nextStepFor(gmail, DiagnosisCode::ServerUnavailable);
    CHECK(status.kind == ProviderNextStep::Kind::CheckStatusPage);
    CHECK(status.url == gmail->statusPage->url);
}

TEST_CASE("every diagnosis names help topics from the fixed set only", "[setup][help]")
{
    const QStringList topics = allHelpTopics();
    CHECK(topics == QStringList{u"glossary"_s, u"checklist"_s, u"faq"_s, u"security"_s, u"iphone-profile"_s});
    QSet<QString> used;
    for (const DiagnosisCode code : allDiagnosisCodes()) {
        INFO(toString(code).toStdString());
        const QStringList forCode = helpTopicsFor(code);
        CHECK(forCode.size() == QSet<QString>(forCode.begin(), forCode.end()).size());  // no duplicates
        for (const QString &topic : forCode) {
            CHECK(topics.contains(topic));
            used.insert(topic);
        }
    }
    CHECK(helpTopicsFor(DiagnosisCode::Ok).isEmpty());
    CHECK(helpTopicsFor(DiagnosisCode::WrongCredentials).contains(u"checklist"_s));
    CHECK(helpTopicsFor(DiagnosisCode::AppPasswordRequired).contains(u"security"_s));
    CHECK(used.size() == topics.size());  // every topic is offered somewhere
}
