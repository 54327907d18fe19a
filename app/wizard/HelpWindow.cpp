#include "HelpWindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"helpWindow"_s);
    m_topics = new QListWidget(this);
    m_topics->setObjectName(u"helpTopicList"_s);
    m_topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_topics->setSpacing(3);
    m_topics->setWordWrap(true);
    m_topics->setResizeMode(QListView::Adjust);
    for (const HelpTopic topic : HelpTopics::all()) {
        auto *item = new QListWidgetItem(m_topics);
        item->setData(Qt::UserRole, HelpTopics::id(topic));
    }
    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"helpText"_s);
    m_text->setOpenExternalLinks(true);  // our own files' https links, opened on the user's click
    m_text->document()->setDocumentMargin(12);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<HelpTopic> topics = HelpTopics::all();
        if (row >= 0 && row < topics.size() && topics.at(row) != m_topic) {
            m_topic = topics.at(row);
            render();
        }
    });

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_topics);
    columns->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    resize(760, 560);
    retranslate();
}

HelpWindow *HelpWindow::showFor(QWidget *parent, HelpTopic topic, std::optional<GlossaryTerm> term)
{
    QWidget *owner = parent ? parent->window() : nullptr;
    HelpWindow *help = owner ? owner->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help) {
        help = new HelpWindow(owner);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->showTopic(topic, term);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void HelpWindow::showTopic(HelpTopic topic, std::optional<GlossaryTerm> term)
{
    m_topic = topic;
    render();
    if (topic == HelpTopic::Glossary && term)
        scrollToHeading(static_cast<int>(*term));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Help"));
    const QList<HelpTopic> topics = HelpTopics::all();
    for (int row = 0; row < m_topics->count(); ++row)
        m_topics->item(row)->setText(HelpTopics::title(topics.at(row)));
    // As wide as the longest title in this language (none is cut off), up to a third of the window; longer wraps.
    m_topics->setFixedWidth(std::min(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth() + 12, 260));
    render();
}

void HelpWindow::render()
{
    {
        const QSignalBlocker quiet(m_topics);
        m_topics->setCurrentRow(static_cast<int>(HelpTopics::all().indexOf(m_topic)));
    }
    m_text->setMarkdown(HelpTopics::markdown(m_topic, Language::current()));
    m_text->verticalScrollBar()->setValue(0);
}

void HelpWindow::scrollToHeading(int index)
{
    // The glossary's terms are its second-level headings, in GlossaryTerm's order in both languages.
    int seen = -1;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2 && ++seen == index) {
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            // Put the heading at the top, not just somewhere in view.
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
            m_text->ensureCursorVisible();
            return;
        }
    }
}

}  // namespace ipw
