#pragma once

#include <QWizard>

namespace ipw {

/// The guided flow. Page IDs are an enum; branching lives in each page's nextId().
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Start = 0 };

    explicit SetupWizard(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();
};

}  // namespace ipw
