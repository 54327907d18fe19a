#include "StepStrip.h"

#include "SetupWizard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ipw {

StepStrip::StepStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"stepStrip"_s);
    // The marker has a column of its own, as wide on every step (a space is narrower than ▶ in most fonts, so a
    // marker in the text moved the current step's name sideways); one step is always current, so the column always
    // has the ▶'s width.
    auto *layout = new QGridLayout(this);
    for (int step = 0; step < StepCount; ++step) {
        auto *mark = new QLabel(this);
        mark->setObjectName(u"stepMark%1"_s.arg(step + 1));
        mark->setTextFormat(Qt::PlainText);
        auto *label = new QLabel(this);
        label->setObjectName(u"step%1"_s.arg(step + 1));
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(mark, step, 0);
        layout->addWidget(label, step, 1);
        m_marks << mark;
        m_steps << label;
    }
    layout->setHorizontalSpacing(
        fontMetrics().horizontalAdvance(u' '));  // as narrow as "▶ " was: the page keeps its width
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(StepCount, 1);
    render();
}

int StepStrip::stepFor(int pageId)
{
    switch (pageId) {
    case SetupWizard::Start:
    case SetupWizard::Provider:
    case SetupWizard::SavedAccounts:
        return MailService;
    case SetupWizard::Discover:
    case SetupWizard::Account:
        return Account;
    case SetupWizard::Password:
    case SetupWizard::Reissue:
    case SetupWizard::SignIn:
        return Password;
    case SetupWizard::Test:
        return Check;
    case SetupWizard::Result:
    case SetupWizard::AnotherDevice:
    case SetupWizard::SendToPhone:
        return Result;
    default:
        return -1;
    }
}

void StepStrip::showPage(int pageId)
{
    if (const int step = stepFor(pageId); step >= 0) {
        m_current = step;
        render();
    }
}

void StepStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void StepStrip::render()
{
    const QString names[StepCount] = {tr("Mail service"), tr("Account"), tr("Password"), tr("Check"), tr("Result")};
    setAccessibleName(tr("Steps"));
    for (int step = 0; step < StepCount; ++step) {
        QLabel *label = m_steps[step];
        const bool current = step == m_current;
        // The mark is in the text too (not only bold), so it shows in every style and is read out.
        m_marks[step]->setText(current ? u"▶"_s : QString());
        label->setText(names[step]);
        QFont font = this->font();
        font.setBold(current);
        label->setFont(font);
        m_marks[step]->setFont(font);
        label->setEnabled(step <= m_current);  // steps to come are greyed by the palette
        label->setAccessibleName(
            current ? tr("Step %1 of %2: %3 (current step)").arg(step + 1).arg(StepCount).arg(names[step])
                    : tr("Step %1 of %2: %3").arg(step + 1).arg(StepCount).arg(names[step]));
    }
}

}  // namespace ipw
