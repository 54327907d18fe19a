#include "pages/StartPage.h"

#include "SetupWizard.h"
#include "common/Language.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

StartPage::StartPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"startPage"_s);
    m_intro = new QLabel;
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);

    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    // Each language is named in its own script, so a user lost in the other language still finds theirs.
    m_language->addItem(u"日本語"_s, Language::code(UiLanguage::Japanese));
    m_language->addItem(u"English"_s, Language::code(UiLanguage::English));
    m_language->setCurrentIndex(Language::current() == UiLanguage::Japanese ? 0 : 1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto language = Language::fromCode(m_language->currentData().toString()))
            Language::apply(*language);
    });
    m_languageLabel = new QLabel;
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);

    m_goalLabel = new QLabel;
    m_goalLabel->setObjectName(u"goalLabel"_s);
    m_goalLabel->setWordWrap(true);
    m_newAccount = new QRadioButton;
    m_newAccount->setObjectName(u"goalNewAccount"_s);
    m_updatePassword = new QRadioButton;
    m_updatePassword->setObjectName(u"goalUpdatePassword"_s);
    m_manageSaved = new QRadioButton;
    m_manageSaved->setObjectName(u"goalManageSaved"_s);
    m_goals = new QButtonGroup(this);
    m_goals->addButton(m_newAccount, int(AccountDraft::Goal::NewAccount));
    m_goals->addButton(m_updatePassword, int(AccountDraft::Goal::UpdatePassword));
    m_goals->addButton(m_manageSaved, int(AccountDraft::Goal::ManageSaved));
    m_newAccount->setChecked(true);
    m_goalLabel->setBuddy(m_newAccount);

    auto *layout = bodyLayout();
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_goalLabel);
    layout->addWidget(m_newAccount);
    layout->addWidget(m_updatePassword);
    layout->addWidget(m_manageSaved);
    layout->addSpacing(18);
    layout->addLayout(form);
    layout->addStretch();
    setTabOrder(m_newAccount, m_updatePassword);
    setTabOrder(m_updatePassword, m_manageSaved);
    setTabOrder(m_manageSaved, m_language);
    retranslate();
    render();
}

void StartPage::initializePage()
{
    if (QAbstractButton *button = m_goals->button(int(draft().goal)))
        button->setChecked(true);
}

bool StartPage::validatePage()
{
    draft().goal = AccountDraft::Goal(selectedGoal());
    return true;
}

int StartPage::selectedGoal() const
{
    const int id = m_goals->checkedId();
    return id < 0 ? int(AccountDraft::Goal::NewAccount) : id;
}

int StartPage::nextId() const
{
    return AccountDraft::Goal(selectedGoal()) == AccountDraft::Goal::NewAccount ? SetupWizard::Provider
                                                                                : SetupWizard::SavedAccounts;
}

void StartPage::retranslate()
{
    setTitle(tr("Mail stopped syncing?"));
    setSubTitle(tr("Find out which password your mail app needs, and check it."));
    m_intro->setText(tr("This wizard finds out which password your mail app needs, checks it with the server for real, "
                        "and explains what to do when it does not work.") +
                     u"\n\n"_s +
                     tr("Nothing is changed on your phone or computer: the wizard only signs in to check, and saves "
                        "the password in this computer's keychain only if you ask it to."));
    m_goalLabel->setText(tr("What would you like to do?"));
    m_newAccount->setText(tr("&Check or set up a mail account"));
    m_newAccount->setAccessibleDescription(
        tr("Choose your provider, enter the address and the password, and check them."));
    m_updatePassword->setText(tr("&Update the password of a saved account"));
    m_manageSaved->setText(tr("&Manage saved accounts (test again, forget)"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the wizard; it changes at once."));
    m_updatePassword->setAccessibleDescription(tr("Pick a saved account and check its new password."));
    m_manageSaved->setAccessibleDescription(
        tr("See the accounts saved on this computer, test one again or forget it."));
}

void StartPage::render()
{
    // The language may have been switched elsewhere (the button at the bottom): show the one in use.
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(m_language->findData(Language::code(Language::current())));
}

}  // namespace ipw
