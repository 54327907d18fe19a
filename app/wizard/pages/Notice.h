#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ipw {

/// A boxed message beside the field it is about: an icon, a sentence, and optionally one button that fixes it
/// ("Convert to half-width"). Uses the style's icons and the palette, so it reads in light and dark themes.
class Notice : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    /// `objectName` names the notice; its label is "<objectName>Text" and its button (if any) `buttonName`.
    Notice(Kind kind, const QString &objectName, QWidget *parent = nullptr, const QString &buttonName = QString());

    void setText(const QString &text);
    QString text() const;
    /// Nullptr unless a buttonName was given.
    QPushButton *button() const { return m_button; }
    QLabel *label() const { return m_text; }

private:
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
};

}  // namespace ipw
