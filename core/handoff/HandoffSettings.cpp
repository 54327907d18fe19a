#include "handoff/HandoffSettings.h"

#include "providers/ProviderDatabase.h"
#include "setup/AccountProfile.h"

namespace ipw {
namespace {

// The implicit-TLS server the provider lists for the same host, if the server given is not implicit TLS already.
ServerAddress preferImplicitTls(const ServerAddress &server, const QList<ServerSettings> &listed)
{
    if (server.security == Security::ImplicitTls)
        return server;
    for (const ServerSettings &s : listed) {
        if (s.security == Security::ImplicitTls && s.port != 0 && s.host.compare(server.host, Qt::CaseInsensitive) == 0)
            return ServerAddress{server.host, s.port, Security::ImplicitTls};
    }
    return server;
}

}  // namespace

HandoffSettings HandoffSettings::fromProfile(const AccountProfile &profile, const ProviderDatabase *providers)
{
    HandoffSettings s;
    s.address = profile.address.trimmed();
    s.providerId = profile.providerId;
    s.imapLogin = profile.loginName;
    s.smtpLogin = profile.smtpLogin();  // the IMAP login unless SMTP has its own (iCloud: the full address)
    s.imap = profile.imap;
    s.imap.host = s.imap.host.trimmed();
    if (profile.smtp && profile.smtp->hasHost()) {
        s.smtp = *profile.smtp;
        s.smtp->host = s.smtp->host.trimmed();
    }
    s.browserSignIn = profile.auth == AccountProfile::Auth::OAuth2;
    const Provider *provider =
        providers && !profile.providerId.isEmpty() ? providers->byId(profile.providerId) : nullptr;
    if (provider) {
        QList<ServerSettings> imap{provider->imap};
        imap += provider->imapAlternatives;
        s.imap = preferImplicitTls(s.imap, imap);
        if (s.smtp) {
            QList<ServerSettings> smtp{provider->smtp};
            smtp += provider->smtpAlternatives;
            s.smtp = preferImplicitTls(*s.smtp, smtp);
        }
    }
    return s;
}

}  // namespace ipw
