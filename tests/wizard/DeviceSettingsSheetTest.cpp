// The success page's settings table (DeviceSettingsSheet): the outgoing server the phone needs is listed also when
// the check left SMTP out, and then it says it was not checked.
#include "DeviceSettingsSheet.h"
#include "AccountDraft.h"
#include "common/Language.h"

#include "CatchQt.h"
#include <QApplication>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

ipw::AccountDraft draftWithSmtp(bool checked)
{
    ipw::AccountDraft draft;
    draft.address = u"taro@example.jp"_s;
    draft.loginName = draft.address;
    draft.imap = {{u"imap.example.jp"_s, 993, ipw::Security::ImplicitTls}, {}};
    draft.smtp = {{u"smtp.example.jp"_s, 465, ipw::Security::ImplicitTls}, {}};
    draft.checkSmtp = checked;
    return draft;
}

/// The text of the label whose buddy is the sheet's field `fieldName`.
QString labelFor(ipw::DeviceSettingsSheet &sheet, const QString &fieldName)
{
    auto *field = sheet.findChild<QLineEdit *>(fieldName);
    REQUIRE(field);
    for (QLabel *label : sheet.findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return {};
}

}  // namespace

TEST_CASE("the settings table lists the outgoing server after an IMAP-only check, marked as not checked",
          "[wizard][gui][sheet]")
{
    ipw::Language::apply(ipw::UiLanguage::English);
    ipw::DeviceSettingsSheet sheet;
    sheet.setAccount(draftWithSmtp(true));
    auto *smtpHost = sheet.findChild<QLineEdit *>(u"sheetSmtpHost"_s);
    REQUIRE(smtpHost);
    CHECK(smtpHost->text() == u"smtp.example.jp"_s);
    CHECK_FALSE(labelFor(sheet, u"sheetSmtpHost"_s).contains(u"not checked"_s));

    sheet.setAccount(draftWithSmtp(false));
    CHECK(smtpHost->text() == u"smtp.example.jp"_s);  // the phone still needs it
    CHECK(labelFor(sheet, u"sheetSmtpHost"_s).contains(u"not checked"_s));
    CHECK(smtpHost->accessibleName().contains(u"not checked"_s));

    ipw::Language::apply(ipw::UiLanguage::Japanese);
    QApplication::processEvents();  // the language change reaches the widget as an event
    CHECK(labelFor(sheet, u"sheetSmtpHost"_s).contains(u"未確認"_s));
    ipw::Language::apply(ipw::UiLanguage::English);
}
