#include "SetupWizard.h"

#include "pages/StartPage.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace ipw {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"setupWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(Start, new StartPage(this));
    setStartId(Start);
    setMinimumSize(720, 520);
    retranslate();
}

SetupWizard::~SetupWizard()
{
    m_draft.password.fill(QLatin1Char('\0'));  // do not leave the password in freed memory longer than needed
    m_draft.password.clear();
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("IMAP Password Wizard"));
}

}  // namespace ipw
