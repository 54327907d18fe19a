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
