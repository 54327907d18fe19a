#pragma once

#include "common/HelpTopic.h"
#include "diagnosis/Diagnosis.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ipw {

struct Provider;

/// A row of links under a diagnosis: the glossary terms the result is about ("Login name", "App password", …) and
/// the checklist before trying again. Each opens the help window (HelpWindow) at that place.
///
///     auto *links = new HelpLinks(this);
///     layout->addWidget(links);
///     links->setResult(code, provider, browserSignIn);   // on each new result
class HelpLinks : public QWidget {
    Q_OBJECT
public:
    explicit HelpLinks(QWidget *parent = nullptr);

    void setResult(DiagnosisCode code, const Provider *provider, bool browserSignIn);
    /// The terms a result is about, most useful first (exposed for tests).
    static QList<GlossaryTerm> termsFor(DiagnosisCode code, const Provider *provider, bool browserSignIn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<GlossaryTerm> m_terms;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_termRow = nullptr;
    QList<QPushButton *> m_termButtons;
    QPushButton *m_checklist = nullptr;
};

}  // namespace ipw
