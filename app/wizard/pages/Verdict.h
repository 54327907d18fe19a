#pragma once

#include <QWidget>

class QLabel;

namespace ipw {

/// The verdict at a glance, at the top of the test and result pages: a large status icon (the theme's, or the
/// style's standard one), one line in the heading size, and one sentence of meaning in the body size. The icon has
/// an accessible name of its own ("Success", "Problem", …) so a screen reader says what the picture says.
///
///     auto *verdict = new Verdict(page);
///     verdict->show(Verdict::Status::Problem, tr("The password was not accepted"), tr("…one sentence…"));
///     verdict->focusHeadline();   // when the verdict has just appeared
class Verdict : public QWidget {
    Q_OBJECT
public:
    enum class Status { Working, Success, Problem, Warning };

    /// `namePrefix` names the headline and the sentence for tests ("result" gives resultHeadline and
    /// resultExplanation): the test page and the result page each have their own verdict.
    explicit Verdict(QWidget *parent = nullptr, const QString &namePrefix = QStringLiteral("result"));

    void setVerdict(Status status, const QString &headline, const QString &meaning);
    Status status() const { return m_status; }
    QLabel *headline() const { return m_headline; }
    /// Moves the keyboard focus to the headline (screen readers read it out), without selecting its text.
    void focusHeadline();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Status m_status = Status::Working;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_meaning = nullptr;
};

/// The heading size, one step above the body text: the only two sizes the pages use.
QFont headingFont(const QFont &body);

}  // namespace ipw
