#include "DeviceText.h"

#include <QCoreApplication>

namespace ipw {
// The context is the wizard's sheet, where these words were first written (their translations stay). lupdate reads
// the literal context of each translate() call.

QString DeviceText::name(Device device)
{
    switch (device) {
    case Device::IPhone:
        return QCoreApplication::translate("ipw::DeviceSettingsSheet", "iPhone / iPad (Mail)");
    case Device::Android:
        return QCoreApplication::translate("ipw::DeviceSettingsSheet", "Android (Gmail app)");
    case Device::Outlook:
        return QCoreApplication::translate("ipw::DeviceSettingsSheet", "Outlook for Windows");
    case Device::Thunderbird:
        return QCoreApplication::translate("ipw::DeviceSettingsSheet", "Thunderbird");
    }
    return {};
}

QString DeviceText::where(Device device)
{
    switch (device) {
    case Device::IPhone:
        return QCoreApplication::translate(
            "ipw::DeviceSettingsSheet",
            "On the iPhone: Settings → Apps → Mail → Mail Accounts (iOS 17 and earlier: Settings → "
            "Mail → Accounts) → this account → Account. Enter the password under Incoming Mail "
            "Server, then under Outgoing Mail Server → SMTP → Primary Server.");
    case Device::Android:
        return QCoreApplication::translate(
            "ipw::DeviceSettingsSheet",
            "In the Gmail app: menu → Settings → this account → Incoming settings, then Outgoing "
            "settings. Other mail apps have the same fields under their account or server "
            "settings.");
    case Device::Outlook:
        return QCoreApplication::translate(
            "ipw::DeviceSettingsSheet",
            "In classic Outlook: File → Account Settings → Server Settings; the new Outlook asks for "
            "the password when you open the account under Settings → Accounts. Use the same "
            "password for incoming and outgoing mail.");
    case Device::Thunderbird:
        return QCoreApplication::translate(
            "ipw::DeviceSettingsSheet",
            "In Thunderbird: Account Settings → Server Settings (incoming) and Outgoing Server "
            "(SMTP). A password Thunderbird saved earlier is under Settings → Privacy & Security → "
            "Saved Passwords: remove it, and Thunderbird asks for the new one.");
    }
    return {};
}

QString DeviceText::security(Device device, Security security)
{
    const bool iphone = device == Device::IPhone;
    switch (security) {
    case Security::ImplicitTls:
        // Apple's switch is "Use SSL"; the others name SSL/TLS.
        return iphone ? QCoreApplication::translate("ipw::DeviceSettingsSheet", "Use SSL: on")
                      : QCoreApplication::translate("ipw::DeviceSettingsSheet", "SSL/TLS");
    case Security::StartTls:
        // With "Use SSL" off, iOS encrypts with STARTTLS when the server offers it but cannot be told to insist.
        return iphone ? QCoreApplication::translate("ipw::DeviceSettingsSheet", "Use SSL: off (STARTTLS, see the note)")
                      : QCoreApplication::translate("ipw::DeviceSettingsSheet", "STARTTLS");
    case Security::None:
        return iphone ? QCoreApplication::translate("ipw::DeviceSettingsSheet", "Use SSL: off (not encrypted)")
                      : QCoreApplication::translate("ipw::DeviceSettingsSheet", "None (not encrypted)");
    }
    return {};
}

QString DeviceText::securityNote(Device device, const HandoffSettings &s)
{
    const bool startTls = s.imap.security == Security::StartTls || (s.smtp && s.smtp->security == Security::StartTls);
    if (device != Device::IPhone || !startTls)
        return {};
    // iOS's "Use SSL" off means: STARTTLS when the server offers it, plaintext when it does not (no way to insist).
    return QCoreApplication::translate(
        "ipw::DeviceSettingsSheet",
        "STARTTLS: the iPhone has no STARTTLS switch. With \"Use SSL\" off it switches to encryption by itself "
        "when the server offers it, as this server does; iOS cannot be told to refuse a server that stops offering "
        "it.");
}

QString DeviceText::browserSignInNote()
{
    return QCoreApplication::translate(
        "ipw::DeviceSettingsSheet",
        "This account signs in with the browser (OAuth2), not with a password. Where the device "
        "asks for a password, choose its browser sign-in instead (often \"Sign in with "
        "Microsoft\" or \"Sign in with Google\", or OAuth2 as the authentication method).");
}

QString DeviceText::browserSignInValue()
{
    return QCoreApplication::translate("ipw::DeviceSettingsSheet", "OAuth2 (sign in with your browser)");
}

QList<DeviceText::Line> DeviceText::lines(Device device, const HandoffSettings &s)
{
    QList<Line> lines{
        {QCoreApplication::translate("ipw::DeviceSettingsSheet", "Incoming mail server (IMAP):"), s.imap.host},
        {QCoreApplication::translate("ipw::DeviceSettingsSheet", "Incoming port:"),
         s.imap.port ? QString::number(s.imap.port) : QString()},
        {QCoreApplication::translate("ipw::DeviceSettingsSheet", "Incoming security:"),
         security(device, s.imap.security)},
    };
    if (s.smtp) {
        lines.append(
            {QCoreApplication::translate("ipw::DeviceSettingsSheet", "Outgoing mail server (SMTP):"), s.smtp->host});
        lines.append(
            {QCoreApplication::translate("ipw::DeviceSettingsSheet", "Outgoing port:"), QString::number(s.smtp->port)});
        lines.append({QCoreApplication::translate("ipw::DeviceSettingsSheet", "Outgoing security:"),
                      security(device, s.smtp->security)});
    }
    if (s.sameLogins() || !s.smtp) {
        lines.append(
            {QCoreApplication::translate("ipw::DeviceSettingsSheet", "User name (both servers):"), s.imapLogin});
    } else {
        lines.append({QCoreApplication::translate("ipw::DeviceSettingsSheet", "Incoming user name:"), s.imapLogin});
        lines.append({QCoreApplication::translate("ipw::DeviceSettingsSheet", "Outgoing user name:"), s.smtpLogin});
    }
    if (s.browserSignIn)
        lines.append({QCoreApplication::translate("ipw::DeviceSettingsSheet", "Password:"), browserSignInValue()});
    return lines;
}

}  // namespace ipw
