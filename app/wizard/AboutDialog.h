#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;
class QPushButton;

namespace ipw {

/// What this build is: name, version, license, and the Qt and TLS libraries it runs with (for support requests).
///
///     AboutDialog about(wizard);
///     about.exec();
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The version lines as plain text, in English, for pasting into a bug report.
    static QString detailsForSupport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_license = nullptr;
    QLabel *m_qt = nullptr;
    QLabel *m_tls = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_copy = nullptr;
};

}  // namespace ipw
