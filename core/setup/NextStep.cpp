#include "setup/NextStep.h"

#include "providers/Provider.h"
#include "setup/CheckOutcome.h"

namespace ipw {
namespace {

LocalizedText nameOrUrl(const WebPage &page)
{
    return LocalizedText{page.name.ja.isEmpty() ? page.url : page.name.ja,
                         page.name.en.isEmpty() ? page.url : page.name.en};
}

ProviderNextStep step(ProviderNextStep::Kind kind, const Provider &p)
{
    ProviderNextStep s;
    s.kind = kind;
    s.providerName = p.name;
    return s;
}

ProviderNextStep pageStep(ProviderNextStep::Kind kind, const Provider &p, const WebPage &page)
{
    ProviderNextStep s = step(kind, p);
    s.place = nameOrUrl(page);
    s.url = page.url;
    return s;
}

}  // namespace

ProviderNextStep nextStepFor(const Provider *provider, DiagnosisCode code)
{
    if (!provider || provider->manualServers)
        return {};
    const Provider &p = *provider;
    using Kind = ProviderNextStep::Kind;
    switch (code) {
    case DiagnosisCode::WrongCredentials:
    case DiagnosisCode::PasswordExpired:
    case DiagnosisCode::AppPasswordRequired:
        if (!p.passwordName.isEmpty() && !nameOrUrl(p.portal).isEmpty()) {
            ProviderNextStep s = pageStep(Kind::ReissuePassword, p, p.portal);
            s.passwordName = p.passwordName;
            s.action = p.passwordAction;
            if (code == DiagnosisCode::WrongCredentials && p.imapEnable.required == YesNoUnknown::Yes)
                s.imapSetting = p.imapEnable.where;
            if (code == DiagnosisCode::AppPasswordRequired)
                s.prerequisites = p.authPrerequisites.value(AuthMethod::AppPassword);
            return s;
        }
        return {};
    case DiagnosisCode::OauthRequired:
        if (p.auth.contains(AuthMethod::OAuth2) && !p.auth.contains(AuthMethod::Password) &&
            !p.auth.contains(AuthMethod::AppPassword)) {
            ProviderNextStep s = step(Kind::BrowserSignInOnly, p);
            if (p.oauth2)
                s.signInName = p.oauth2->signInName;
            return s;
        }
        return {};
    case DiagnosisCode::ImapDisabled:
        if (!p.imapEnable.where.isEmpty()) {
            ProviderNextStep s = step(Kind::EnableImap, p);
            s.place = p.imapEnable.where;
            s.url = p.imapEnable.url;
            s.imapSwitch = p.imapEnable.required != YesNoUnknown::No;
            return s;
        }
        return {};
    case DiagnosisCode::AccountLocked:
    case DiagnosisCode::TooManyAttempts:
    case DiagnosisCode::ContactAdmin:
    case DiagnosisCode::NotAuthorized:
        if (p.supportPage)
            return pageStep(Kind::ContactSupport, p, *p.supportPage);
        return {};
    default:
        if (isServerProblem(code) && p.statusPage)
            return pageStep(Kind::CheckStatusPage, p, *p.statusPage);
        return {};
    }
}

}  // namespace ipw
