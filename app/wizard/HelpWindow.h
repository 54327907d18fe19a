#pragma once

#include "common/HelpTopic.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QListWidget;
class QTextBrowser;

namespace ipw {

/// The guide's help (common/HelpTopic.h): the topics in a list on the left, the chosen one on the right, in the UI
/// language (it follows a live language switch). Not modal, so the user can read it beside the page it is about.
///
///     auto *help = HelpWindow::showFor(wizard, HelpTopic::Checklist);           // reuses an open one
///     help->showTopic(HelpTopic::Glossary, GlossaryTerm::AppPassword);         // scrolls to the term
class HelpWindow : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The parent's help window (made on first use), raised and showing `topic` (at `term` for the glossary).
    static HelpWindow *showFor(QWidget *parent, HelpTopic topic, std::optional<GlossaryTerm> term = std::nullopt);

    void showTopic(HelpTopic topic, std::optional<GlossaryTerm> term = std::nullopt);
    HelpTopic topic() const { return m_topic; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void scrollToHeading(int index);

    HelpTopic m_topic = HelpTopic::Faq;
    QListWidget *m_topics = nullptr;
    QTextBrowser *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace ipw
