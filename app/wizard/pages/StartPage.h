#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace ipw {

/// First page: what this app does, and the language (follows the system; switchable live).
class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
};

}  // namespace ipw
