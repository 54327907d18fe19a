#include "common/DiagnosisText.h"
#include "common/Language.h"
#include "common/Sentences.h"

#include "CatchQt.h"
#include "SentenceCount.h"

using namespace Qt::StringLiterals;

namespace {

bool hasJapanese(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))  // kana, CJK ideographs
            return true;
    }
    return false;
}

struct EnglishAfterwards {
    ~EnglishAfterwards() { ipw::Language::apply(ipw::UiLanguage::English); }
};

const QList<ipw::CheckStage> allStages{
    ipw::CheckStage::Resolve,    ipw::CheckStage::Connect,  ipw::CheckStage::Tls,  ipw::CheckStage::Greeting,
    ipw::CheckStage::Capability, ipw::CheckStage::Starttls, ipw::CheckStage::Auth, ipw::CheckStage::Mailbox};

}  // namespace

TEST_CASE("every diagnosis has a headline, an explanation and a next step in English and Japanese")
{
    EnglishAfterwards restore;
    ipw::Language::apply(ipw::UiLanguage::English);
    QHash<ipw::DiagnosisCode, ipw::DiagnosisText> english;
    for (ipw::DiagnosisCode code : ipw::allDiagnosisCodes()) {
        const ipw::DiagnosisText text = ipw::describe(code);
        INFO(ipw::toString(code).toStdString());
        CHECK_FALSE(text.headline.isEmpty());
        CHECK_FALSE(text.explanation.isEmpty());
        CHECK_FALSE(text.genericStep.isEmpty());
        CHECK_FALSE(hasJapanese(text.headline + text.explanation.joined() + text.nextStep()));
        // The wizard shows the lead sentences at once (issue 18): each is one sentence.
        CHECK(sentenceCount(text.explanation.lead) == 1);
        CHECK(sentenceCount(text.genericStep.lead) == 1);
        english.insert(code, text);
    }
    // Headlines tell the codes apart.
    QSet<QString> headlines;
    for (const auto &text : std::as_const(english))
        headlines.insert(text.headline);
    CHECK(headlines.size() == english.size());

    ipw::Language::apply(ipw::UiLanguage::Japanese);
    REQUIRE(ipw::Language::current() == ipw::UiLanguage::Japanese);
    for (ipw::DiagnosisCode code : ipw::allDiagnosisCodes()) {
        const ipw::DiagnosisText text = ipw::describe(code);
        INFO(ipw::toString(code).toStdString());
        CHECK(sentenceCount(text.explanation.lead) == 1);
        CHECK(sentenceCount(text.genericStep.lead) == 1);
        // Japanese sentences follow each other without a space.
        CHECK_FALSE(text.explanation.joined().contains(u"。 "_s));
        CHECK_FALSE(text.nextStep().contains(u"。 "_s));
        for (const auto &[ja, en] : {std::pair{text.headline, english[code].headline},
                                     std::pair{text.explanation.joined(), english[code].explanation.joined()},
                                     std::pair{text.nextStep(), english[code].nextStep()}}) {
            INFO(en.toStdString());
            CHECK_FALSE(ja.isEmpty());
            CHECK(ja != en);
            CHECK(hasJapanese(ja));
        }
    }
    CHECK(ipw::describe(ipw::DiagnosisCode::WrongCredentials).headline == u"パスワードが正しくありません"_s);
}

TEST_CASE("stage and protocol names exist in both languages")
{
    EnglishAfterwards restore;
    ipw::Language::apply(ipw::UiLanguage::English);
    QStringList english;
    for (ipw::CheckStage stage : allStages)
        english << ipw::stageName(stage);
    english << ipw::protocolName(u"imap") << ipw::protocolName(u"smtp");
    for (const QString &name : english) {
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(hasJapanese(name));
    }
    CHECK(ipw::stageName(ipw::CheckStage::Auth) == u"Signing in"_s);
    CHECK(ipw::protocolName(u"imap").contains(u"IMAP"_s));
    CHECK(ipw::protocolName(u"pop3") == u"POP3"_s);

    ipw::Language::apply(ipw::UiLanguage::Japanese);
    QStringList japanese;
    for (ipw::CheckStage stage : allStages)
        japanese << ipw::stageName(stage);
    japanese << ipw::protocolName(u"imap") << ipw::protocolName(u"smtp");
    REQUIRE(japanese.size() == english.size());
    for (qsizetype i = 0; i < japanese.size(); ++i) {
        INFO(english[i].toStdString());
        CHECK(japanese[i] != english[i]);
        CHECK(hasJapanese(japanese[i]));
    }
    CHECK(hasJapanese(ipw::clockWarning()));
}

TEST_CASE("a provider's own next step is added after the generic one, never replaces it")
{
    EnglishAfterwards restore;
    ipw::Language::apply(ipw::UiLanguage::English);
    const ipw::Sentences hint{u"This provider wants its IMAP password here."_s,
                              u"Reissue it on the provider's portal."_s};
    const ipw::DiagnosisText generic = ipw::describe(ipw::DiagnosisCode::WrongCredentials);
    const ipw::DiagnosisText specific = ipw::describe(ipw::DiagnosisCode::WrongCredentials, hint);
    CHECK(specific.nextStep() == generic.nextStep() + u'\n' + hint.joined());  // generic first, then the provider's
    CHECK(specific.genericStep.joined() == generic.nextStep());
    CHECK(specific.providerStep.joined() ==
          u"This provider wants its IMAP password here. Reissue it on the provider's portal."_s);
    CHECK(generic.providerStep.isEmpty());
    CHECK(specific.nextStep().contains(u"character by character"_s));  // the lockout advice stays
    CHECK(specific.nextStep().contains(u"lock the account"_s));
    CHECK(specific.headline == generic.headline);
    CHECK(specific.explanation.joined() == generic.explanation.joined());
    CHECK(generic.nextStep() != hint.joined());
}

TEST_CASE("sentences are joined with a space in English and without one after Japanese punctuation")
{
    CHECK(ipw::joinSentences(u"Check it."_s, u"Then try again."_s) == u"Check it. Then try again."_s);
    CHECK(ipw::joinSentences(u"確認してください。"_s, u"そのあと入力します。"_s) ==
          u"確認してください。そのあと入力します。"_s);
    CHECK(ipw::joinSentences(u"「再発行」（ウェブ）"_s, u"次へ。"_s) == u"「再発行」（ウェブ）次へ。"_s);
    CHECK(ipw::joinSentences(QString(), u"Only this."_s) == u"Only this."_s);
    CHECK(ipw::joinSentences(u"Only this."_s, QString()) == u"Only this."_s);
    CHECK(ipw::Sentences{u"Lead."_s, {}}.joined() == u"Lead."_s);
    CHECK(ipw::Sentences{}.isEmpty());
}
