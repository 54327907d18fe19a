#include "pages/ResultPage.h"

#include "SetupWizard.h"
#include "SupportReport.h"
#include "WizardSession.h"
#include "pages/Disclosure.h"
#include "pages/ResultFailureView.h"
#include "pages/ResultSuccessView.h"
#include "pages/ResultWidgets.h"
#include "pages/Verdict.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

ResultPage::ResultPage(SetupWizard *wizard)
    : DraftPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"resultPage"_s);
    QWidget *content = body();
    QVBoxLayout *layout = bodyLayout();
    // The verdict at a glance: a large status and one line, one sentence of meaning, then one primary action (in
    // the views); everything else under "Details", closed.
    m_verdict = new Verdict(content);
    m_meaning = resultLabel(content, u"resultMeaning"_s, Qt::PlainText);
    m_nextStep = resultLabel(content, u"resultNextStep"_s, Qt::PlainText);
    m_failure = new ResultFailureView(wizard, content);
    m_successView = new ResultSuccessView(wizard, content);

    // The rest of the advice: the provider's step adds to the generic one (issue 14); both stay one click away.
    m_more = new Disclosure(u"resultMoreButton"_s, content);
    m_more->setObjectName(u"resultMore"_s);
    m_why = resultLabel(content, u"resultWhy"_s, Qt::PlainText);
    m_moreSteps = resultLabel(content, u"resultMoreSteps"_s, Qt::PlainText);
    m_more->contentLayout()->addWidget(m_why);
    m_more->contentLayout()->addWidget(m_moreSteps);

    m_details = new Disclosure(u"detailsButton"_s, content);
    m_details->setObjectName(u"resultDetails"_s);
    m_details->contentLayout()->addWidget(m_failure->details());
    m_details->contentLayout()->addWidget(m_successView->details());
    m_transcriptTitle = resultLabel(content, u"transcriptTitle"_s, Qt::PlainText);
    m_transcript = new QPlainTextEdit(content);
    m_transcript->setObjectName(u"transcriptView"_s);
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumHeight(160);
    m_transcriptTitle->setBuddy(m_transcript);
    m_copyReport = resultButton(content, u"copyReportButton"_s);
    m_copyReportStatus = resultLabel(content, u"copyReportStatus"_s, Qt::PlainText);
    connect(m_copyReport, &QPushButton::clicked, this, &ResultPage::copyReport);
    m_details->contentLayout()->addWidget(m_transcriptTitle);
    m_details->contentLayout()->addWidget(m_transcript);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_copyReport);
    reportRow->addWidget(m_copyReportStatus, 1);
    m_details->contentLayout()->addLayout(reportRow);

    layout->addWidget(m_verdict);
    layout->addWidget(m_meaning);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_failure);
    layout->addWidget(m_successView);
    layout->addWidget(m_more);
    layout->addWidget(m_details);
    layout->addStretch();

    // When the verdict appears: the focus on its headline (a screen reader reads it first), and the page's primary
    // action the default button. After QWizard's own page switch, which makes Finish the default.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SetupWizard::Result)
            return;
        QTimer::singleShot(0, this, [this] {
            if (!isVisible())
                return;
            m_verdict->focusHeadline();
            if (m_success)
                m_successView->applyDefault();
            else
                m_failure->applyDefault();
        });
    });
    retranslate();
    render();
}

ResultPage::~ResultPage() = default;

PasswordClipboard &ResultPage::passwordClipboard()
{
    return m_successView->passwordClipboard();
}

void ResultPage::initializePage()
{
    const WizardSession &session = m_wizard->session();
    m_success = session.lastResult && session.lastResult->verified();
    m_copyReportStatus->clear();
    m_more->setOpen(false);
    m_details->setOpen(false);

    QStringList transcript;
    if (session.lastResult) {
        for (const auto &[id, r] :
             {std::pair{u"IMAP"_s, session.lastResult->imap}, std::pair{u"SMTP"_s, session.lastResult->smtp}}) {
            if (!r)
                continue;
            transcript << u"--- %1 ---"_s.arg(id) << r->transcript << QString();
        }
    }
    m_transcript->setPlainText(transcript.join(u'\n'));

    m_failure->setVisible(!m_success);
    m_successView->setVisible(m_success);
    m_failure->details()->setVisible(!m_success);
    m_successView->details()->setVisible(m_success);
    if (m_success)
        m_successView->initialize();
    else
        m_failure->initialize();
    render();
}

void ResultPage::cleanupPage()
{
    m_successView->cleanup();
    m_failure->cleanup();
}

void ResultPage::copyReport()
{
    const WizardSession &session = m_wizard->session();
    if (!session.lastResult || !session.lastSettings)
        return;
    QApplication::clipboard()->setText(supportReport(m_wizard->draft(), *session.lastSettings, *session.lastResult,
                                                     session.lockout().rejectedAttempts()));
    m_copyReportStatus->setText(tr("Copied. The report has no password in it; paste it into your message to "
                                   "support."));
}

void ResultPage::retranslate()
{
    m_more->setText(tr("&More: why, and what else to do"));
    m_more->button()->setAccessibleDescription(
        tr("The rest of the explanation and of the advice, including your provider's own steps."));
    m_details->setText(tr("&Details"));
    m_details->button()->setAccessibleName(tr("Details: what was said, passwords removed"));
    m_transcriptTitle->setText(tr("What was said (passwords removed):"));
    m_transcript->setAccessibleName(tr("Transcript of the check, passwords removed"));
    m_copyReport->setText(tr("Copy report for &support"));
    m_copyReport->setAccessibleDescription(
        tr("Copy a report without any password, to paste into a message to your provider's support."));
    m_transcript->setAccessibleDescription(
        tr("What the wizard and the server said to each other, line by line; passwords are removed."));
    m_failure->retranslate();
    m_successView->retranslate();
}

void ResultPage::render()
{
    if (m_success) {
        setTitle(m_successView->title());
        setSubTitle(m_successView->subTitle());
        m_verdict->setVerdict(Verdict::Status::Success, describe(DiagnosisCode::Ok).headline, QString());
        m_verdict->headline()->setAccessibleDescription(m_successView->subTitle());
        m_meaning->clear();
        m_nextStep->clear();
        m_why->clear();
        m_moreSteps->clear();
        m_successView->render();
    } else {
        setTitle(tr("The check found a problem"));
        setSubTitle(tr("Nothing was saved or changed."));
        const DiagnosisText text = m_failure->text();
        // The headline, one sentence of meaning, then the first sentence of what to do and of the provider's own
        // step; the rest of each under "More", the server's words and the transcript under "Details".
        m_verdict->setVerdict(Verdict::Status::Problem, text.headline, QString());
        m_meaning->setText(text.explanation.lead);
        QString step = tr("What to do: %1").arg(text.genericStep.lead);
        if (!text.providerStep.lead.isEmpty())
            step += u'\n' + text.providerStep.lead;
        m_nextStep->setText(step);
        m_verdict->headline()->setAccessibleDescription(joinSentences(text.explanation.lead, step));
        m_why->setText(text.explanation.more);
        QStringList more;
        for (const QString &rest : {text.genericStep.more, text.providerStep.more}) {
            if (!rest.isEmpty())
                more << rest;
        }
        m_moreSteps->setText(more.isEmpty() ? QString() : tr("What else to do: %1").arg(more.join(u'\n')));
        m_failure->render();
    }
    m_meaning->setVisible(!m_success && !m_failure->lockoutShown());
    m_nextStep->setVisible(!m_success);
    const bool why = !m_success && !m_why->text().isEmpty();
    const bool moreSteps = !m_success && !m_moreSteps->text().isEmpty();
    m_why->setVisible(why);
    m_moreSteps->setVisible(moreSteps);
    m_more->setVisible(why || moreSteps);
}

}  // namespace ipw
