#pragma once
// What the app and the CLI say about putting the settings on another device: the Apple profile's own texts, the
// advice that goes with it, and why an export cannot be made.

#include "handoff/AppleMailProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ipw {

struct Provider;

class HandoffText {
    Q_DECLARE_TR_FUNCTIONS(HandoffText)
public:
    /// The profile's name, description and account name on the device, in the current language.
    static AppleProfileTexts appleProfileTexts(const HandoffSettings &settings, const Provider *provider);
    static QString problem(AppleMailProfile::Problem problem);
    /// What to know before installing the profile, in order: the carrier's own profile first (where the provider
    /// file names one), a browser sign-in account added as an Outlook/Google account instead, the password iOS
    /// asks for, "not signed", what "Use SSL" off means for a STARTTLS server, and a warning for a plaintext one.
    static QStringList profileAdvice(const HandoffSettings &settings, const Provider *provider);
    /// The account's name for titles: the provider's name in the current language, else the address.
    static QString accountName(const HandoffSettings &settings, const Provider *provider);
};

}  // namespace ipw
