#pragma once
// Tests of the saved-accounts store need logins to save. A VerifiedLogin comes only from a verified check
// (LoginVerification::fromCheck): this makes the CheckResult such a check would have had, for settings taken
// from the account itself. Production code never does this; it saves right after a real check.

#include "setup/LoginVerification.h"

#include <stdexcept>

namespace ipw::test {

inline VerifiedLogin verifiedLogin(const SavedAccount &account, const QString &secret)
{
    const AccountProfile profile = AccountProfile::fromSaved(account);
    CheckSettings settings;
    settings.loginName = profile.loginName;
    settings.imap = ServerEndpoint{profile.imap, {}};
    if (profile.smtp)
        settings.smtp = ServerEndpoint{*profile.smtp, {}};
    CheckResult result;
    ProtocolResult verified;
    verified.verified = true;
    verified.credentialsAccepted = true;
    verified.diagnosis = DiagnosisCode::Ok;
    // The certificate each server presented: the one pinned for it, if any (a pin is saved only for the server
    // that presented it).
    const auto presenting = [&](const ServerAddress &server) {
        ProtocolResult r = verified;
        const QSet<QByteArray> pins = profile.pinnedCertificates.forEndpoint(server.key());
        if (!pins.isEmpty())
            r.certificate.sha256 = *pins.cbegin();
        return r;
    };
    result.imap = presenting(profile.imap);
    if (settings.smtp)
        result.smtp = presenting(*profile.smtp);
    std::optional<VerifiedLogin> login = LoginVerification::fromCheck(profile, settings, result, secret);
    if (!login)
        throw std::logic_error("verifiedLogin: the sample account does not make a verified login");
    return *login;
}

}  // namespace ipw::test
