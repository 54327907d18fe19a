#include "HandoffText.h"

#include "common/Language.h"
#include "providers/Provider.h"

namespace ipw {
namespace {

QString inLanguage(const LocalizedText &text)
{
    return Language::current() == UiLanguage::Japanese && !text.ja.isEmpty() ? text.ja : text.en;
}

}  // namespace

QString HandoffText::accountName(const HandoffSettings &settings, const Provider *provider)
{
    return provider && !provider->manualServers ? inLanguage(provider->name) : settings.address;
}

AppleProfileTexts HandoffText::appleProfileTexts(const HandoffSettings &settings, const Provider *provider)
{
    AppleProfileTexts t;
    t.profileName = tr("Mail: %1").arg(settings.address);
    t.profileDescription = tr("Incoming and outgoing mail settings for %1. The profile holds no password: the "
                              "device asks for it when you install the profile.")
                               .arg(settings.address);
    t.accountDescription = accountName(settings, provider);
    t.organization = tr("IMAP Password Wizard");
    return t;
}

QString HandoffText::problem(AppleMailProfile::Problem problem)
{
    switch (problem) {
    case AppleMailProfile::Problem::NoImapServer:
        return tr("There is no incoming mail server (IMAP) to write into the file.");
    case AppleMailProfile::Problem::NoSmtpServer:
        return tr("An iPhone profile needs the outgoing mail server (SMTP) too, and this account has none.");
    }
    return {};
}

QStringList HandoffText::profileAdvice(const HandoffSettings &settings, const Provider *provider)
{
    QStringList advice;
    if (provider && !provider->carrierProfile.isEmpty())
        advice << tr("Use your carrier's own profile first: %1 Installing this profile as well would add a second "
                     "account for the same address.")
                      .arg(inLanguage(provider->carrierProfile));
    if (settings.browserSignIn)
        advice << tr("This account signs in with the browser. On the iPhone, add it as an Outlook or Google account "
                     "(Settings → Apps → Mail → Mail Accounts → Add Account) instead of installing this profile: "
                     "the profile can only hold a password login.");
    advice << (provider && !provider->passwordName.isEmpty() && !settings.browserSignIn
                   ? tr("The profile holds no password. When you install it, the iPhone asks for the password: type "
                        "the %1 you just checked here.")
                         .arg(inLanguage(provider->passwordName))
                   : tr("The profile holds no password. When you install it, the iPhone asks for the password: type "
                        "the one you just checked here."));
    advice << tr("The profile is not signed, so the iPhone shows \"Not Signed\" (or \"Unverified\"). That is "
                 "expected: it was made on this PC, and it only holds the settings shown here.");
    const bool startTls = settings.imap.security == Security::StartTls ||
                          (settings.smtp && settings.smtp->security == Security::StartTls);
    if (startTls)
        advice << tr("The server encrypts with STARTTLS, so \"Use SSL\" is off in the profile. The iPhone then "
                     "switches to encryption when the server offers it, as this one does, but iOS has no setting to "
                     "refuse to go on without it.");
    const bool plaintext =
        settings.imap.security == Security::None || (settings.smtp && settings.smtp->security == Security::None);
    if (plaintext)
        advice << tr("A server of this account is not encrypted: the iPhone will send the password over the network "
                     "where others could read it. Ask your mail service for its encrypted settings (SSL/TLS or "
                     "STARTTLS) if you can.");
    return advice;
}

}  // namespace ipw
