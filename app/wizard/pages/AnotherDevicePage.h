#pragma once

#include "pages/DraftPage.h"

class QLabel;
class QPushButton;

namespace ipw {

class Disclosure;

class SetupWizard;

/// "Set up another device", from the success page or a saved account: the ways to put the settings on the device
/// whose mail stopped. An iPhone/iPad profile (saved as a file, or sent to the phone over the local network with a
/// QR code: SendToPhonePage), a printable sheet (PDF) for every device, a Thunderbird file. None holds the password.
class AnotherDevicePage : public DraftPage {
    Q_OBJECT
public:
    explicit AnotherDevicePage(SetupWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }

protected:
    void retranslate() override;
    void render() override;

private:
    void saveFile(int kind);

    SetupWizard *m_wizard;
    QLabel *m_account = nullptr;
    QLabel *m_profileAdvice = nullptr;
    Disclosure *m_adviceMore = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QPushButton *m_sendToPhone = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveThunderbird = nullptr;
    QLabel *m_status = nullptr;
    QString m_statusText;
};

}  // namespace ipw
