#pragma once

#include "strength/PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ipw {

class Notice;

/// Under the password field, for providers where the user chooses the password (passwordRules.chosenBy "user"):
/// how strong it is (core/strength: zxcvbn-c and the provider's rules), a warning when it holds the address or the
/// login name, and a suggested password within the rules (the system CSPRNG) to set at the provider's page. Hidden
/// for every other provider. It stores nothing: the suggestion lives in its read-only field until clear().
///
///     panel->setContext(provider ? PasswordPolicy::fromRules(provider->passwordRules) : PasswordPolicy{},
///                       address, loginName);
///     connect(field, &QLineEdit::textChanged, panel, &PasswordStrengthPanel::rate);
class PasswordStrengthPanel : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthPanel(QWidget *parent = nullptr);

    /// Shows the panel when the policy applies, hides it otherwise.
    void setContext(const PasswordPolicy &policy, const QString &address, const QString &loginName);
    /// Rates the typed password (the meter, the rule problems, the address warning).
    void rate(const QString &password);
    /// Empties the meter and the suggestion (once a check ended).
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void suggest();

    PasswordPolicy m_policy;
    QString m_address;
    QString m_loginName;
    QString m_lastPassword;
    QLabel *m_title = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_problems = nullptr;
    Notice *m_personal = nullptr;
    QPushButton *m_generate = nullptr;
    QLineEdit *m_generated = nullptr;
    QLabel *m_generatedNote = nullptr;
};

}  // namespace ipw
