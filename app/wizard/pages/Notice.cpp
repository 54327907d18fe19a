#include "pages/Notice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace ipw {

Notice::Notice(Kind kind, const QString &objectName, QWidget *parent, const QString &buttonName)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleDescription(QString());

    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setObjectName(objectName + u"Text"_s);
    m_text->setWordWrap(true);
    // Always rich text (callers escape what comes from provider files): "auto" would show &quot; in a sentence that
    // happens to contain no tag.
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    if (!buttonName.isEmpty()) {
        m_button = new QPushButton(this);
        m_button->setObjectName(buttonName);
        layout->addWidget(m_button, 0, Qt::AlignVCenter);
    }
}

void Notice::setText(const QString &text)
{
    m_text->setText(text);
    // Screen readers get the sentence without the markup.
    setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText());
}

QString Notice::text() const
{
    return m_text->text();
}

}  // namespace ipw
