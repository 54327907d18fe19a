#include "PasswordStrengthPanel.h"

#include "pages/Notice.h"
#include "strength/PasswordGenerator.h"
#include "strength/PasswordStrength.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

PasswordStrengthPanel::PasswordStrengthPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"passwordStrengthPanel"_s);
    m_title = new QLabel(this);
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(u"passwordStrengthMeter"_s);
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(10);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"passwordStrengthLabel"_s);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"passwordRuleProblems"_s);
    m_problems->setWordWrap(true);
    m_personal = new Notice(Notice::Kind::Warning, u"passwordPersonalWarning"_s, this);
    m_generate = new QPushButton(this);
    m_generate->setObjectName(u"generatePasswordButton"_s);
    m_generated = new QLineEdit(this);
    m_generated->setObjectName(u"generatedPasswordEdit"_s);
    m_generated->setReadOnly(true);
    m_generated->setFont(QFont(u"monospace"_s));
    m_generated->hide();
    m_generatedNote = new QLabel(this);
    m_generatedNote->setObjectName(u"generatedPasswordNote"_s);
    m_generatedNote->setWordWrap(true);
    m_generatedNote->hide();
    connect(m_generate, &QPushButton::clicked, this, &PasswordStrengthPanel::suggest);

    auto *meterRow = new QHBoxLayout;
    meterRow->addWidget(m_title);
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_verdict);
    auto *generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_generated, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(meterRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_personal);
    layout->addLayout(generateRow);
    layout->addWidget(m_generatedNote);
    retranslate();
    setVisible(false);
}

void PasswordStrengthPanel::setContext(const PasswordPolicy &policy, const QString &address, const QString &loginName)
{
    m_policy = policy;
    m_address = address;
    m_loginName = loginName;
    setVisible(policy.applies);
    rate(m_lastPassword);
}

void PasswordStrengthPanel::rate(const QString &password)
{
    m_lastPassword = password;
    retranslate();
}

void PasswordStrengthPanel::clear()
{
    m_lastPassword.fill(u'\0');
    m_lastPassword.clear();
    m_generated->setText(QString());  // setText: no undo history keeps it
    m_generated->hide();
    m_generatedNote->hide();
    retranslate();
}

void PasswordStrengthPanel::suggest()
{
    m_generated->setText(generatePassword(m_policy));
    m_generated->show();
    m_generatedNote->show();
    m_generated->selectAll();
}

void PasswordStrengthPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordStrengthPanel::retranslate()
{
    m_title->setText(tr("Strength:"));
    m_generate->setText(tr("Su&ggest a strong password"));
    m_generatedNote->setText(
        tr("Set this as your new password on the provider's page first, then enter it above. It is not saved "
           "anywhere: keep it in your password manager."));
    const StrengthEstimate estimate = estimatePasswordStrength(m_lastPassword, m_policy, m_address, m_loginName);
    const bool empty = m_lastPassword.isEmpty();
    m_meter->setValue(empty ? 0 : static_cast<int>(estimate.score));
    static const char *const verdicts[] = {QT_TR_NOOP("very weak"), QT_TR_NOOP("weak"), QT_TR_NOOP("fair"),
                                           QT_TR_NOOP("good"), QT_TR_NOOP("strong")};
    m_verdict->setText(empty ? QString() : tr(verdicts[static_cast<int>(estimate.score)]));
    m_meter->setAccessibleName(tr("Password strength: %1").arg(m_verdict->text()));

    QStringList problems;
    for (const PasswordRuleProblem problem : estimate.problems) {
        switch (problem) {
        case PasswordRuleProblem::TooShort:
            problems << tr("Too short: at least %1 characters.").arg(m_policy.minLength);
            break;
        case PasswordRuleProblem::TooLong:
            problems << tr("Too long: at most %1 characters.").arg(m_policy.maxLength);
            break;
        case PasswordRuleProblem::CharacterNotAllowed:
            problems << tr("Use half-width letters, digits and symbols only, without spaces.");
            break;
        }
    }
    m_problems->setText(empty ? QString() : problems.join(u' '));
    m_problems->setVisible(!empty && !problems.isEmpty());
    m_personal->setText(
        estimate.containsAddress
            ? tr("It contains your mail address or part of it. Anyone who knows the address tries that first.")
            : tr("It contains your login name. Anyone who knows it tries that first."));
    m_personal->setVisible(!empty && (estimate.containsAddress || estimate.containsLoginName));
}

}  // namespace ipw
