#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ipw {

/// One value of a settings table: read-only text and a Copy button that shows while the row is under the mouse or
/// has the keyboard focus (so eight values do not make eight buttons on the screen). The button keeps its place when
/// hidden, so nothing moves when it appears.
///
///     auto *host = new CopyField(u"sheetImapHost"_s, u"copyImapHost"_s, parent);
///     host->setValue(u"imap.example.com"_s, tr("Incoming mail server"));
class CopyField : public QWidget {
    Q_OBJECT
public:
    CopyField(const QString &valueName, const QString &copyName, QWidget *parent = nullptr);

    /// `accessibleName` names the value and its button ("Copy <name>").
    void setValue(const QString &value, const QString &accessibleName);
    QString value() const;
    QLineEdit *field() const { return m_value; }
    QToolButton *copyButton() const { return m_copy; }
    /// False: no button at all (a value nobody types, e.g. "sign in with your browser").
    void setCopyable(bool copyable);

Q_SIGNALS:
    void copied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateButton();
    void retranslate();

    QLineEdit *m_value = nullptr;
    QToolButton *m_copy = nullptr;
    QString m_name;
    bool m_copyable = true;
    bool m_hovered = false;
};

}  // namespace ipw
