#include "SetupWizard.h"
#include "common/Language.h"

#include "CatchQt.h"
#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

TEST_CASE("the wizard opens on its start page, offscreen")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    ipw::SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    REQUIRE(wizard.currentId() == ipw::SetupWizard::Start);
    REQUIRE(wizard.windowTitle() == u"IMAP Password Wizard"_s);
    REQUIRE(wizard.findChild<QComboBox *>(u"languageCombo"_s) != nullptr);
}

TEST_CASE("switching the language retranslates the open wizard")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    ipw::SetupWizard wizard;
    wizard.show();
    auto *combo = wizard.findChild<QComboBox *>(u"languageCombo"_s);
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(u"ja"_s));
    CHECK(ipw::Language::current() == ipw::UiLanguage::Japanese);
    // QApplication posts LanguageChange to each window: let the event loop deliver it.
    CHECK(QTest::qWaitFor([&] { return wizard.windowTitle() == u"IMAPパスワード設定ウィザード"_s; }, 2000));
    combo->setCurrentIndex(combo->findData(u"en"_s));
    CHECK(QTest::qWaitFor([&] { return wizard.windowTitle() == u"IMAP Password Wizard"_s; }, 2000));
}
