#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ipw {

class DeviceSettingsSheet;
class IspdbOffer;
class PasswordClipboard;
class SaveFlow;
class SetupWizard;

/// The result page after a verified check: first the one primary action, "Set up another device" (the hand-off
/// pages), then "Save to keychain" and its outcome (SaveFlow), then the settings as a compact table for the device
/// whose mail stopped, with the password as its last row, shown or copied only on request (cleared from the
/// clipboard after 45 s). For servers DNS found (SRV, MX), a secondary offer under the save row: a file for
/// Thunderbird's ISPDB (IspdbOffer). The folder and INBOX counts go under the page's "Details" (details()). ResultPage
/// calls retranslate() and render() like a page's.
class ResultSuccessView : public QWidget {
    Q_OBJECT
public:
    ResultSuccessView(SetupWizard *wizard, QWidget *parent);
    ~ResultSuccessView() override;

    /// A new verified result: not saved yet, the password hidden.
    void initialize();
    /// Leaving the page: the password leaves the widget.
    void cleanup();
    void retranslate();
    void render();
    /// The page's title and subtitle for this view.
    QString title() const;
    QString subTitle() const;

    PasswordClipboard &passwordClipboard() { return *m_clipboard; }
    /// What ResultPage puts under "Details": the folder and message counts.
    QWidget *details() const;
    /// "Set up another device" becomes the default button (Enter).
    void applyDefault();

private:
    SetupWizard *m_wizard;
    SaveFlow *m_saveFlow = nullptr;
    PasswordClipboard *m_clipboard = nullptr;

    QLabel *m_mailboxes = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_passwordRow = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
    IspdbOffer *m_ispdbOffer = nullptr;
    QLabel *m_sheetTitle = nullptr;
    QPushButton *m_anotherDevice = nullptr;  ///< profile, QR code, PDF, Thunderbird file (AnotherDevicePage)
    DeviceSettingsSheet *m_sheet = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_showPassword = nullptr;
    QPushButton *m_copyPassword = nullptr;
    QLabel *m_clipboardNote = nullptr;
};

}  // namespace ipw
