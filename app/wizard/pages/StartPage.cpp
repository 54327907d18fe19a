#include "pages/StartPage.h"

#include "common/Language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

StartPage::StartPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"startPage"_s);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    // Each language is named in its own script, so a user lost in the other language still finds theirs.
    m_language->addItem(u"日本語"_s, Language::code(UiLanguage::Japanese));
    m_language->addItem(u"English"_s, Language::code(UiLanguage::English));
    m_language->setCurrentIndex(Language::current() == UiLanguage::Japanese ? 0 : 1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto language = Language::fromCode(m_language->currentData().toString()))
            Language::apply(*language);
    });

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    retranslate();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void StartPage::retranslate()
{
    setTitle(tr("Mail stopped syncing?"));
    setSubTitle(tr("This wizard finds out which password your mail app needs, checks it with the server for real, "
                   "and explains what to do when it does not work."));
    m_intro->setText(tr("The full guided flow is being built. This build shows the first page only."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
}

}  // namespace ipw
