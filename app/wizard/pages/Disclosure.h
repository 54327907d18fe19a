#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace ipw {

/// "Details" / "More": a flat toggle with an arrow and, under it, what is folded away (closed at first). Keeps each
/// page to a few visible sentences while the rest stays one click (or Space) away.
///
///     auto *details = new Disclosure(u"detailsButton"_s, page);
///     details->contentLayout()->addWidget(transcript);
///     details->setText(tr("&Details"));
class Disclosure : public QWidget {
    Q_OBJECT
public:
    /// `buttonName` is the toggle's objectName (tests find it by name).
    explicit Disclosure(const QString &buttonName, QWidget *parent = nullptr);

    void setText(const QString &text);
    QToolButton *button() const { return m_toggle; }
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    QWidget *content() const { return m_content; }
    bool isOpen() const;
    void setOpen(bool open);

Q_SIGNALS:
    void toggled(bool open);

private:
    QToolButton *m_toggle = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
};

}  // namespace ipw
