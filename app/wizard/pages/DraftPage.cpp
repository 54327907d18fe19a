#include "pages/DraftPage.h"

#include "SetupWizard.h"
#include "common/Language.h"

#include <QEvent>
#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

DraftPage::DraftPage(QWidget *parent)
    : QWizardPage(parent)
{
    m_body = new QWidget;
    m_body->setObjectName(u"pageBody"_s);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);

    // The scroll area only shows its bar when the window is too small for the page (large fonts, 150 % scaling,
    // 800x600 screens); otherwise it is invisible.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"pageScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // Not a tab stop of its own: QWizard gives the focus to the page's first focusable child, which must be the
    // first field (the search box, the address, the password), and the arrow keys belong to the fields.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_body);
    scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

SetupWizard *DraftPage::setupWizard() const
{
    auto *setup = qobject_cast<SetupWizard *>(wizard());
    Q_ASSERT_X(setup, "DraftPage", "the page must belong to a SetupWizard");
    return setup;
}

AccountDraft &DraftPage::draft() const
{
    return setupWizard()->draft();
}

const ProviderDatabase &DraftPage::providers() const
{
    return setupWizard()->providers();
}

const Provider *DraftPage::provider() const
{
    if (!qobject_cast<SetupWizard *>(wizard()))
        return nullptr;
    const QString &id = draft().providerId;
    return id.isEmpty() ? nullptr : providers().byId(id);
}

QString DraftPage::languageCode()
{
    return Language::code(Language::current());
}

void DraftPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWizardPage::changeEvent(event);
}

QString htmlList(const QStringList &items, bool numbered)
{
    if (items.isEmpty())
        return {};
    QString html = numbered ? u"<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s
                            : u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
    for (const QString &item : items)
        html += u"<li style=\"margin-bottom: 4px;\">"_s + item.toHtmlEscaped() + u"</li>"_s;
    html += numbered ? u"</ol>"_s : u"</ul>"_s;
    return html;
}

}  // namespace ipw
