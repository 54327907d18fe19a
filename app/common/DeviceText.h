#pragma once
// What the settings sheets say for each device (iPhone, Android's Gmail app, Outlook, Thunderbird): the device's
// name, where it keeps the settings, the field labels and how it names the security. The wizard's
// DeviceSettingsSheet and the printed sheet (SettingsSheetPdf) show the same words.

#include "handoff/HandoffSettings.h"

#include <QList>
#include <QString>

namespace ipw {

enum class Device { IPhone, Android, Outlook, Thunderbird };

class DeviceText {
public:
    static constexpr Device kAll[] = {Device::IPhone, Device::Android, Device::Outlook, Device::Thunderbird};

    static QString name(Device device);
    /// Where on the device the settings are, in its own words.
    static QString where(Device device);
    /// How the device names this security: for the iPhone its "Use SSL" switch, said honestly for STARTTLS.
    static QString security(Device device, Security security);
    /// What "Use SSL" off means on the iPhone, for an account with a STARTTLS server; empty otherwise.
    static QString securityNote(Device device, const HandoffSettings &settings);
    /// For a browser sign-in account: choose the device's sign-in instead of a password.
    static QString browserSignInNote();
    static QString browserSignInValue();  ///< "OAuth2 (sign in with your browser)"

    /// One line of a sheet: label and value (no password, ever).
    struct Line {
        QString label;
        QString value;
    };
    /// The lines for a device: servers, ports, security, login name(s), and the sign-in for a browser account.
    static QList<Line> lines(Device device, const HandoffSettings &settings);
};

}  // namespace ipw
