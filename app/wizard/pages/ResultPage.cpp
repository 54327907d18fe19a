#include "pages/ResultPage.h"

#include "SetupWizard.h"
#include "SupportReport.h"
#include "WizardSession.h"
#include "pages/ResultFailureView.h"
#include "pages/ResultSuccessView.h"
#include "pages/ResultWidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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
    m_headline = resultLabel(content, u"resultHeadline"_s, Qt::PlainText);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_headline->setFont(big);
    m_explanation = resultLabel(content, u"resultExplanation"_s, Qt::PlainText);
    m_nextStep = resultLabel(content, u"resultNextStep"_s, Qt::PlainText);
    m_failure = new ResultFailureView(wizard, content);
    m_successView = new ResultSuccessView(wizard, content);

    m_details = new QToolButton(content);
    m_details->setObjectName(u"detailsButton"_s);
    m_details->setCheckable(true);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setArrowType(Qt::RightArrow);
    m_transcript = new QPlainTextEdit(content);
    m_transcript->setObjectName(u"transcriptView"_s);
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumHeight(160);
    m_transcript->hide();
    connect(m_details, &QToolButton::toggled, this, [this](bool on) {
        m_transcript->setVisible(on);
        m_details->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_copyReport = resultButton(content, u"copyReportButton"_s);
    m_copyReportStatus = resultLabel(content, u"copyReportStatus"_s, Qt::PlainText);
    connect(m_copyReport, &QPushButton::clicked, this, &ResultPage::copyReport);

    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_failure);
    layout->addWidget(m_successView);
    layout->addWidget(m_details);
    layout->addWidget(m_transcript);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_copyReport);
    reportRow->addWidget(m_copyReportStatus, 1);
    layout->addLayout(reportRow);
    layout->addStretch();
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
    m_details->setChecked(false);

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
    m_details->setText(tr("&Details (what was said, passwords removed)"));
    m_transcript->setAccessibleName(tr("Transcript of the check, passwords removed"));
    m_copyReport->setText(tr("Copy report for &support"));
    m_failure->retranslate();
    m_successView->retranslate();
}

void ResultPage::render()
{
    if (m_success) {
        setTitle(m_successView->title());
        setSubTitle(m_successView->subTitle());
        m_headline->setText(describe(DiagnosisCode::Ok).headline);
        m_explanation->clear();
        m_nextStep->clear();
        m_successView->render();
    } else {
        setTitle(tr("The check found a problem"));
        setSubTitle(tr("Nothing was saved or changed. Here is what happened and what to do next."));
        const DiagnosisText text = m_failure->text();
        m_headline->setText(text.headline);
        m_explanation->setText(text.explanation);
        m_nextStep->setText(text.nextStep);
        m_failure->render();
    }
    m_explanation->setVisible(!m_success);
    m_nextStep->setVisible(!m_success);
}

}  // namespace ipw
