#pragma once

#include <QObject>

class QLineEdit;

namespace ipw {

class PasswordClipboard;

/// Copying from the password field once the user revealed it (echo mode Normal) goes through PasswordClipboard, so
/// a password copied with Ctrl+C, Ctrl+X or the field's context menu is marked secret for clipboard managers and
/// taken off the clipboard after the time limit, like one copied with the result page's button. (With the password
/// hidden, QLineEdit copies nothing at all.)
///
///     new RevealedPasswordCopy(m_password, m_clipboard);  // owned by the field
class RevealedPasswordCopy : public QObject {
    Q_OBJECT
public:
    RevealedPasswordCopy(QLineEdit *field, PasswordClipboard *clipboard);

Q_SIGNALS:
    void copied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool revealedWithSelection() const;
    void copySelection(bool cut);
    void showContextMenu(const QPoint &globalPos);

    QLineEdit *m_field;
    PasswordClipboard *m_clipboard;
};

}  // namespace ipw
