#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace ipw {

/// The path through the wizard, shown beside every page (QWizard's side widget): メールサービス → アカウント →
/// パスワード → 確認 → 結果, the current step marked in words (for screen readers) and in weight, the steps to come
/// greyed by the palette (no colours of our own). SetupWizard feeds it the current page id.
///
///     auto *steps = new StepStrip(wizard);
///     wizard->setSideWidget(steps);
///     connect(wizard, &QWizard::currentIdChanged, steps, &StepStrip::showPage);
class StepStrip : public QWidget {
    Q_OBJECT
public:
    enum Step { MailService, Account, Password, Check, Result, StepCount };

    explicit StepStrip(QWidget *parent = nullptr);

    /// The step a page belongs to (SetupWizard::PageId), or -1 for a page this strip does not know (the step
    /// shown stays as it was).
    static int stepFor(int pageId);
    /// Marks the step of `pageId` (see stepFor()).
    void showPage(int pageId);
    int currentStep() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<QLabel *> m_marks;
    QList<QLabel *> m_steps;
    int m_current = MailService;
};

}  // namespace ipw
