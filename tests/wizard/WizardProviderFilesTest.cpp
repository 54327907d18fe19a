// Provider files as the wizard shows them (the password shape from the file, plain text only, replaced and broken
// entries named), and the support report's redaction, driven offscreen through the real SetupWizard (PagesFlow.h).
#include "PagesFlow.h"
#include "SupportReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

/// $IPW_PROVIDERS_DIR pointed at `folder` while it lives, then as it was.
struct ProvidersDir {
    explicit ProvidersDir(const QString &folder)
        : previous(qgetenv("IPW_PROVIDERS_DIR"))
    {
        qputenv("IPW_PROVIDERS_DIR", QFile::encodeName(folder));
    }
    ~ProvidersDir()
    {
        if (previous.isNull())
            qunsetenv("IPW_PROVIDERS_DIR");
        else
            qputenv("IPW_PROVIDERS_DIR", previous);
    }
    QByteArray previous;
};

namespace {

/// `bytes` as the file `name` in `folder` (a provider file, or a broken one).
void writeInto(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    REQUIRE(folder.isValid());
    QFile file(folder.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

}  // namespace

TEST_CASE("the password shape comes from the provider file, not from the provider's id")
{
    // Gmail's entry under another id and domain: its passwordRules.shape alone makes the page offer to remove the
    // display spaces of an app password.
    QFile gmail(u":/providers/gmail.json"_s);
    REQUIRE(gmail.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(gmail.readAll()).object();
    entry.insert(u"id"_s, u"appmail"_s);
    entry.insert(u"domains"_s, QJsonArray{u"appmail.example"_s});
    entry.remove(u"oauth2"_s);
    entry.insert(u"auth"_s, QJsonArray{u"app-password"_s});
    QJsonObject sources = entry.value(u"sources"_s).toObject();
    sources.remove(u"oauth2"_s);
    entry.insert(u"sources"_s, sources);
    QTemporaryDir folder;
    writeInto(folder, u"appmail.json"_s, QJsonDocument(entry).toJson());
    std::optional<ProvidersDir> providersDir(std::in_place, folder.path());
    Flow flow;
    providersDir.reset();  // read when the wizard starts: the next test case sees the built-ins alone
    const QString problem = flow.wizard.providersError() ? flow.wizard.providersError()->field : QString();
    INFO(problem.toStdString());
    REQUIRE_FALSE(flow.wizard.providersError().has_value());
    flow.toPasswordPage(u"taro@appmail.example"_s);
    REQUIRE(flow.wizard.draft().providerId == u"appmail"_s);
    flow.typeInto(u"passwordEdit"_s, u"abcd efgh ijkl mnop"_s);
    CHECK(shown(flow.wizard, u"appPasswordSpacesWarning"_s));
}

namespace {

// Every label that shows `marker` as it was written (not escaped) must show it as plain text.
void requirePlainWherever(QWidget &wizard, const QString &marker)
{
    int found = 0;
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->text().contains(marker))
            continue;
        ++found;
        INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
    }
    CHECK(found > 0);  // the marker is on screen somewhere (so the check above checked something)
}

}  // namespace

TEST_CASE("provider file text is plain text, and a file that replaces a built-in entry is shown as such")
{
    QFile builtIn(u":/providers/docomo.json"_s);
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(builtIn.readAll()).object();
    const QString markup = u"<b>Bold</b> <a href=\"https://evil.example/\">click here</a>"_s;
    const auto both = [&](const QString &ja, const QString &en) {
        return QJsonObject{{u"ja"_s, QString(ja + markup)}, {u"en"_s, QString(en + markup)}};
    };
    entry.insert(u"name"_s, both(u"ドコモ "_s, u"docomo "_s));
    entry.insert(u"passwordName"_s, both(u"パスワード "_s, u"IMAP password "_s));
    QJsonObject rules = entry.value(u"passwordRules"_s).toObject();
    rules.insert(u"description"_s, both(u"十文字 "_s, u"Ten letters "_s));
    entry.insert(u"passwordRules"_s, rules);
    QTemporaryDir folder;
    writeInto(folder, u"docomo.json"_s, QJsonDocument(entry).toJson());
    ProvidersDir providersDir(folder.path());
    Flow flow;
    REQUIRE_FALSE(flow.wizard.providersError().has_value());

    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK(shown(flow.wizard, u"replacedProviderNotice"_s));
    CHECK(noticeText(flow.wizard, u"replacedProviderNotice"_s).contains(folder.path()));
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);

    flow.typeInto(u"loginNameEdit"_s, u"docomo-id"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Password);
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);
    QTest::mouseClick(child<QPushButton>(flow.wizard, u"forgotPasswordButton"_s), Qt::LeftButton);
    REQUIRE(flow.wizard.currentId() == SetupWizard::Reissue);
    requirePlainWherever(flow.wizard, u"<a href=\"https://evil.example/\">"_s);
}

TEST_CASE("the built-in entries are not marked as replaced")
{
    Flow flow;
    flow.toProviderPage();
    flow.typeInto(u"providerSearch"_s, u"taro@docomo.ne.jp"_s);
    flow.next();
    REQUIRE(flow.wizard.currentId() == SetupWizard::Account);
    CHECK_FALSE(shown(flow.wizard, u"replacedProviderNotice"_s));
}

TEST_CASE("a broken file in the providers folder is named, and the built-in providers still work")
{
    QTemporaryDir folder;
    writeInto(folder, u"broken.json"_s, "{ \"format\": 1, ");
    std::optional<ProvidersDir> providersDir(std::in_place, folder.path());
    Flow flow;
    providersDir.reset();  // read when the wizard starts: the next test case sees the built-ins alone
    REQUIRE(flow.wizard.providersError().has_value());
    flow.toProviderPage();
    CHECK(shown(flow.wizard, u"providersError"_s));
    CHECK(noticeText(flow.wizard, u"providersError"_s).contains(u"broken.json"_s));
    flow.typeInto(u"providerSearch"_s, u"docomo"_s);
    CHECK(flow.selectedId() == u"docomo"_s);
}

TEST_CASE("the support report is not searched for the password: a password that is a word does not show by what "
          "it replaced",
          "[secrets]")
{
    ipw::AccountDraft draft;
    draft.password = u"example"_s;
    ipw::CheckSettings settings;
    settings.loginName = u"me"_s;
    settings.imap = ipw::ServerEndpoint{{u"imap.example.com"_s, 993, ipw::Security::ImplicitTls}, {}};
    ipw::CheckResult result;
    ipw::ProtocolResult imap;
    imap.diagnosis = ipw::DiagnosisCode::WrongCredentials;
    imap.serverText = u"[AUTHENTICATIONFAILED] Authentication failed."_s;
    imap.transcript = {u"-- connecting to imap.example.com:993"_s, u"C: a1 LOGIN \"me\" <password>"_s,
                       u"S: (withheld: it contained the password)"_s};
    result.imap = imap;
    const QString report = ipw::supportReport(draft, settings, result, 1);
    CHECK(report.contains(u"IMAP: imap.example.com:993"_s));
    CHECK(report.contains(u"-- connecting to imap.example.com:993"_s));
    CHECK_FALSE(report.contains(u"removed]"_s));
    // A token is never a word: still replaced wherever it appears.
    draft.browserSignIn = true;
    draft.oauthTokens.accessToken = u"ya29.token-value"_s;
    result.imap->serverText = u"invalid ya29.token-value"_s;
    CHECK_FALSE(ipw::supportReport(draft, settings, result, 0).contains(u"ya29.token-value"_s));
}
