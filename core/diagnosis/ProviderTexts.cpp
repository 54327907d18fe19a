#include "diagnosis/ProviderTexts.h"

#include <QByteArray>

#include <array>

namespace ipw {
namespace {

using P = ProviderTextProtocol;
using D = DiagnosisCode;

// Server texts that say more than the reply codes around them. Data, not logic: add a row (with its source, and a
// transcript in tests/data/transcripts/ where there is one) rather than an `if` in the classifier. Rows are tried in
// order; put a more specific text before a more general one. docs/diagnosis.md lists the same table for readers.
constexpr std::array rows{
    // Gmail, 2-Step Verification on: a normal password is refused, an app password is needed.
    ProviderText{P::Any, "Application-specific password required", D::AppPasswordRequired,
                 "transcripts/gmail-imap-app-password-required.txt (mutt-wizard#831); "
                 "transcripts/gmail-smtp-app-password-required.txt (bberkay/openmail#1)"},
    // Gmail with IMAP switched off in its settings (consumer) or by the Workspace administrator (domain).
    ProviderText{P::Imap, "not enabled for IMAP use", D::ImapDisabled,
                 "transcripts/gmail-imap-not-enabled.txt (mozilla-b2g/gaia-email-libs-and-more error classifier)"},
    ProviderText{P::Imap, "IMAP access is disabled for your domain", D::ImapDisabled,
                 "mozilla-b2g/gaia-email-libs-and-more error classifier and its 'gmail IMAP domain disabled' test"},
    // Microsoft: passwords (and app passwords) no longer accepted; OAuth2 only. IMAP and SMTP word it alike.
    ProviderText{P::Any, "basic authentication is disabled", D::OauthRequired,
                 "transcripts/outlook-imap-basic-auth-disabled.txt (holon-run/uxc#445); "
                 "SMTP 535 5.7.139: rpremraj/mailR#107, nodemailer/nodemailer#1714"},
    // Exchange Online: AUTHENTICATE answered OK, then every command refused: the login is not allowed to open this
    // mailbox (IMAP off for it, or a token for another mailbox or without its scope). core/net makes it
    // oauth-token-rejected after a token.
    ProviderText{P::Imap, "User is authenticated but not connected", D::NotAuthorized,
                 "IMAP BAD after AUTHENTICATE OK: jstedfast/MailKit#1494, imapsync/imapsync#411, "
                 "simonrob/email-oauth2-proxy#275"},
    // Microsoft 365 tenant whose administrator switched SMTP AUTH off: only the administrator can change it.
    ProviderText{P::Smtp, "SmtpClientAuthentication is disabled", D::ContactAdmin,
                 "SMTP 535 5.7.139 ... disabled for the Tenant: nodemailer/nodemailer#1484"},
    // Gmail: the sign-in was blocked until the user confirms it in a browser ("less secure app", new location).
    ProviderText{P::Any, "log in via your web browser", D::WebLoginRequired,
                 "IMAP [ALERT]: barbushin/php-imap#87, mailcow/mailcow-dockerized#4277; "
                 "SMTP 534 5.7.14: node-red/node-red-nodes#284, firebase/functions-samples#39"},
    ProviderText{P::Smtp, "log in with your web browser", D::WebLoginRequired,
                 "SMTP 534 5.7.9 (p=WebLoginRequired): kootenpv/yagmail#111, nodemailer/nodemailer#653"},
    ProviderText{P::Any, "Web login required", D::WebLoginRequired,
                 "IMAP * NO [WEBALERT ...] Web login required.: smiley22/S22.Imap#116, MailCore/mailcore2#876"},
    // Rate limits: too many logins in a short time vs too many connections open at once.
    ProviderText{P::Any, "Too many login attempts", D::TooManyAttempts,
                 "SMTP 454 4.7.0 (Gmail): nodemailer/nodemailer#1388, gophish/gophish#1836"},
    ProviderText{P::Imap, "Too many simultaneous connections", D::TooManyConnections,
                 "IMAP NO [ALERT] (Gmail): zone-eu/wildduck#35, dinhvh/libetpan#160"},
    ProviderText{P::Imap, "Maximum number of connections from user+IP exceeded", D::TooManyConnections,
                 "IMAP NO [UNAVAILABLE] (Dovecot mail_max_userip_connections): mscdex/node-imap#606, #882"},
};

// QByteArray::toLower() changes ASCII letters only, so this never depends on a locale. Whitespace runs count as one
// space: a multi-line SMTP reply may wrap a phrase ("Please log in via your web browser and\nthen try again").
bool containsIgnoringAsciiCase(QByteArrayView haystack, QByteArrayView needle)
{
    return haystack.toByteArray().simplified().toLower().contains(needle.toByteArray().simplified().toLower());
}

}  // namespace

std::span<const ProviderText> providerTexts()
{
    return rows;
}

std::optional<DiagnosisCode> matchProviderText(ProviderTextProtocol protocol, QByteArrayView serverText)
{
    for (const ProviderText &row : rows) {
        const bool protocolFits = row.protocol == P::Any || protocol == P::Any || row.protocol == protocol;
        if (protocolFits && containsIgnoringAsciiCase(serverText, QByteArrayView(row.needle)))
            return row.code;
    }
    return std::nullopt;
}

}  // namespace ipw
