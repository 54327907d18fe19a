#pragma once
// What the tests of the wizard's pages 1-5 share (WizardPagesTest, WizardPasswordPagesTest, WizardProviderFilesTest:
// one test binary, test_wizard_pages): the real SetupWizard, shown offscreen, driven by objectName with QTest's input
// helpers as a user would.
//
//     Flow flow;
//     flow.toPasswordPage(QStringLiteral("taro@docomo.ne.jp"), QStringLiteral("abc12345"));
//     flow.typeInto(QStringLiteral("passwordEdit"), QStringLiteral("secret"));
#include "SetupWizard.h"
#include "common/Language.h"

#include "CatchQt.h"
#include <QAbstractButton>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using ipw::SetupWizard;

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

// A notice (pages/Notice.h) is shown when it is not hidden itself; its page may be off screen.
inline bool shown(QWidget &parent, const QString &name)
{
    return !child<QWidget>(parent, name)->isHidden();
}

inline QString noticeText(QWidget &parent, const QString &name)
{
    return child<QLabel>(parent, name + QStringLiteral("Text"))->text();
}

struct Flow {
    SetupWizard wizard;

    explicit Flow(ipw::UiLanguage language = ipw::UiLanguage::English)
    {
        ipw::Language::apply(language);
        QCoreApplication::processEvents();
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    }
    ~Flow() { ipw::Language::apply(ipw::UiLanguage::English); }

    bool nextEnabled() { return wizard.button(QWizard::NextButton)->isEnabled(); }
    void next()
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        INFO("on page " << wizard.currentId());
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void back() { QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton); }

    void typeInto(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(wizard, name);
        edit->setFocus();
        edit->clear();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(edit, text);
        } else {
            // Japanese and full-width text arrive through the input method, as a committed string.
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QCoreApplication::sendEvent(edit, &commit);
        }
    }

    /// Start → Provider page, then type into the search field.
    void toProviderPage()
    {
        REQUIRE(wizard.currentId() == SetupWizard::Start);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Provider);
    }
    QStringList listedIds()
    {
        QStringList ids;
        auto *list = child<QListWidget>(wizard, QStringLiteral("providerList"));
        for (int row = 0; row < list->count(); ++row)
            ids.append(list->item(row)->data(Qt::UserRole).toString());
        return ids;
    }
    QString selectedId()
    {
        auto *item = child<QListWidget>(wizard, QStringLiteral("providerList"))->currentItem();
        return item ? item->data(Qt::UserRole).toString() : QString();
    }
    /// Start → Provider (by address) → Account → Sign in with your browser (Outlook.com).
    void toSignInPage(const QString &address)
    {
        toProviderPage();
        typeInto(QStringLiteral("providerSearch"), address);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Account);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::SignIn);
    }
    /// Start → Provider (by address) → Account → Password.
    void toPasswordPage(const QString &address, const QString &loginName = QString())
    {
        toProviderPage();
        typeInto(QStringLiteral("providerSearch"), address);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Account);
        if (!loginName.isEmpty())
            typeInto(QStringLiteral("loginNameEdit"), loginName);
        next();
        REQUIRE(wizard.currentId() == SetupWizard::Password);
    }
};
