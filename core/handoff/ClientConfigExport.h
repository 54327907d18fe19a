#pragma once
// One account's settings as a Thunderbird clientConfig file (the format ClientConfig imports), so they re-import
// here (--provider-file) or into Thunderbird.

#include "handoff/HandoffSettings.h"
#include "providers/ClientConfig.h"

namespace ipw {

struct Provider;

/// The account as a clientConfig: its one IMAP and (if any) SMTP server, each with its login written as
/// %EMAILADDRESS% or %EMAILLOCALPART% where it is one of those, literally otherwise; "OAuth2" and the provider's
/// endpoints for a browser sign-in, "password-cleartext" (the password inside TLS) otherwise. No password.
///
///     QByteArray xml = clientConfigFor(settings, providers.byId(settings.providerId)).toXml();
///     auto back = ClientConfig::fromXml(xml, u"export.xml"_s, &error);
///     expandUsernameTemplate(back->imap.first().usernameTemplate, settings.address) == settings.imapLogin
ClientConfig clientConfigFor(const HandoffSettings &settings, const Provider *provider = nullptr);

/// The same servers as a file for Thunderbird's ISPDB (https://github.com/thunderbird/autoconfig), which serves one
/// file per domain to everyone at that domain: nothing of this user in it. The names are the domain (not the
/// address), a login is %EMAILADDRESS% or %EMAILLOCALPART% or left out (a literal login is this user's). No
/// password. The wizard offers it for servers found by SRV or MX and verified; nothing is uploaded.
///
///     QByteArray xml = ispdbClientConfigFor(HandoffSettings::fromProfile(profile)).toXml();
///     ClientConfig::fromXml(xml, u"example.com.xml"_s, &error)->domains == QStringList{u"example.com"_s}
ClientConfig ispdbClientConfigFor(const HandoffSettings &settings, const Provider *provider = nullptr);

}  // namespace ipw
