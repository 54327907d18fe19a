#include "common/NextStepText.h"

#include "common/Language.h"

#include <QCoreApplication>

namespace ipw {
namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(NextStepText)
};
// The verb follows what the provider lets the user do with the password (docs/ui-terms.md, "Verbs per provider").
// The lead names the password; where to get it and what to do then come after it.
Sentences reissueSentences(const ProviderNextStep &step, NextStepAudience audience, const QString &lang)
{
    const QString place = step.place.forLanguage(lang);
    Sentences text{
        Tr::tr("%1 wants its %2 here.").arg(step.providerName.forLanguage(lang), step.passwordName.forLanguage(lang)),
        {}};
    if (!step.action) {
        text.more = audience == NextStepAudience::CommandLine
                        ? Tr::tr("Check it on %1, or reissue it there, then check again with it.").arg(place)
                        : Tr::tr("Check it on %1, or reissue it there, then enter it again: \"Reissue the password\" "
                                 "shows the steps in order.")
                              .arg(place);
        return text;
    }
    switch (*step.action) {
    case PasswordAction::Check:
        text.more = Tr::tr("Check it on %1.").arg(place);
        break;
    case PasswordAction::Change:
        text.more = Tr::tr("It cannot be shown: change it to a new one on %1.").arg(place);
        break;
    case PasswordAction::Recreate:
        text.more = Tr::tr("It cannot be shown again: delete it and create a new one on %1.").arg(place);
        break;
    case PasswordAction::Reissue:
        text.more = Tr::tr("Have a new one issued on %1.").arg(place);
        break;
    }
    text.more = joinSentences(text.more, audience == NextStepAudience::CommandLine
                                             ? Tr::tr("Then check again with it.")
                                             : Tr::tr("Then enter it again: \"Reissue the password\" shows the "
                                                      "steps in order."));
    return text;
}

Sentences browserSignInSentences(const ProviderNextStep &step, NextStepAudience audience, const QString &lang)
{
    const QString name = step.providerName.forLanguage(lang);
    const QString signIn = step.signInName.forLanguage(lang);
    Sentences text{Tr::tr("%1 no longer accepts passwords from mail apps: they must sign in through its own page "
                          "(OAuth2).")
                       .arg(name),
                   {}};
    if (audience == NextStepAudience::CommandLine) {
        text.more = signIn.isEmpty() ? Tr::tr("Check the account with --oauth (browser sign-in); in your mail app, "
                                              "remove the account and add it again with %1's own sign-in.")
                                           .arg(name)
                                     : Tr::tr("Check the account with --oauth (browser sign-in); in your mail app, "
                                              "remove the account and add it again with \"%1\".")
                                           .arg(signIn);
        return text;
    }
    text.more = signIn.isEmpty() ? Tr::tr("Check the account with \"Sign in with your browser\" in this wizard; in "
                                          "your mail app, remove the account and add it again with %1's own "
                                          "sign-in.")
                                       .arg(name)
                                 : Tr::tr("Check the account with \"Sign in with your browser\" in this wizard; in "
                                          "your mail app, remove the account and add it again with \"%1\" "
                                          "(Outlook, Thunderbird, iPhone and Android mail apps offer it).")
                                       .arg(signIn);
    return text;
}

}  // namespace

Sentences describeNextStep(const ProviderNextStep &step, NextStepAudience audience)
{
    const QString lang = Language::code(Language::current());
    const QString name = step.providerName.forLanguage(lang);
    const QString place = step.place.forLanguage(lang);
    using Kind = ProviderNextStep::Kind;
    switch (step.kind) {
    case Kind::None:
        return {};
    case Kind::ReissuePassword: {
        Sentences text = reissueSentences(step, audience, lang);
        const QString imapSetting = step.imapSetting.forLanguage(lang);
        if (!imapSetting.isEmpty())
            text.more = joinSentences(
                text.more,
                Tr::tr("If the password is right, the IMAP access setting may be off: %1.").arg(imapSetting));
        for (const QString &prerequisite : step.prerequisites.forLanguage(lang))
            text.more = joinSentences(text.more, prerequisite);
        return text;
    }
    case Kind::BrowserSignInOnly:
        return browserSignInSentences(step, audience, lang);
    case Kind::EnableImap:
        if (!step.imapSwitch)  // the provider file's words say who can (Gmail: a Workspace administrator)
            return {Tr::tr("At %1, IMAP access is not a setting you can change yourself.").arg(name),
                    Tr::tr("%1.", "the provider file's words on IMAP access, as a sentence").arg(place)};
        return {Tr::tr("Turn on IMAP access for %1: %2").arg(name, place), {}};
    case Kind::ContactSupport:
        return {Tr::tr("Wait before trying again, and if it stays like this contact %1 through %2.").arg(name, place),
                {}};
    case Kind::CheckStatusPage:
        return {Tr::tr("See whether %1 reports a problem on %2, and check again later.").arg(name, place),
                Tr::tr("Your password may well be right.")};
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
