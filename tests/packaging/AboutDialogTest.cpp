#include "AboutDialog.h"
#include "SetupWizard.h"
#include "common/BuildInfo.h"
#include "common/Language.h"

#include "CatchQt.h"
#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

ipw::AboutDialog *openAbout(ipw::SetupWizard &wizard)
{
    auto *button = wizard.findChild<QAbstractButton *>(u"aboutButton"_s);
    REQUIRE(button);
    REQUIRE(button->isVisible());
    button->click();
    auto *about = wizard.findChild<ipw::AboutDialog *>(u"aboutDialog"_s);
    REQUIRE(about);
    REQUIRE(QTest::qWaitForWindowExposed(about));
    return about;
}

}  // namespace

TEST_CASE("the About button opens the About box with version, license, Qt and TLS library")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    ipw::SetupWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *about = openAbout(wizard);

    CHECK(about->windowTitle() == u"About IMAP Password Wizard"_s);
    CHECK(labelText(*about, u"aboutVersionLabel"_s) == u"Version "_s + ipw::BuildInfo::version());
    CHECK(labelText(*about, u"aboutLicenseLabel"_s).contains(u"Apache License, Version 2.0"_s));
    CHECK(labelText(*about, u"aboutLicenseLabel"_s).contains(u"https://www.apache.org/licenses/LICENSE-2.0"_s));
    CHECK(labelText(*about, u"aboutQtLabel"_s).startsWith(u"Qt "_s + QString::fromLatin1(qVersion())));
    // The TLS library Qt really loaded: on Debian 12 that is OpenSSL 3.
    REQUIRE_FALSE(ipw::BuildInfo::tlsLibrary().isEmpty());
    CHECK(labelText(*about, u"aboutTlsLabel"_s) == u"TLS library: "_s + ipw::BuildInfo::tlsLibrary());
    CHECK(labelText(*about, u"aboutTlsLabel"_s).contains(u"OpenSSL"_s));
    const auto *icon = about->findChild<QLabel *>(u"aboutIcon"_s);
    REQUIRE(icon);
    CHECK_FALSE(icon->pixmap().isNull());

    // A second click brings the same box forward instead of stacking another one.
    wizard.findChild<QAbstractButton *>(u"aboutButton"_s)->click();
    CHECK(wizard.findChildren<ipw::AboutDialog *>().size() == 1);

    auto *copy = about->findChild<QPushButton *>(u"aboutCopyButton"_s);
    REQUIRE(copy);
    copy->click();
    CHECK(QApplication::clipboard()->text() == ipw::AboutDialog::detailsForSupport());
    CHECK(ipw::AboutDialog::detailsForSupport().contains(ipw::BuildInfo::version()));

    about->close();
    // WA_DeleteOnClose: closed means gone.
    CHECK(QTest::qWaitFor([&] { return wizard.findChild<ipw::AboutDialog *>() == nullptr; }, 2000));
}

TEST_CASE("the About box is in Japanese, and follows a live language switch")
{
    ipw::Language::apply(ipw::UiLanguage::Japanese);
    ipw::SetupWizard wizard;
    wizard.show();
    CHECK(wizard.button(QWizard::CustomButton1)->text() == u"このアプリについて(&A)"_s);
    auto *about = openAbout(wizard);
    CHECK(about->windowTitle() == u"IMAPパスワード設定ウィザードについて"_s);
    CHECK(labelText(*about, u"aboutNameLabel"_s) == u"IMAPパスワード設定ウィザード"_s);
    CHECK(labelText(*about, u"aboutVersionLabel"_s) == u"バージョン "_s + ipw::BuildInfo::version());
    CHECK(labelText(*about, u"aboutLicenseLabel"_s).contains(u"フリーソフトウェア"_s));
    CHECK(labelText(*about, u"aboutTlsLabel"_s).startsWith(u"TLS ライブラリ："_s));

    ipw::Language::apply(ipw::UiLanguage::English);
    // QApplication posts LanguageChange to each widget: let the event loop deliver it.
    CHECK(QTest::qWaitFor([&] { return about->windowTitle() == u"About IMAP Password Wizard"_s; }, 2000));
    CHECK(labelText(*about, u"aboutNameLabel"_s) == u"IMAP Password Wizard"_s);
    CHECK(wizard.button(QWizard::CustomButton1)->text() == u"&About"_s);
}
