// The wizard's discovery page (issue 15) against the real dnsmasq and web servers of the test's own network
// namespace (NamespaceMain.cpp, built with QApplication here): what it proposes, where it says the settings came
// from, the trust rule's tick before Next, and closing the window in the middle of a search. Then a check that
// verifies (an IMAP server behind the answers on 127.0.0.1:993): the account remembers where its servers were found,
// SRV finds are offered as a file for Thunderbird's ISPDB, and "Test again" looks nothing up.
#include "AppPalette.h"
#include "DiscoveryNamespace.h"
#include "Mnemonics.h"
#include "VisibleProse.h"

#include "DraftSettings.h"
#include "SaveFileDialog.h"
#include "SecretServiceFixture.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "accounts/AccountStore.h"
#include "accounts/AccountsFile.h"
#include "common/Language.h"
#include "pages/DiscoveryPage.h"
#include "providers/ClientConfig.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
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

/// Widgets of a page squeezed below what their content needs, or a body wider than the window (issue 18's layout
/// rule, as the layout test checks it), as "objectName: width < needed".
QStringList squeezed(QWidget *page)
{
    QTest::qWait(50);  // layouts settle
    QStringList problems;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->objectName().isEmpty())
            continue;
        const QSize minimum = w->minimumSizeHint();
        if (minimum.isValid() && w->width() < minimum.width())
            problems << u"%1: %2 < %3"_s.arg(w->objectName()).arg(w->width()).arg(minimum.width());
    }
    for (QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
        if (scroll->horizontalScrollBar()->maximum() > 0)
            problems << u"%1: wider than the window"_s.arg(scroll->objectName());
    }
    return problems;
}

/// A private Secret Service for saving, and the namespace's IMAP server behind imap.srv.test and imap.ac.test.
void startKeychainAndImap(DiscoveryNamespace *ns)
{
    auto &secrets = ipw::test::SecretServiceFixture::start();
    INFO(secrets.log().toStdString());
    REQUIRE(secrets.isReady());
    REQUIRE(ns->startImapServer());
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
    /// From the discovery page's result on through the account page (IMAP only: nothing serves SMTP here) and the
    /// password page to the result of a real check.
    void checkImapOnly(const QString &password)
    {
        next();
        REQUIRE(wizard->currentId() == SetupWizard::Account);
        auto *smtp = child<QCheckBox>(page(), u"checkSmtpCheck"_s);
        if (smtp->isChecked())
            smtp->click();
        next();
        REQUIRE(wizard->currentId() == SetupWizard::Password);
        QTest::keyClicks(child<QLineEdit>(page(), u"passwordEdit"_s), password);
        next();
        REQUIRE(QTest::qWaitFor([this] { return wizard->currentId() == SetupWizard::Result; }, 30000));
    }
    void click(const QString &button)
    {
        auto *b = child<QPushButton>(wizard.get(), button);
        INFO("button " << button.toStdString());
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
};

// Every save dialog answers with a file in `dir`, named as the wizard suggests.
struct SavedFiles {
    explicit SavedFiles(const QTemporaryDir &dir)
    {
        ipw::setSaveFileNameChooser([path = dir.path()](const QString &name) { return QDir(path).filePath(name); });
    }
    ~SavedFiles() { ipw::setSaveFileNameChooser({}); }
};

bool hasLookUpOf(const QStringList &queries, const QString &domain)
{
    for (const QString &query : queries) {
        if ((query.startsWith(u"SRV "_s) || query.startsWith(u"MX "_s)) && query.endsWith(domain))
            return true;
    }
    return false;
}

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

    // tools/make-screenshots.sh: discovery-<lang><suffix>.png, in the dark palette when IPW_PALETTE=dark (as the app
    // reads it) and at the QT_SCALE_FACTOR the script sets.
    if (const QString dir = qEnvironmentVariable("IPW_DISCOVERY_SCREENSHOTS"); !dir.isEmpty()) {
        const QString suffix = qEnvironmentVariable("IPW_SCREENSHOT_SUFFIX");
        ipw::usePaletteFromEnvironment();
        QDir().mkpath(dir);
        flow.wizard->resize(820, 660);
        QTest::qWait(100);
        CHECK(flow.wizard->grab().save(dir + u"/discovery-en%1.png"_s.arg(suffix)));
        ipw::Language::apply(ipw::UiLanguage::Japanese);
        QTest::qWait(100);
        CHECK(flow.wizard->grab().save(dir + u"/discovery-ja%1.png"_s.arg(suffix)));
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
    // The edited server is the user's own: the account would not claim to come from the domain's configuration.
    REQUIRE(flow.wizard->draft().discovered);
    CHECK(flow.wizard->draft().discovered->origin.source == ipw::DiscoverySource::Autoconfig);
    CHECK_FALSE(ipw::profileOf(flow.wizard->draft(), flow.wizard->session().providers()).discovery);
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
    REQUIRE(flow.wizard->draft().discovered);

    // Back to the provider list and a provider from it: what discovery found for the other address is gone.
    for (int i = 0; i < 2; ++i)
        QTest::mouseClick(flow.wizard->button(QWizard::BackButton), Qt::LeftButton);
    REQUIRE(flow.wizard->currentId() == SetupWizard::Provider);
    auto *search = child<QLineEdit>(flow.wizard.get(), u"providerSearch"_s);
    search->selectAll();
    QTest::keyClicks(search, u"taro@gmail.com"_s);
    flow.next();
    REQUIRE(flow.wizard->currentId() == SetupWizard::Account);
    CHECK(flow.wizard->draft().providerId == u"gmail");
    CHECK_FALSE(flow.wizard->draft().discovered);
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

TEST_CASE("wizard discovery: SRV servers that verify are remembered, offered for the ISPDB, and Test again looks "
          "nothing up",
          "[wizard][discovery][keychain]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    startKeychainAndImap(ns);
    QTemporaryDir dir;
    SavedFiles files(dir);
    const QString password = u"srv-secret-4711"_s;

    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"taro@srv.test"_s);
    flow.waitForResult();
    CHECK(flow.field(u"imapHostEdit"_s) == u"imap.srv.test");
    CHECK(hasLookUpOf(ns->dnsQueries(), u"srv.test"_s));  // the log works: the search asked DNS
    flow.checkImapOnly(password);
    REQUIRE(flow.wizard->session().lastResult);
    REQUIRE(flow.wizard->session().lastResult->verified());
    CHECK(ns->imapLogins() == QStringList{u"taro@srv.test"_s});

    // Share back: the offer is there, secondary (the page's default button stays "Set up another device").
    auto *offer = child<QLabel>(flow.wizard.get(), u"ispdbOfferText"_s);
    REQUIRE(offer->isVisible());
    CHECK(offer->text().contains(u"DNS records of srv.test (SRV)"_s));
    auto *share = child<QPushButton>(flow.wizard.get(), u"ispdbSaveButton"_s);
    CHECK(share->text() == u"Sa&ve these settings for Thunderbird's database…"_s);
    CHECK_FALSE(share->isDefault());
    CHECK(unnamedControls(flow.page()).isEmpty());
    // At the smallest window (800x600), in both languages: at most three sentences show, nothing is squeezed.
    flow.wizard->resize(800, 600);
    for (const auto language : {ipw::UiLanguage::English, ipw::UiLanguage::Japanese}) {
        ipw::Language::apply(language);
        QTest::qWait(100);  // the language change reaches the pages as an event
        INFO("language " << ipw::Language::code(language).toStdString());
        CHECK(visibleSentences(flow.page()) <= 3);
        CHECK(squeezed(flow.page()) == QStringList());
        INFO(mnemonicClashes(*flow.wizard).join(u'\n').toStdString());
        CHECK(mnemonicClashes(*flow.wizard).isEmpty());
        QTest::mouseClick(child<QAbstractButton>(flow.wizard.get(), u"ispdbMoreButton"_s), Qt::LeftButton);
        CHECK(squeezed(flow.page()) == QStringList());
        QTest::mouseClick(child<QAbstractButton>(flow.wizard.get(), u"ispdbMoreButton"_s), Qt::LeftButton);
    }
    ipw::Language::apply(ipw::UiLanguage::English);
    QTest::qWait(100);
    // Why, and the project's address (text, no link), one click away under "More".
    auto *details = child<QLabel>(flow.wizard.get(), u"ispdbOfferDetails"_s);
    CHECK_FALSE(details->isVisible());
    QTest::mouseClick(child<QAbstractButton>(flow.wizard.get(), u"ispdbMoreButton"_s), Qt::LeftButton);
    REQUIRE(details->isVisible());
    CHECK(details->text().contains(u"(https://github.com/thunderbird/autoconfig)"_s));
    CHECK(details->text().contains(u"the wizard uploads nothing"_s));
    CHECK(details->textFormat() == Qt::PlainText);
    flow.click(u"ispdbSaveButton"_s);
    const QString file = dir.filePath(u"srv.test.xml"_s);
    REQUIRE(QFile::exists(file));
    CHECK(offer->text() == u"Saved %1; nothing was sent anywhere."_s.arg(QDir::toNativeSeparators(file)));
    QFile xml(file);
    REQUIRE(xml.open(QIODevice::ReadOnly));
    const QByteArray bytes = xml.readAll();
    CHECK_FALSE(bytes.contains(password.toUtf8()));
    CHECK_FALSE(bytes.contains("taro"));
    ipw::ProviderFileError error;
    const auto config = ipw::ClientConfig::fromXml(bytes, file, &error);
    REQUIRE(config);
    CHECK(config->domains == QStringList{u"srv.test"_s});
    REQUIRE(config->imap.size() == 1);
    CHECK(ipw::ServerAddress(config->imap.first().server) ==
          ipw::ServerAddress{u"imap.srv.test"_s, 993, ipw::Security::ImplicitTls});
    CHECK(config->imap.first().usernameTemplate == u"%EMAILADDRESS%"_s);
    CHECK(config->smtp.isEmpty());  // SMTP was not checked: only what the check verified goes into the file

    // Remember: the saved account keeps where its servers came from.
    flow.click(u"saveButton"_s);
    auto *saveStatus = child<QLabel>(flow.wizard.get(), u"saveStatus"_s);
    REQUIRE(QTest::qWaitFor([saveStatus] { return saveStatus->text() == u"Saved in the keychain."_s; }, 15000));
    const auto loaded = ipw::AccountsFile::load(flow.wizard->session().accounts().filePath());
    REQUIRE_FALSE(loaded.error);
    REQUIRE(loaded.accounts.size() == 1);
    const ipw::SavedAccount saved = loaded.accounts.first();
    REQUIRE(saved.discovery);
    CHECK(saved.discovery->source == ipw::DiscoverySource::Srv);
    CHECK(saved.discovery->detail.contains(u"_imaps._tcp.srv.test"_s));
    CHECK(saved.discovery->foundAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);

    // The saved accounts page says so, in words.
    flow.wizard->goToPage(SetupWizard::SavedAccounts);
    REQUIRE(flow.wizard->currentId() == SetupWizard::SavedAccounts);
    auto *origin = child<QLabel>(flow.wizard.get(), u"savedAccountOrigin"_s);
    REQUIRE(origin->isVisible());
    const QString today = saved.discovery->foundAt.toLocalTime().date().toString(Qt::ISODate);
    CHECK(origin->text().startsWith(u"Found from DNS (SRV) on %1 (_imaps._tcp.srv.test"_s.arg(today)));
    CHECK(origin->text().contains(u"does not look them up again"_s));
    CHECK(unnamedControls(flow.page()).isEmpty());
    CHECK(visibleSentences(flow.page()) <= 3);

    // Test again: the saved servers, checked again, and not one look-up (no SRV, no MX, no autoconfig, no ISPDB).
    ns->clearRequests();
    flow.click(u"testAgainButton"_s);
    REQUIRE(QTest::qWaitFor([&] { return flow.wizard->currentId() == SetupWizard::Result; }, 30000));
    REQUIRE(flow.wizard->session().lastResult);
    CHECK(flow.wizard->session().lastResult->verified());
    CHECK(ns->imapLogins().size() == 2);
    QTest::qWait(200);  // anything a search would have asked is in dnsmasq's log by now
    const QStringList queries = ns->dnsQueries();
    INFO(queries.join(u", "_s).toStdString());
    CHECK_FALSE(hasLookUpOf(queries, u"srv.test"_s));
    CHECK(ns->requests().isEmpty());
    // The draft still knows where the servers came from: saving again would keep it, and the offer is there again.
    REQUIRE(flow.wizard->draft().discovered);
    CHECK(flow.wizard->draft().discovered->origin == *saved.discovery);
    CHECK(child<QLabel>(flow.wizard.get(), u"ispdbOfferText"_s)->isVisible());
}

TEST_CASE("wizard discovery: servers from the domain's own autoconfig are remembered, not offered for the ISPDB",
          "[wizard][discovery][keychain]")
{
    IPW_DISCOVERY_NAMESPACE(ns);
    startKeychainAndImap(ns);
    DiscoveryFlow flow(ns);
    flow.toDiscoveryPage(u"hanako@ac.test"_s);
    flow.waitForResult();
    CHECK(flow.field(u"imapHostEdit"_s) == u"imap.ac.test");
    flow.checkImapOnly(u"ac-secret-0815"_s);
    REQUIRE(flow.wizard->session().lastResult);
    REQUIRE(flow.wizard->session().lastResult->verified());
    // The domain publishes its own configuration: nothing to send to Thunderbird's database.
    CHECK(child<QWidget>(flow.wizard.get(), u"ispdbOffer"_s)->isHidden());
    CHECK_FALSE(child<QPushButton>(flow.wizard.get(), u"ispdbSaveButton"_s)->isVisible());

    flow.click(u"saveButton"_s);
    auto *saveStatus = child<QLabel>(flow.wizard.get(), u"saveStatus"_s);
    REQUIRE(QTest::qWaitFor([saveStatus] { return saveStatus->text() == u"Saved in the keychain."_s; }, 15000));
    flow.wizard->goToPage(SetupWizard::SavedAccounts);
    auto *origin = child<QLabel>(flow.wizard.get(), u"savedAccountOrigin"_s);
    REQUIRE(origin->isVisible());
    CHECK(origin->text().startsWith(u"Found from ac.test's own configuration on "_s));
    CHECK(origin->text().contains(u"https://autoconfig.ac.test/mail/config-v1.1.xml"_s));
}
