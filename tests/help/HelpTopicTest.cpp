// The help topics as the app and the CLI load them: from the compiled-in resource (resources/help/*.md).
#include "common/HelpTopic.h"

#include "CatchQt.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

const UiLanguage languages[] = {UiLanguage::Japanese, UiLanguage::English};

}  // namespace

TEST_CASE("Help: the topic ids are exactly the five of --help-topic and helpTopics", "[help]")
{
    QStringList ids;
    for (const HelpTopic topic : HelpTopics::all()) {
        ids << HelpTopics::id(topic);
        CHECK(HelpTopics::fromId(HelpTopics::id(topic)) == topic);
    }
    CHECK(ids == QStringList{u"glossary"_s, u"checklist"_s, u"faq"_s, u"security"_s, u"iphone-profile"_s});
    CHECK(HelpTopics::idList() == u"glossary|checklist|faq|security|iphone-profile"_s);
    CHECK_FALSE(HelpTopics::fromId(u"Glossary"));
    CHECK_FALSE(HelpTopics::fromId(u"help"));
    CHECK_FALSE(HelpTopics::fromId(u""));
}

TEST_CASE("Help: every topic exists in both languages and is substantial", "[help]")
{
    for (const HelpTopic topic : HelpTopics::all()) {
        for (const UiLanguage language : languages) {
            INFO(HelpTopics::id(topic).toStdString() << '.' << Language::code(language).toStdString());
            const QString text = HelpTopics::markdown(topic, language);
            CHECK(text.startsWith(u"# "));                             // a title
            CHECK(HelpTopics::headings(topic, language).size() >= 5);  // sections
            CHECK(text.size() >= (language == UiLanguage::Japanese ? 1200 : 2000));
            CHECK_FALSE(HelpTopics::title(topic).isEmpty());
        }
        // The same sections in both languages: one is not a summary of the other.
        CHECK(HelpTopics::headings(topic, UiLanguage::Japanese).size() ==
              HelpTopics::headings(topic, UiLanguage::English).size());
    }
}

TEST_CASE("Help: the glossary has the issue's terms in GlossaryTerm's order", "[help]")
{
    const QStringList en = HelpTopics::headings(HelpTopic::Glossary, UiLanguage::English);
    const QStringList ja = HelpTopics::headings(HelpTopic::Glossary, UiLanguage::Japanese);
    REQUIRE(en.size() == glossaryTermCount);
    REQUIRE(ja.size() == glossaryTermCount);
    const std::pair<GlossaryTerm, QStringList> expected[] = {
        {GlossaryTerm::Imap, {u"IMAP"_s, u"IMAP"_s}},
        {GlossaryTerm::Pop, {u"POP"_s, u"POP"_s}},
        {GlossaryTerm::Smtp, {u"SMTP"_s, u"SMTP"_s}},
        {GlossaryTerm::Tls, {u"SSL/TLS"_s, u"SSL/TLS"_s}},
        {GlossaryTerm::Port, {u"Port"_s, u"ポート"_s}},
        {GlossaryTerm::LoginName, {u"Login name"_s, u"ログイン名"_s}},
        {GlossaryTerm::DocomoPasswords, {u"d ACCOUNT"_s, u"ネットワーク暗証番号"_s}},
        {GlossaryTerm::AppPassword, {u"App password"_s, u"アプリ パスワード"_s}},
        {GlossaryTerm::TwoStepVerification, {u"2-Step Verification"_s, u"2 段階認証"_s}},
        {GlossaryTerm::BrowserSignIn, {u"Browser sign-in"_s, u"ブラウザーでのサインイン"_s}},
        {GlossaryTerm::ConfigurationProfile, {u"Configuration profile"_s, u"構成プロファイル"_s}},
        {GlossaryTerm::Keychain, {u"Keychain"_s, u"キーチェーン"_s}},
    };
    for (const auto &[term, words] : expected) {
        const auto i = static_cast<qsizetype>(term);
        CHECK(en.at(i).contains(words.at(0)));
        CHECK(ja.at(i).contains(words.at(1)));
    }
    // docomo's three look-alikes are told apart in one entry.
    const QString docomo = HelpTopics::markdown(HelpTopic::Glossary, UiLanguage::Japanese);
    for (const QString &word : {u"IMAP専用パスワード"_s, u"dアカウント"_s, u"ネットワーク暗証番号"_s, u"4 けた"_s})
        CHECK(docomo.contains(word));
}

TEST_CASE("Help: the content carries the facts the issue names", "[help]")
{
    const auto has = [](HelpTopic topic, UiLanguage language, const QString &words) {
        INFO(HelpTopics::id(topic).toStdString() << ": " << words.toStdString());
        CHECK(HelpTopics::markdown(topic, language).contains(words));
    };
    // Checklist before trying again.
    for (const QString &w : {u"Caps Lock"_s, u"半角"_s, u"Wi-Fi をオフ"_s, u"IMAP/POP/SMTPアクセス"_s, u"障害"_s,
                             u"ほかの端末に古いパスワード"_s})
        has(HelpTopic::Checklist, UiLanguage::Japanese, w);
    for (const QString &w : {u"Caps Lock"_s, u"half-width"_s, u"Wi-Fi off"_s, u"IMAP/POP/SMTPアクセス"_s, u"outage"_s,
                             u"old password still saved"_s})
        has(HelpTopic::Checklist, UiLanguage::English, w);
    // Q&A: the seed's questions and the cases where a reset is impossible.
    for (const QString &w : {u"なぜメールアプリ用に別のパスワード"_s, u"忘れました"_s, u"ロック"_s,
                             u"パソコンではつながるのに"_s, u"昨日まで"_s, u"ネットワーク暗証番号を忘れた"_s,
                             u"My SoftBank にログインできない"_s, u"再設定用のメールアドレスや電話番号"_s})
        has(HelpTopic::Faq, UiLanguage::Japanese, w);
    for (const QString &w :
         {u"separate password"_s, u"I forgot"_s, u"locked"_s, u"works on my computer"_s, u"worked yesterday"_s,
          u"forgot docomo's network PIN"_s, u"cannot log in to My SoftBank"_s, u"recovery address or phone number"_s})
        has(HelpTopic::Faq, UiLanguage::English, w);
    // Security habits, and no advice to change passwords on a schedule (MIC since 2018).
    for (const QString &w :
         {u"使い回さない"_s, u"削除する"_s, u"ログインの履歴"_s, u"パスワード管理アプリ"_s, u"総務省"_s, u"2018"_s})
        has(HelpTopic::Security, UiLanguage::Japanese, w);
    for (const QString &w : {u"reuse"_s, u"Remove the account"_s, u"login history"_s, u"password manager"_s,
                             u"Ministry of Internal Affairs and Communications"_s, u"2018"_s})
        has(HelpTopic::Security, UiLanguage::English, w);
    for (const UiLanguage language : languages) {
        const QString security = HelpTopics::markdown(HelpTopic::Security, language);
        CHECK_FALSE(security.contains(u"定期的に変更しましょう"_s));
        CHECK_FALSE(security.contains(u"every 3 months"_s, Qt::CaseInsensitive));
        CHECK_FALSE(security.contains(u"6 か月"_s));
    }
    // iPhone profiles: the three carriers, removing and reinstalling, iCloud/Google, Android carrier apps.
    for (const QString &w : {u"ドコモ"_s, u"au"_s, u"ソフトバンク"_s, u"プロファイルを削除"_s, u"Google"_s,
                             u"Apple アカウント"_s, u"IMAP を使いません"_s, u"ドコモメール"_s, u"auメール"_s})
        has(HelpTopic::IphoneProfile, UiLanguage::Japanese, w);
    for (const QString &w : {u"docomo"_s, u"au"_s, u"SoftBank"_s, u"Remove Profile"_s, u"\"Google\""_s,
                             u"Apple Account"_s, u"do not use IMAP"_s})
        has(HelpTopic::IphoneProfile, UiLanguage::English, w);
}

TEST_CASE("Help: Japanese follows the spacing rule of docs/ui-terms.md", "[help]")
{
    // A half-width space between Japanese and Latin letters or digits, except inside the names services use
    // themselves (docomo writes IMAP専用パスワード, au writes auメール).
    static const QRegularExpression touching(
        u"[\\x{3041}-\\x{30fa}\\x{30fc}-\\x{30ff}\\x{4e00}-\\x{9fff}][A-Za-z0-9]|"
        "[A-Za-z0-9][\\x{3041}-\\x{30fa}\\x{30fc}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    const QStringList ownNames = {u"IMAP専用"_s, u"dアカウント"_s,  u"d払い"_s,    u"auメール"_s,
                                  u"Eメール"_s,  u"SMTPアクセス"_s, u"JAPAN以外"_s};
    for (const HelpTopic topic : HelpTopics::all()) {
        QString text = HelpTopics::markdown(topic, UiLanguage::Japanese);
        for (const QString &name : ownNames)
            text.remove(name);
        QRegularExpressionMatchIterator it = touching.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            FAIL_CHECK(HelpTopics::id(topic).toStdString()
                       << ": no space in \"" << text.mid(m.capturedStart() - 6, 14).toStdString() << '"');
        }
        CHECK_FALSE(text.contains(u"事業者"_s));
        CHECK_FALSE(text.contains(u"コンピューター"_s));
        CHECK_FALSE(text.contains(u"アプリパスワード"_s));
        CHECK_FALSE(text.contains(u"二段階認証"_s));
    }
}

TEST_CASE("Help: the plain-text form keeps the words and drops the marks", "[help]")
{
    CHECK(
        HelpTopics::toPlainText(u"# Title\n\n## ことば\n\nA **bold** [link](https://example.invalid/) and `x`.\n"_s) ==
        u"Title\n=====\n\nことば\n------\n\nA bold link (https://example.invalid/) and x.\n"_s);
    for (const HelpTopic topic : HelpTopics::all()) {
        for (const UiLanguage language : languages) {
            const QString plain = HelpTopics::plainText(topic, language);
            CHECK_FALSE(plain.contains(u"**"_s));
            CHECK_FALSE(plain.contains(u"\n## "_s));
            CHECK(plain.size() > 1000);
        }
    }
}
