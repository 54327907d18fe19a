// imap-password-check --explain CODE: the built binary, through QProcess, as support staff and scripts run it.
// Nothing here connects anywhere: --explain only reads the texts and the provider list.
#include "CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"IPW_PROVIDERS_DIR"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IPW_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("CLI explain: --json has exactly the issue's keys, generic steps first, then the provider's",
          "[cli][explain]")
{
    const Run r =
        run({u"--explain"_s, u"wrong-credentials"_s, u"--provider"_s, u"docomo"_s, u"--json"_s, u"--lang"_s, u"en"_s});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    QStringList keys = json.keys();
    keys.sort();
    CHECK(keys == QStringList{u"code"_s, u"headline"_s, u"helpTopics"_s, u"meaning"_s, u"providerSteps"_s, u"steps"_s});
    CHECK(json.value(u"code"_s).toString() == u"wrong-credentials"_s);
    CHECK(json.value(u"headline"_s).toString() == u"The password was not accepted"_s);
    CHECK(json.value(u"meaning"_s).toString().contains(u"case-sensitive"_s));
    // The generic advice stays: character by character, and the lockout warning.
    const QStringList steps = strings(json.value(u"steps"_s));
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().contains(u"character by character"_s));
    CHECK(steps.first().contains(u"lock the account"_s));
    // docomo's own step: its password's name, its portal, and its verb (check, from docomo.json).
    const QStringList providerSteps = strings(json.value(u"providerSteps"_s));
    REQUIRE(providerSteps.size() == 1);
    CHECK(providerSteps.first().contains(u"IMAP専用パスワード"_s));
    CHECK(providerSteps.first().contains(u"Check it on"_s));
    CHECK(strings(json.value(u"helpTopics"_s)) ==
          QStringList{u"checklist"_s, u"glossary"_s, u"faq"_s, u"iphone-profile"_s});
}

TEST_CASE("CLI explain: speaks the provider's verb and names Yahoo! JAPAN's access setting", "[cli][explain]")
{
    const auto providerSteps = [](const QString &provider, const QString &code) {
        const Run r = run({u"--explain"_s, code, u"--provider"_s, provider, u"--json"_s, u"--lang"_s, u"en"_s});
        REQUIRE(r.exitCode == 0);
        return strings(r.json().value(u"providerSteps"_s)).join(u' ');
    };
    CHECK(providerSteps(u"softbank"_s, u"wrong-credentials"_s).contains(u"change it to a new one"_s));
    CHECK(providerSteps(u"gmail"_s, u"app-password-required"_s).contains(u"create a new one"_s));
    CHECK(providerSteps(u"gmail"_s, u"app-password-required"_s).contains(u"Advanced Protection"_s));
    CHECK(providerSteps(u"gmail"_s, u"imap-disabled"_s).contains(u"administrator"_s));
    const QString yahoo = providerSteps(u"yahoo-japan"_s, u"wrong-credentials"_s);
    CHECK(yahoo.contains(u"IMAP/POP/SMTPアクセス"_s));
    CHECK(yahoo.contains(u"Yahoo! JAPAN公式サービス以外からのアクセス"_s));
    // A server problem: the provider's status page, by name.
    CHECK(providerSteps(u"gmail"_s, u"server-unavailable"_s).contains(u"Google Workspace Status Dashboard"_s));
}

TEST_CASE("CLI explain: with --email looks the domain up only, and an unknown domain gets the generic steps",
          "[cli][explain]")
{
    const Run byAddress = run({u"--explain"_s, u"wrong-credentials"_s, u"--email"_s, u"taro@i.softbank.jp"_s,
                               u"--json"_s, u"--lang"_s, u"en"_s});
    REQUIRE(byAddress.exitCode == 0);
    CHECK(strings(byAddress.json().value(u"providerSteps"_s)).join(QString()).contains(u"My SoftBank"_s));

    // No discovery: a domain no entry serves is explained without a provider (and without a connection).
    const Run unknown = run({u"--explain"_s, u"wrong-credentials"_s, u"--email"_s, u"taro@example.invalid"_s,
                             u"--json"_s, u"--lang"_s, u"en"_s});
    REQUIRE(unknown.exitCode == 0);
    CHECK(strings(unknown.json().value(u"providerSteps"_s)).isEmpty());
    CHECK(strings(unknown.json().value(u"steps"_s)).size() == 1);
}

TEST_CASE("CLI explain: in Japanese and as text", "[cli][explain][i18n]")
{
    const Run ja = run({u"--explain"_s, u"wrong-credentials"_s, u"--provider"_s, u"docomo"_s, u"--lang"_s, u"ja"_s});
    INFO(ja.out.toStdString());
    REQUIRE(ja.exitCode == 0);
    CHECK(ja.out.startsWith(u"パスワードが正しくありません (wrong-credentials)"_s));
    CHECK(ja.out.contains(u"IMAP専用パスワード"_s));
    CHECK(ja.out.contains(u"--help-topic checklist"_s));

    const Run jaJson = run({u"--explain"_s, u"imap-disabled"_s, u"--json"_s, u"--lang"_s, u"ja"_s});
    REQUIRE(jaJson.exitCode == 0);
    CHECK(hasJapanese(jaJson.json().value(u"headline"_s).toString()));
    CHECK(hasJapanese(jaJson.json().value(u"meaning"_s).toString()));
    CHECK(hasJapanese(strings(jaJson.json().value(u"steps"_s)).join(QString())));

    const Run en = run({u"--explain"_s, u"timeout"_s, u"--lang"_s, u"en"_s});
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.startsWith(u"The server did not answer in time (timeout)"_s));
    CHECK(en.out.contains(u"What to do:\n  - "_s));
    CHECK(en.err.isEmpty());
}

TEST_CASE("CLI explain: an unknown code or provider is bad usage (exit 2)", "[cli][explain]")
{
    const Run unknown = run({u"--explain"_s, u"no-such-code"_s, u"--lang"_s, u"en"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(u"no-such-code"_s));
    CHECK(unknown.err.contains(u"wrong-credentials"_s));  // it lists the known ones

    const Run provider = run({u"--explain"_s, u"timeout"_s, u"--provider"_s, u"nope"_s, u"--lang"_s, u"en"_s});
    CHECK(provider.exitCode == 2);

    const Run twoModes = run({u"--explain"_s, u"timeout"_s, u"--list-providers"_s});
    CHECK(twoModes.exitCode == 2);
}

TEST_CASE("every diagnosis code can be explained", "[cli][explain]")
{
    for (const QString &code : {u"ok"_s, u"not-attempted"_s, u"oauth-refresh-rejected"_s, u"certificate-untrusted"_s}) {
        INFO(code.toStdString());
        const Run r = run({u"--explain"_s, code, u"--json"_s, u"--lang"_s, u"en"_s});
        CHECK(r.exitCode == 0);
        CHECK(r.json().value(u"code"_s).toString() == code);
        CHECK_FALSE(r.json().value(u"headline"_s).toString().isEmpty());
    }
}
