// Issue 18 on the failure verdict: for every diagnosis, every provider (and servers typed by hand) and both
// languages, the result page leads with its headline, about three sentences and one primary action; the rest of the
// advice, generic and the provider's own, is one click away under "More" (issue 14: added, never replaced).
// The results are set on the session as the Test page leaves them; the real checks that produce them are in
// WizardFlowTest.cpp and WizardLayoutTest.cpp.
#include "InLanguage.h"
#include "Mnemonics.h"
#include "SetupWizard.h"
#include "VisibleProse.h"
#include "WizardSession.h"
#include "common/Language.h"
#include "diagnosis/Diagnosis.h"
#include "net/CheckSettings.h"
#include "pages/Disclosure.h"
#include "providers/ProviderDatabase.h"
#include "setup/LockoutGuard.h"

#include "CatchQt.h"
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using ipw::SetupWizard;

namespace {

/// What the Test page leaves behind when IMAP failed with `code` at sign-in and SMTP was not tried.
ipw::CheckResult failedWith(ipw::DiagnosisCode code)
{
    ipw::ProtocolResult imap;
    imap.diagnosis = code;
    imap.stage = ipw::CheckStage::Auth;
    imap.credentialsAccepted = false;
    ipw::ProtocolResult smtp;
    smtp.diagnosis = ipw::DiagnosisCode::NotAttempted;
    ipw::CheckResult result;
    result.imap = imap;
    result.smtp = smtp;
    return result;
}

void showVerdict(SetupWizard &wizard, const QString &providerId, ipw::DiagnosisCode code)
{
    if (wizard.currentId() == SetupWizard::Result)
        wizard.back();
    wizard.draft().providerId = providerId;
    wizard.draft().address = u"taro@example.jp"_s;
    wizard.draft().loginName = wizard.draft().address;
    wizard.session().lastSettings = ipw::CheckSettings{};
    wizard.session().lastResult = failedWith(code);
    wizard.goToPage(SetupWizard::Result);
    REQUIRE(wizard.currentId() == SetupWizard::Result);
}

/// A wizard in `language`, shown at the minimum window (labels count as visible only when shown).
struct ShownWizard : InLanguage {
    SetupWizard wizard;

    explicit ShownWizard(ipw::UiLanguage language)
        : InLanguage(language)
    {
        wizard.resize(800, 600);
        wizard.show();
    }
};

QString visibleText(SetupWizard &wizard, const char *name)
{
    auto *label = wizard.currentPage()->findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

}  // namespace

TEST_CASE("the failure verdict leads with about three sentences for every diagnosis and provider in both languages",
          "[wizard][gui][verdict]")
{
    for (const ipw::UiLanguage language : {ipw::UiLanguage::English, ipw::UiLanguage::Japanese}) {
        ShownWizard shown(language);
        SetupWizard &wizard = shown.wizard;
        QStringList providerIds{QString()};
        for (const ipw::Provider &provider : wizard.session().providers().providers())
            providerIds << provider.id;
        int checked = 0;
        for (const QString &providerId : std::as_const(providerIds)) {
            for (const ipw::DiagnosisCode code : ipw::allDiagnosisCodes()) {
                if (code == ipw::DiagnosisCode::Ok)
                    continue;
                showVerdict(wizard, providerId, code);
                INFO(ipw::Language::code(language).toStdString()
                     << " provider '" << providerId.toStdString() << "' " << ipw::toString(code).toStdString());
                INFO("visible prose: " << visibleProse(wizard.currentPage()).join(u" | "_s).toStdString());
                CHECK(visibleSentences(wizard.currentPage()) <= 3);
                INFO(mnemonicClashes(wizard).join(u'\n').toStdString());
                CHECK(mnemonicClashes(wizard).isEmpty());
                // One sentence of meaning and what to do, both in this language.
                CHECK_FALSE(visibleText(wizard, "resultMeaning").isEmpty());
                CHECK_FALSE(visibleText(wizard, "resultNextStep").isEmpty());
                // What is not shown is under "More", closed.
                auto *more = wizard.currentPage()->findChild<ipw::Disclosure *>(u"resultMore"_s);
                REQUIRE(more);
                CHECK_FALSE(more->isOpen());
                ++checked;
            }
        }
        CHECK(checked == (providerIds.size()) * (ipw::allDiagnosisCodes().size() - 1));
    }
}

TEST_CASE("under More: the rest of the explanation, the generic advice and the provider's own step",
          "[wizard][gui][verdict]")
{
    ShownWizard shown(ipw::UiLanguage::English);
    SetupWizard &wizard = shown.wizard;
    showVerdict(wizard, u"docomo"_s, ipw::DiagnosisCode::WrongCredentials);
    // At once: the meaning, the generic step's first sentence and the provider's.
    CHECK(visibleText(wizard, "resultMeaning") == u"The server rejected the login name or the password."_s);
    const QString step = visibleText(wizard, "resultNextStep");
    CHECK(step.contains(u"character by character"_s));
    CHECK(step.contains(u"IMAP-only password"_s));
    CHECK_FALSE(step.contains(u"lock the account"_s));
    // One click away: the lockout advice of the generic step and where docomo's password is.
    auto *more = wizard.currentPage()->findChild<ipw::Disclosure *>(u"resultMore"_s);
    REQUIRE(more);
    CHECK(visibleText(wizard, "resultMoreSteps").isEmpty());
    QTest::mouseClick(more->button(), Qt::LeftButton);
    REQUIRE(more->isOpen());
    const QString rest = visibleText(wizard, "resultMoreSteps");
    CHECK(rest.contains(u"lock the account"_s));
    CHECK(rest.contains(u"docomo"_s));
    CHECK(visibleText(wizard, "resultWhy").contains(u"case-sensitive"_s));
    // The primary action is the provider's: reissue, on Enter.
    auto *reissue = wizard.currentPage()->findChild<QPushButton *>(u"reissueButton"_s);
    REQUIRE(reissue);
    CHECK(QTest::qWaitFor([&] { return reissue->isDefault(); }));  // after QWizard's own choice of default
}

TEST_CASE("before a third password the lockout warning takes the place of the sentence of meaning",
          "[wizard][gui][verdict]")
{
    ShownWizard shown(ipw::UiLanguage::Japanese);
    SetupWizard &wizard = shown.wizard;
    wizard.session().lockout().setAccount(u"taro@example.jp"_s, u"imap.spmode.ne.jp"_s);
    for (int rejected = 0; rejected < ipw::LockoutGuard::askAfterRejections; ++rejected)
        wizard.session().lockout().recordResult(failedWith(ipw::DiagnosisCode::WrongCredentials),
                                                ipw::Credential::Password);
    showVerdict(wizard, u"docomo"_s, ipw::DiagnosisCode::WrongCredentials);
    INFO("visible prose: " << visibleProse(wizard.currentPage()).join(u" | "_s).toStdString());
    CHECK_FALSE(visibleText(wizard, "lockoutText").isEmpty());
    CHECK(visibleText(wizard, "resultMeaning").isEmpty());
    CHECK(visibleSentences(wizard.currentPage()) <= 3);
}
