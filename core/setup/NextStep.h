#pragma once
// The provider-specific next step after a failed check, as data: which kind of step, and the provider's own names
// and pages for it. app/common puts it into words, so the wizard and the CLI say the same thing.

#include "diagnosis/Diagnosis.h"
#include "providers/ProviderTypes.h"

#include <QString>

#include <optional>

namespace ipw {

struct Provider;

struct ProviderNextStep {
    enum class Kind {
        None,               ///< nothing provider-specific: the diagnosis's own next step stands
        ReissuePassword,    ///< check or reissue the provider's password at its portal (`place`, `url`)
        BrowserSignInOnly,  ///< the provider takes browser sign-in only: sign in with its page instead
        EnableImap,         ///< switch IMAP on in the provider's settings (`place`: where, `url`)
        ContactSupport,     ///< wait, then contact the provider through its support page (`place`, `url`)
        CheckStatusPage,    ///< the server may be down: the provider's status page (`place`, `url`)
    };
    Kind kind = Kind::None;
    LocalizedText providerName;
    LocalizedText passwordName;  ///< ReissuePassword: what the password is called there
    LocalizedText place;         ///< a page's name (its address where it has no name), or where a setting is
    QString url;                 ///< https, may be empty
    /// BrowserSignInOnly: how mail apps name the provider's sign-in ("Sign in with Microsoft"), from the provider
    /// file; empty when the file names none.
    LocalizedText signInName;
    /// ReissuePassword: what the user does with it at the portal (check, change, recreate, reissue); absent when the
    /// file does not say.
    std::optional<PasswordAction> action;
    /// ReissuePassword: where IMAP access is switched on, when the provider requires it (Yahoo! JAPAN): a refused
    /// login there is as often that switch as the password, so the step names both.
    LocalizedText imapSetting;
    /// ReissuePassword for app-password-required: what an app password needs (Gmail: 2-Step Verification, not with
    /// Advanced Protection, …), from the provider file's authPrerequisites.
    LocalizedList prerequisites;
    /// EnableImap: false when the provider has no switch for the user (Gmail: always on; the text says who can).
    bool imapSwitch = true;

    bool isNone() const { return kind == Kind::None; }
};

/// The step for `code` at `provider` (nullptr: servers typed by hand → None). Only steps the provider file has the
/// facts for are given: no portal, no step.
///
///     nextStepFor(docomo, DiagnosisCode::WrongCredentials).kind == ProviderNextStep::Kind::ReissuePassword
ProviderNextStep nextStepFor(const Provider *provider, DiagnosisCode code);

}  // namespace ipw
