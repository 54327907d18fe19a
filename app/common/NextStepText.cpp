#include "common/NextStepText.h"

#include "common/Language.h"

#include <QCoreApplication>

namespace ipw {
namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(NextStepText)
};
// The verb follows what the provider lets the user do with the password (docs/ui-terms.md, "Verbs per provider").
QString reissueSentence(const ProviderNextStep &step, NextStepAudience audience, const QString &lang)
{
    const QString name = step.providerName.forLanguage(lang);
    const QString password = step.passwordName.forLanguage(lang);
    const QString place = step.place.forLanguage(lang);
    if (!step.action) {
        if (audience == NextStepAudience::CommandLine)
            return Tr::tr("%1 wants its %2 here. Check it on %3, or reissue it there, then check again with it.")
                .arg(name, password, place);
        return Tr::tr("%1 wants its %2 here. Check it on %3, or reissue it there, then enter it again: \"Reissue "
                      "the password\" shows the steps in order.")
            .arg(name, password, place);
    }
    QString main;
    switch (*step.action) {
    case PasswordAction::Check:
        main = Tr::tr("%1 wants its %2 here. Check it on %3.").arg(name, password, place);
        break;
    case PasswordAction::Change:
        main = Tr::tr("%1 wants its %2 here. It cannot be shown: change it to a new one on %3.")
                   .arg(name, password, place);
        break;
    case PasswordAction::Recreate:
        main = Tr::tr("%1 wants its %2 here. It cannot be shown again: delete it and create a new one on %3.")
                   .arg(name, password, place);
        break;
    case PasswordAction::Reissue:
        main = Tr::tr("%1 wants its %2 here. Have a new one issued on %3.").arg(name, password, place);
        break;
    }
    if (audience == NextStepAudience::CommandLine)
        return main + u' ' + Tr::tr("Then check again with it.");
    return main + u' ' + Tr::tr("Then enter it again: \"Reissue the password\" shows the steps in order.");
}

}  // namespace

QString describeNextStep(const ProviderNextStep &step, NextStepAudience audience)
{
    const QString lang = Language::code(Language::current());
    const QString name = step.providerName.forLanguage(lang);
    const QString place = step.place.forLanguage(lang);
    using Kind = ProviderNextStep::Kind;
    switch (step.kind) {
    case Kind::None:
        return {};
    case Kind::ReissuePassword: {
        QString text = reissueSentence(step, audience, lang);
        const QString imapSetting = step.imapSetting.forLanguage(lang);
        if (!imapSetting.isEmpty())
            text += u' ' + Tr::tr("If the password is right, the IMAP access setting may be off: %1.").arg(imapSetting);
        for (const QString &prerequisite : step.prerequisites.forLanguage(lang))
            text += u' ' + prerequisite;
        return text;
    }
    case Kind::BrowserSignInOnly: {
        const QString signIn = step.signInName.forLanguage(lang);
        if (audience == NextStepAudience::CommandLine && signIn.isEmpty())
            return Tr::tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                          "(OAuth2). Check the account with --oauth (browser sign-in); in your mail app, remove the "
                          "account and add it again with the provider's own sign-in.")
                .arg(name);
        if (audience == NextStepAudience::CommandLine)
            return Tr::tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                          "(OAuth2). Check the account with --oauth (browser sign-in); in your mail app, remove the "
                          "account and add it again with \"%2\".")
                .arg(name, signIn);
        if (signIn.isEmpty())
            return Tr::tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                          "(OAuth2). Check the account with \"Sign in with your browser\" in this wizard; in your "
                          "mail app, remove the account and add it again with the provider's own sign-in.")
                .arg(name);
        return Tr::tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                      "(OAuth2). Check the account with \"Sign in with your browser\" in this wizard; in your mail "
                      "app, remove the account and add it again with \"%2\" (Outlook, Thunderbird, iPhone and "
                      "Android mail apps offer it).")
            .arg(name, signIn);
    }
    case Kind::EnableImap:
        if (!step.imapSwitch)
            return Tr::tr("About IMAP access at %1: %2.").arg(name, place);
        return Tr::tr("Turn on IMAP access for %1: %2").arg(name, place);
    case Kind::ContactSupport:
        return Tr::tr("Wait before trying again, and if it stays like this contact %1 through %2.").arg(name, place);
    case Kind::CheckStatusPage:
        return Tr::tr("See whether %1 reports a problem on %2, and check again later. Your password may well be "
                      "right.")
            .arg(name, place);
    }
    return {};
}

QString describeFourDigitPin(const LocalizedText &passwordName)
{
    const QString lang = Language::code(Language::current());
    return Tr::tr("This is a 4-digit number. The %1 is longer: a 4-digit number is usually a PIN (such as docomo's "
                  "network PIN, ネットワーク暗証番号), which opens the provider's page but is not the password for "
                  "mail apps.")
        .arg(passwordName.forLanguage(lang));
}

}  // namespace ipw
