#include "HelpLinks.h"

#include "HelpWindow.h"
#include "providers/Provider.h"
#include "setup/CheckOutcome.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

namespace {

QPushButton *linkButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    return button;
}

}  // namespace

HelpLinks::HelpLinks(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"helpLinks"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"helpLinksLabel"_s);
    m_checklist = linkButton(this, u"helpChecklistButton"_s);
    connect(m_checklist, &QPushButton::clicked, this, [this] { HelpWindow::showFor(this, HelpTopic::Checklist); });
    m_termRow = new QHBoxLayout;
    m_termRow->setSpacing(0);
    // The terms on a row of their own under the label, the checklist below them: on one row, three terms and the
    // checklist were wider than the page at 800x600.
    auto *terms = new QHBoxLayout;
    terms->addLayout(m_termRow);
    terms->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(terms);
    layout->addWidget(m_checklist, 0, Qt::AlignLeft);
    retranslate();
}

QList<GlossaryTerm> HelpLinks::termsFor(DiagnosisCode code, const Provider *provider, bool browserSignIn)
{
    QList<GlossaryTerm> terms;
    const auto add = [&terms](GlossaryTerm term) {
        if (!terms.contains(term))
            terms.append(term);
    };
    // What the provider file says about its password decides which password words apply (never its id).
    const bool imapOnlyPassword = provider && provider->passwordName.ja.contains(u"IMAP専用パスワード");
    const PasswordShape shape = provider ? provider->passwordRules.shape : PasswordShape::Any;
    if (browserSignIn || code == DiagnosisCode::OauthRequired || code == DiagnosisCode::OauthTokenRejected ||
        code == DiagnosisCode::OauthRefreshRejected)
        add(GlossaryTerm::BrowserSignIn);
    if (code == DiagnosisCode::AppPasswordRequired || shape != PasswordShape::Any) {
        add(GlossaryTerm::AppPassword);
        if (code == DiagnosisCode::AppPasswordRequired || shape == PasswordShape::GoogleAppPassword)
            add(GlossaryTerm::TwoStepVerification);
    }
    if (isPasswordProblem(code) || code == DiagnosisCode::WrongCredentials) {
        if (imapOnlyPassword)
            add(GlossaryTerm::DocomoPasswords);
        add(GlossaryTerm::LoginName);
    }
    if (code == DiagnosisCode::ImapDisabled)
        add(GlossaryTerm::Imap);
    if (isCertificateProblem(code) || code == DiagnosisCode::TlsHandshakeFailed || code == DiagnosisCode::TlsRequired ||
        code == DiagnosisCode::StarttlsUnavailable)
        add(GlossaryTerm::Tls);
    if (code == DiagnosisCode::ConnectionRefused || code == DiagnosisCode::Timeout ||
        code == DiagnosisCode::StarttlsUnavailable || code == DiagnosisCode::TlsRequired)
        add(GlossaryTerm::Port);
    if (provider && !provider->carrierProfile.isEmpty())
        add(GlossaryTerm::ConfigurationProfile);
    return terms;
}

void HelpLinks::setResult(DiagnosisCode code, const Provider *provider, bool browserSignIn)
{
    const QList<GlossaryTerm> terms = termsFor(code, provider, browserSignIn);
    if (terms == m_terms && m_termButtons.size() == terms.size())
        return;
    m_terms = terms;
    qDeleteAll(m_termButtons);
    m_termButtons.clear();
    for (const GlossaryTerm term : std::as_const(m_terms)) {
        auto *button = linkButton(this, u"helpTermButton-%1"_s.arg(static_cast<int>(term)));
        connect(button, &QPushButton::clicked, this,
                [this, term] { HelpWindow::showFor(this, HelpTopic::Glossary, term); });
        m_termRow->addWidget(button);
        m_termButtons.append(button);
    }
    retranslate();
}

void HelpLinks::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpLinks::retranslate()
{
    m_label->setText(m_terms.isEmpty() ? QString() : tr("Words used here:"));
    m_label->setVisible(!m_terms.isEmpty());
    // The button shows the term as the glossary's own heading names it, in the UI language.
    const QStringList headings = HelpTopics::headings(HelpTopic::Glossary, Language::current());
    for (qsizetype i = 0; i < m_termButtons.size(); ++i) {
        const int index = static_cast<int>(m_terms.at(i));
        m_termButtons.at(i)->setText(index < headings.size() ? headings.at(index) : QString());
    }
    m_checklist->setText(tr("Before you try again: a checklist"));
    m_checklist->setAccessibleDescription(tr("Opens the checklist in the help window."));
    for (QPushButton *term : std::as_const(m_termButtons))
        term->setAccessibleDescription(tr("Opens this word's explanation in the help window."));
}

}  // namespace ipw
