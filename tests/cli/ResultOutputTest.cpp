// ResultOutput without the binary: the keys and lines for OAuth results, in English and Japanese.
#include "cli/ResultOutput.h"
#include "common/DiagnosisText.h"
#include "common/Language.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

struct EnglishAfterwards {
    ~EnglishAfterwards() { Language::apply(UiLanguage::English); }
};

ProtocolResult refusedToken()
{
    ProtocolResult r;
    r.stage = CheckStage::Auth;
    r.diagnosis = DiagnosisCode::OauthTokenRejected;
    r.serverText = u"a1 NO [AUTHENTICATIONFAILED] Authentication failed."_s;
    r.authMechanism = u"OAUTHBEARER"_s;
    r.oauthStatus = u"invalid_token"_s;
    return r;
}

}  // namespace

TEST_CASE("CLI output: authMechanism and oauthStatus appear in the JSON only when there is something to say",
          "[cli][oauth]")
{
    const QJsonObject refused = cli::ResultOutput::toJson(refusedToken(), Protocol::Imap);
    CHECK(refused.value(u"authMechanism"_s).toString() == u"OAUTHBEARER"_s);
    CHECK(refused.value(u"oauthStatus"_s).toString() == u"invalid_token"_s);
    CHECK(refused.value(u"diagnosis"_s).toString() == u"oauth-token-rejected"_s);

    ProtocolResult notTried;
    notTried.diagnosis = DiagnosisCode::NotAttempted;
    const QJsonObject none = cli::ResultOutput::toJson(notTried, Protocol::Smtp);
    CHECK_FALSE(none.contains(u"authMechanism"_s));
    CHECK_FALSE(none.contains(u"oauthStatus"_s));
}

TEST_CASE("CLI output: the human text names the sign-in method and the server's OAuth status", "[cli][oauth][i18n]")
{
    EnglishAfterwards restore;
    CheckResult result;
    result.imap = refusedToken();
    Language::apply(UiLanguage::English);
    const QString english = cli::ResultOutput::toHuman(result);
    INFO(english.toStdString());
    CHECK(english.contains(u"The mail server did not accept the sign-in"_s));
    CHECK(english.contains(u"(OAuth status): invalid_token"_s));
    CHECK(english.contains(u"Sign-in method: OAUTHBEARER"_s));

    Language::apply(UiLanguage::Japanese);
    REQUIRE(Language::current() == UiLanguage::Japanese);
    const QString japanese = cli::ResultOutput::toHuman(result);
    INFO(japanese.toStdString());
    CHECK(japanese.contains(u"メールサーバーがサインインを受け付けませんでした"_s));
    CHECK(japanese.contains(u"（OAuth のステータス）：invalid_token"_s));
    CHECK(japanese.contains(u"サインイン方式：OAUTHBEARER"_s));
}

TEST_CASE("CLI output: the provider's next step as JSON, and in place of the generic one", "[cli]")
{
    EnglishAfterwards restore;
    Language::apply(UiLanguage::English);
    CHECK(cli::ResultOutput::toJson(ProviderNextStep{}, QString()).isNull());

    ProviderNextStep step;
    step.kind = ProviderNextStep::Kind::EnableImap;
    step.url = u"https://mail.example.test/settings"_s;
    const QJsonObject json = cli::ResultOutput::toJson(step, u"Switch IMAP on."_s).toObject();
    CHECK(json.value(u"kind"_s).toString() == u"enable-imap"_s);
    CHECK(json.value(u"text"_s).toString() == u"Switch IMAP on."_s);
    CHECK(json.value(u"url"_s).toString() == u"https://mail.example.test/settings"_s);

    // IMAP decides (SMTP was not attempted after it): the provider's words go there, and only there, after the
    // generic step (never instead of it).
    CheckResult result;
    result.imap = refusedToken();
    ProtocolResult notTried;
    notTried.diagnosis = DiagnosisCode::NotAttempted;
    result.smtp = notTried;
    const QString generic = describe(DiagnosisCode::OauthTokenRejected).nextStep();
    const QString text = cli::ResultOutput::toHuman(result, Sentences{u"Ask Example Mail."_s, {}});
    INFO(text.toStdString());
    CHECK(text.count(u"Ask Example Mail."_s) == 1);
    CHECK(text.contains(u"What to do: "_s + generic + u"\n    Ask Example Mail."_s));
}

TEST_CASE("CLI output: imap.webAlertUrl is always there (string or null) and the text prints it", "[cli]")
{
    EnglishAfterwards restore;
    Language::apply(UiLanguage::English);
    ProtocolResult gmail;
    gmail.stage = CheckStage::Auth;
    gmail.diagnosis = DiagnosisCode::WebLoginRequired;
    gmail.webAlertUrl = u"https://accounts.google.com/signin/continue?sarp=1&scc=1"_s;
    const QJsonObject withUrl = cli::ResultOutput::toJson(gmail, Protocol::Imap);
    CHECK(withUrl.value(u"webAlertUrl"_s).toString() == gmail.webAlertUrl);

    ProtocolResult plain;
    plain.diagnosis = DiagnosisCode::WrongCredentials;
    const QJsonObject without = cli::ResultOutput::toJson(plain, Protocol::Imap);
    REQUIRE(without.contains(u"webAlertUrl"_s));
    CHECK(without.value(u"webAlertUrl"_s).isNull());
    CHECK_FALSE(cli::ResultOutput::toJson(plain, Protocol::Smtp).contains(u"webAlertUrl"_s));

    CheckResult result;
    result.imap = gmail;
    const QString text = cli::ResultOutput::toHuman(result);
    INFO(text.toStdString());
    CHECK(text.contains(u"The provider's page to confirm this sign-in"_s));
    CHECK(text.contains(gmail.webAlertUrl));
}

TEST_CASE("CLI output: control characters from outside print as visible escapes, JSON keeps the text as it is", "[cli]")
{
    // ESC sequences (colour, OSC 52 clipboard write, OSC 8 link), BEL, a bare CR that would overwrite the line,
    // and C1 controls (U+009B is a one-character CSI on some terminals).
    const QString hostile =
        u"bad\x1b[31mred\x1b]52;c;ZXZpbA==\x07 \x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\"
        u"\rResult: the login works.\u009b2J\u0085end\x7f"_s;
    ProtocolResult r;
    r.stage = CheckStage::Auth;
    r.diagnosis = DiagnosisCode::WrongCredentials;
    r.serverText = hostile + u"\nsecond line"_s;  // core/net joins an SMTP reply's lines with '\n'
    r.alerts = {hostile};
    r.oauthStatus = hostile;
    r.certificate.subject = u"CN=a\x1b]0;title\x07"_s;
    r.certificate.issuer = u"CN=b\u0090"_s;
    r.certificate.sha256 = "00";
    r.transcript = {u"S: a1 NO "_s + hostile};
    r.diagnosis = DiagnosisCode::CertificateUntrusted;
    CheckResult result;
    result.imap = r;

    const QString human = cli::ResultOutput::toHuman(result);
    const QString transcript = cli::ResultOutput::transcript(result);
    for (const QString &text : {human, transcript}) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            INFO("control character U+" << QString::number(u, 16).toStdString());
            CHECK((u == u'\n' || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f))));
        }
    }
    CHECK(human.contains(u"bad\\x1b[31mred\\x1b]52;c;ZXZpbA==\\x07 \\x1b]8;;https://evil.example/\\x1b\\link"_s));
    CHECK(human.contains(u"\\rResult: the login works.\\u009b2J\\u0085end\\x7f"_s));
    CHECK(human.contains(u"CN=a\\x1b]0;title\\x07"_s));
    CHECK(human.contains(u"CN=b\\u0090"_s));
    // Our own line break between an SMTP reply's lines stays one.
    CHECK(human.contains(u"\\x7f\n"_s));
    CHECK(transcript.contains(u"S: a1 NO bad\\x1b[31mred"_s));

    // JSON: the text as it is; the JSON writer escapes it.
    const QJsonObject json = cli::ResultOutput::toJson(r, Protocol::Imap);
    CHECK(json.value(u"alerts"_s).toArray().at(0).toString() == hostile);
    const QByteArray doc = QJsonDocument(json).toJson();
    CHECK_FALSE(doc.contains('\x1b'));
    CHECK(doc.contains("\\u001b]52;c;"));
}
