// Issue 18 on the pages that change with the provider: the password page and the reissue page show about three
// sentences before "More" (the provider's numbered steps aside) and no two controls with the same Alt+key, for every
// provider in the database and both languages. (The layout test checks docomo's at the minimum sizes.)
#include "InLanguage.h"
#include "Mnemonics.h"
#include "SetupWizard.h"
#include "VisibleProse.h"
#include "WizardSession.h"
#include "common/Language.h"
#include "providers/ProviderDatabase.h"

#include "CatchQt.h"
#include <QTest>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;

namespace {

void checkCurrentPage(SetupWizard &wizard, const ipw::Provider &provider, const char *page)
{
    QTest::qWait(20);  // the page's own deferred focus and layout
    INFO(ipw::Language::code(ipw::Language::current()).toStdString()
         << " provider " << provider.id.toStdString() << ", " << page);
    INFO("visible prose: " << visibleProse(wizard.currentPage()).join(u" | "_s).toStdString());
    CHECK(visibleSentences(wizard.currentPage()) <= 3);
    INFO(mnemonicClashes(wizard).join(u'\n').toStdString());
    CHECK(mnemonicClashes(wizard).isEmpty());
}

}  // namespace

TEST_CASE("the password and reissue pages of every provider lead with about three sentences in both languages",
          "[wizard][gui][calm]")
{
    for (const ipw::UiLanguage language : {ipw::UiLanguage::English, ipw::UiLanguage::Japanese}) {
        const InLanguage inLanguage(language);
        SetupWizard wizard;
        wizard.resize(800, 600);
        wizard.show();
        int pages = 0;
        for (const ipw::Provider &provider : wizard.session().providers().providers()) {
            if (provider.id == wizard.session().providers().manualEntry()->id)
                continue;  // typed servers: the layout test's own path
            wizard.restart();
            wizard.draft().providerId = provider.id;
            wizard.draft().address = u"taro@"_s + provider.domains.value(0, u"example.jp"_s);
            wizard.draft().loginName = wizard.draft().address;
            wizard.goToPage(SetupWizard::Password);
            REQUIRE(wizard.currentId() == SetupWizard::Password);
            checkCurrentPage(wizard, provider, "password page");
            ++pages;
            if (!provider.portal.url.isEmpty()) {
                wizard.goToPage(SetupWizard::Reissue);
                REQUIRE(wizard.currentId() == SetupWizard::Reissue);
                checkCurrentPage(wizard, provider, "reissue page");
                ++pages;
            }
        }
        CHECK(pages > wizard.session().providers().providers().size());  // most providers have a portal
    }
}
