// The wizard's discovery page (issue 15) against the real dnsmasq and web servers of the test's own network
// namespace (NamespaceMain.cpp, built with QApplication here): what it proposes, where it says the settings came
// from, the trust rule's tick before Next, and closing the window in the middle of a search.
#include "DiscoveryNamespace.h"

#include "SetupWizard.h"
#include "common/Language.h"
#include "pages/DiscoveryPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;
using ipw::test::DiscoveryNamespace;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

/// The visible controls of a page without an accessible name or description (issue 18), as "objectName: what".
QStringList unnamedControls(QWidget *page)
{
    QStringList missing;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w);
        if (!control || !w->isVisible())
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            missing << w->objectName() + u": no name"_s;
        if (!a || a->text(QAccessible::Description).trimmed().isEmpty())
            missing << w->objectName() + u": no description"_s;
    }
    return missing;
}

struct DiscoveryFlow {
    std::unique_ptr<SetupWizard> wizard;

    explicit DiscoveryFlow(DiscoveryNamespace *ns)
    {
        qputenv("IPW_EXTRA_CA_FILE", ns->caFile().toLocal8Bit());
        qputenv(ipw::DiscoveryPage::ispdbUrlVariable, "https://ispdb.test/v1.1/");
        ipw::Language::apply(ipw::UiLanguage::English);
        wizard = std::make_unique<SetupWizard>();
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    ~DiscoveryFlow() { ipw::Language::apply(ipw::UiLanguage::English); }

    QAbstractButton *nextButton() { return wizard->button(QWizard::NextButton); }
    void next()
    {
        INFO("on page " << wizard->currentId());
        REQUIRE(nextButton()->isEnabled());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
    }
    /// Start → Provider (an address the wizard does not know: "Other") → the discovery page.
    void toDiscoveryPage(const QString &address)
    {
        next();
        REQUIRE(wizard->currentId() == SetupWizard::Provider);
        auto *search = child<QLineEdit>(wizard.get(), u"providerSearch"_s);
        search->setFocus();
        QTest::keyClicks(search, address);
        next();
        REQUIRE(wizard->currentId() == SetupWizard::Discover);
    }
    QWidget *page() { return wizard->currentPage(); }
    /// Waits for the search to end: the result notice appears.
    void waitForResult()
    {
        QWidget *result = child<QWidget>(page(), u"discoveryResult"_s);
        REQUIRE(QTest::qWaitFor([result] { return !result->isHidden(); }, 15000));
    }
    QString resultText() { return child<QLabel>(page(), u"discoveryResultText"_s)->text(); }
    QString field(const QString &name) { return child<QLineEdit>(page(), name)->text(); }
};

}  // namespace

TEST_CASE("wizard discovery: an unknown domain with an https autoconfig shows its source and proposes the servers",
          "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@ac.test"_s);
    // While it searches: a line per source, and no way on.
    CHECK(child<QLabel>(flow.page(), u"discoveryProgress"_s)->text().contains(u"ac.test's own configuration"_s));
    CHECK_FALSE(flow.nextButton()->isEnabled());
    flow.waitForResult();
    CHECK(flow.resultText().contains(u"These settings come from ac.test's own configuration."_s));
    CHECK(flow.resultText().contains(u"https://autoconfig.ac.test/mail/config-v1.1.xml"_s));
    CHECK(flow.field(u"imapHostEdit"_s) == u"imap.ac.test");
    CHECK(flow.field(u"imapPortEdit"_s) == u"993");
    CHECK(flow.field(u"smtpHostEdit"_s) == u"smtp.ac.test");
    // Proposed, not to be confirmed: the domain's own https answer naming hosts in the domain.
    CHECK(child<QCheckBox>(flow.page(), u"discoveryConfirmCheck"_s)->isHidden());
    CHECK(child<QLabel>(flow.page(), u"discoveryProgress"_s)->text().contains(u"found"_s));

    if (const QString dir = qEnvironmentVariable("IPW_DISCOVERY_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        flow.wizard->resize(820, 660);
        QTest::qWait(100);
        CHECK(flow.wizard->grab().save(dir + u"/discovery-en.png"_s));
        ipw::Language::apply(ipw::UiLanguage::Japanese);
        QTest::qWait(100);
        CHECK(flow.wizard->grab().save(dir + u"/discovery-ja.png"_s));
        ipw::Language::apply(ipw::UiLanguage::English);
        QTest::qWait(50);
    }

    // The user corrects a server before going on; the account page gets what the page shows.
    auto *imapHost = child<QLineEdit>(flow.page(), u"imapHostEdit"_s);
    imapHost->selectAll();
    QTest::keyClicks(imapHost, u"mail.ac.test"_s);
    flow.next();
    REQUIRE(flow.wizard->currentId() == SetupWizard::Account);
    CHECK(flow.wizard->draft().imap.host == u"mail.ac.test");
    CHECK(flow.wizard->draft().smtp.host == u"smtp.ac.test");
    CHECK(flow.wizard->draft().providerId == u"other");
    CHECK(flow.field(u"imapHostEdit"_s) == u"mail.ac.test");
    // No password was sent: discovery only fetched configuration files (the domain's and the ISPDB's).
    for (const QString &request : ns->requests())
        CHECK((request.contains(u"config-v1.1.xml"_s) || request.startsWith(u"ispdb.test /v1.1/"_s)));
}

TEST_CASE("wizard discovery: an http-only answer needs the user's tick naming its origin before Next",
          "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@http.test"_s);
    flow.waitForResult();
    CHECK(flow.resultText().contains(u"unencrypted (http)"_s));
    CHECK(flow.field(u"imapHostEdit"_s) == u"http-says.http.test");
    auto *confirm = child<QCheckBox>(flow.page(), u"discoveryConfirmCheck"_s);
    REQUIRE_FALSE(confirm->isHidden());
    CHECK(confirm->text().contains(u"http://autoconfig.http.test/mail/config-v1.1.xml"_s));
    CHECK_FALSE(flow.nextButton()->isEnabled());
    const QStringList unnamed = unnamedControls(flow.page());
    INFO(unnamed.join(u", "_s).toStdString());
    CHECK(unnamed.isEmpty());
    confirm->click();
    flow.next();
    CHECK(flow.wizard->currentId() == SetupWizard::Account);
    CHECK(flow.wizard->draft().imap.host == u"http-says.http.test");
}

TEST_CASE("wizard discovery: nothing found says so and offers the fields for typing", "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@nothing-here.test"_s);
    flow.waitForResult();
    CHECK(flow.resultText().contains(u"No settings were found for @nothing-here.test"_s));
    CHECK(flow.field(u"imapHostEdit"_s).isEmpty());
    CHECK_FALSE(flow.nextButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(flow.page(), u"imapHostEdit"_s), u"imap.nothing-here.test"_s);
    QTest::keyClicks(child<QLineEdit>(flow.page(), u"smtpHostEdit"_s), u"smtp.nothing-here.test"_s);
    flow.next();
    CHECK(flow.wizard->currentId() == SetupWizard::Account);
}

TEST_CASE("wizard discovery: a dead resolver is called no network", "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    ns->useResolver(DiscoveryNamespace::Resolver::Refusing);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@offline.test"_s);  // a name no earlier test resolved (Qt caches host look-ups)
    flow.waitForResult();
    CHECK(flow.resultText().contains(u"No name server answered"_s));
}

TEST_CASE("wizard discovery: Back and closing the window during a search on a silent resolver return promptly",
          "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    ns->useResolver(DiscoveryNamespace::Resolver::Silent);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@silent.test"_s);
    QTest::qWait(300);
    CHECK(child<QWidget>(flow.page(), u"discoveryResult"_s)->isHidden());  // still searching
    QTest::mouseClick(flow.wizard->button(QWizard::BackButton), Qt::LeftButton);
    CHECK(flow.wizard->currentId() == SetupWizard::Provider);
    flow.next();
    REQUIRE(flow.wizard->currentId() == SetupWizard::Discover);
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    flow.wizard->close();
    flow.wizard.reset();
    CHECK(timer.elapsed() < 1000);
}

// The other kinds of domain of issue 15, as the wizard shows them: where the settings came from in words, the
// servers proposed, and whether the trust rule asks for the user's tick before Next.
TEST_CASE("wizard discovery: the well-known path, the ISPDB, SRV, an SRV target of ., MX hosters and a server "
          "outside the domain",
          "[wizard][discovery]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    struct Kind {
        QString address, says, found, imapHost, imapPort;
        bool confirm;
        bool noSmtp = false;  // SRV names no submission service: the user types it before Next
    };
    const Kind kinds[] = {
        {u"taro@wk.test"_s, u"wk.test's own configuration"_s, u"https://wk.test/.well-known/"_s, u"imap.wk.test"_s,
         u"993"_s, false},
        {u"taro@isp.test"_s, u"Thunderbird's database of providers (ISPDB)"_s, u"https://ispdb.test/v1.1/isp.test"_s,
         u"imap.isp.test"_s, u"993"_s, false},
        {u"taro@srv.test"_s, u"DNS (the domain's SRV records)"_s, u"_imaps._tcp.srv.test"_s, u"imap.srv.test"_s,
         u"993"_s, false},
        {u"taro@dot.test"_s, u"DNS (the domain's SRV records)"_s, u"_imap._tcp.dot.test"_s, u"imap.dot.test"_s,
         u"143"_s, false, true},
        {u"taro@gw.test"_s, u"Your mail is hosted by Gmail"_s, u"MX gw.test"_s, u"imap.gmail.com"_s, u"993"_s, false},
        {u"taro@ms.test"_s, u"Your mail is hosted by Outlook.com"_s, u"MX ms.test"_s, u"outlook.office365.com"_s,
         u"993"_s, false},
        {u"taro@out.test"_s, u"DNS (the domain's SRV records)"_s, u"mail.hoster-elsewhere.test"_s,
         u"mail.hoster-elsewhere.test"_s, u"993"_s, true, true},
    };
    for (const Kind &kind : kinds) {
        INFO("address " << kind.address.toStdString());
        DiscoveryFlow flow(ns);
        flow.toDiscoveryPage(kind.address);
        flow.waitForResult();
        INFO("result: " << flow.resultText().toStdString());
        CHECK(flow.resultText().contains(kind.says));
        CHECK(flow.resultText().contains(kind.found));
        CHECK(flow.field(u"imapHostEdit"_s) == kind.imapHost);
        CHECK(flow.field(u"imapPortEdit"_s) == kind.imapPort);
        auto *confirm = child<QCheckBox>(flow.page(), u"discoveryConfirmCheck"_s);
        CHECK(confirm->isHidden() == !kind.confirm);
        CHECK(flow.nextButton()->isEnabled() == (!kind.confirm && !kind.noSmtp));
        if (kind.confirm)
            confirm->click();
        if (kind.noSmtp) {
            CHECK(flow.field(u"smtpHostEdit"_s).isEmpty());
            auto *smtpHost = child<QLineEdit>(flow.page(), u"smtpHostEdit"_s);
            smtpHost->setFocus();
            QTest::keyClicks(smtpHost, u"smtp."_s + kind.address.section(u'@', 1));
            auto *smtpPort = child<QLineEdit>(flow.page(), u"smtpPortEdit"_s);
            if (smtpPort->text().isEmpty()) {
                smtpPort->setFocus();
                QTest::keyClicks(smtpPort, u"465"_s);
            }
        }
        flow.next();
        REQUIRE(flow.wizard->currentId() != SetupWizard::Discover);
        CHECK(flow.wizard->draft().imap.host == kind.imapHost);
    }
}
