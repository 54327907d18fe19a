#pragma once

#include "AccountDraft.h"
#include "common/DeviceText.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ipw {

class CopyField;
class Disclosure;

/// The settings to type into the device whose mail stopped working (iPhone, Android, Outlook, Thunderbird): server,
/// port, security and login name for incoming and outgoing mail as a compact table (each value's Copy button shows
/// on hover or focus, CopyField; "Copy all" copies every row), and, under "More", where that device keeps them, in
/// its own words. The password is not part of the sheet (see ResultPage: shown only on request); for
/// an account that signs in with the browser the sheet says "OAuth2 (sign in with your browser)" instead. The words
/// are DeviceText's, shared with the printed sheet.
class DeviceSettingsSheet : public QWidget {
    Q_OBJECT
public:
    using Device = ipw::Device;

    explicit DeviceSettingsSheet(QWidget *parent = nullptr);

    void setAccount(const AccountDraft &draft);
    void setDevice(Device device);
    Device device() const;
    /// Another row of the table under the settings (the result page's password, shown only on request).
    void addExtraRow(QWidget *label, QWidget *value);
    /// "Label value" per line, for "Copy all" (never the password: it is not one of the rows).
    QString allSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label = nullptr;
        CopyField *value = nullptr;
    };
    enum Field {
        ImapHost,
        ImapPort,
        ImapSecurity,
        SmtpHost,
        SmtpPort,
        SmtpSecurity,
        LoginName,
        SmtpLoginName,   ///< shown where SMTP logs in with another name (iCloud: the full address)
        Authentication,  ///< shown for an OAuth account only: "OAuth2 (sign in with your browser)"
        FieldCount
    };

    void addRow(QGridLayout *grid, int field, const QString &id);
    void retranslate();

    QLabel *m_deviceLabel = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_where = nullptr;
    QPushButton *m_copyAll = nullptr;
    Disclosure *m_more = nullptr;
    QGridLayout *m_grid = nullptr;
    Row m_rows[FieldCount];
    AccountDraft m_account;  // without the password: setAccount() copies everything but it
};

}  // namespace ipw
