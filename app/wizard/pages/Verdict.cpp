#include "pages/Verdict.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

QFont headingFont(const QFont &body)
{
    QFont heading = body;
    heading.setBold(true);
    heading.setPointSizeF(body.pointSizeF() * 1.3);
    return heading;
}

Verdict::Verdict(QWidget *parent, const QString &namePrefix)
    : QWidget(parent)
{
    setObjectName(namePrefix == u"result" ? u"verdict"_s : namePrefix + u"Verdict"_s);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"verdictIcon"_s);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_headline = new QLabel(this);
    m_headline->setObjectName(namePrefix + u"Headline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setFont(headingFont(font()));
    // Focusable, so that the focus can go to the verdict when it appears and a screen reader reads it first.
    m_headline->setFocusPolicy(Qt::TabFocus);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(namePrefix + u"Explanation"_s);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_headline);
    text->addWidget(m_meaning);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    updateIcon();
}

void Verdict::setVerdict(Status status, const QString &headline, const QString &meaning)
{
    m_status = status;
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    m_headline->setAccessibleDescription(meaning);
    m_meaning->setText(meaning);
    m_meaning->setVisible(!meaning.isEmpty());
    updateIcon();
}

void Verdict::focusHeadline()
{
    m_headline->setFocus(Qt::OtherFocusReason);
}

void Verdict::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::LanguageChange)
        updateIcon();
    if (event->type() == QEvent::FontChange)
        m_headline->setFont(headingFont(font()));
    QWidget::changeEvent(event);
}

void Verdict::updateIcon()
{
    // The desktop's icon theme first (freedesktop names); the style's own standard icons where there is none
    // (Windows, macOS, a bare X server): no colours of our own, so both work in light and dark palettes.
    QIcon icon;
    QString name;
    switch (m_status) {
    case Status::Working:
        icon = QIcon::fromTheme(u"emblem-synchronizing"_s, style()->standardIcon(QStyle::SP_BrowserReload));
        name = tr("Checking");
        break;
    case Status::Success:
        icon = QIcon::fromTheme(u"emblem-ok"_s, style()->standardIcon(QStyle::SP_DialogApplyButton));
        name = tr("Success");
        break;
    case Status::Problem:
        icon = QIcon::fromTheme(u"dialog-error"_s, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        name = tr("Problem");
        break;
    case Status::Warning:
        icon = QIcon::fromTheme(u"dialog-warning"_s, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        name = tr("Warning");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setFixedSize(size, size);
    m_icon->setAccessibleName(name);
    m_icon->setAccessibleDescription(tr("Status"));
}

}  // namespace ipw
