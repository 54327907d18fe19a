#include "SetupWizard.h"

#include "AboutDialog.h"
#include "WizardSession.h"
#include "pages/ResultPage.h"
#include "pages/SavedAccountsPage.h"
#include "pages/StartPage.h"
#include "pages/TestPage.h"

#include <QAbstractButton>
#include <QEvent>

#include <utility>

using namespace Qt::StringLiterals;

namespace ipw {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<WizardSession>(WizardSession::optionsFromEnvironment()))
{
    setObjectName(u"setupWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(Start, new StartPage(this));
    setPage(Test, new TestPage(this));
    setPage(Result, new ResultPage(this));
    setPage(SavedAccounts, new SavedAccountsPage(this));
    setStartId(Start);
    setMinimumSize(720, 520);

    // About on the far left, away from the buttons that move through the flow.
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)->setObjectName(u"aboutButton"_s);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });
    retranslate();
}

SetupWizard::~SetupWizard()
{
    m_draft.password.fill(QLatin1Char('\0'));  // do not leave the password in freed memory longer than needed
    m_draft.password.clear();
}

void SetupWizard::goToPage(PageId page)
{
    QList<int> history = visitedIds();
    if (page != Test && history.contains(page)) {
        while (currentId() != page)
            back();
        return;
    }
    // Unwind Test (and Result after it): QWizard enters a page only once per history.
    if (const qsizetype test = history.indexOf(Test); test > 0) {
        while (currentId() != history.at(test - 1))
            back();
    }
    m_forcedNextId = page;
    next();
    m_forcedNextId = -1;  // when validatePage() refused, next() did not ask
}

int SetupWizard::nextId() const
{
    // Read once, by QWizard::next(): QWizard asks again while entering the page (Next or Finish?), and that answer
    // must be the new page's own.
    if (m_forcedNextId >= 0)
        return std::exchange(m_forcedNextId, -1);
    return QWizard::nextId();
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
    setButtonText(QWizard::CustomButton1, tr("&About"));
}

void SetupWizard::showAbout()
{
    // Window-modal and non-blocking (open(), not exec()): tests find it as a child named "aboutDialog".
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

}  // namespace ipw
