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
    // App passwords. Gmail, 2-Step Verification on: a normal password is refused, an app password is needed.
    ProviderText{P::Any, "Application-specific password required", D::AppPasswordRequired,
                 "transcripts/gmail-imap-app-password-required.txt (mutt-wizard#831); "
                 "transcripts/gmail-smtp-app-password-required.txt (bberkay/openmail#1)"},
    // QQ Mail: its "authorization code" (授权码) is a per-app password; in English, or in GBK on older servers.
    ProviderText{P::Smtp, "Please enter your authorization code", D::AppPasswordRequired,
                 "replies/qq-smtp-authorization-code.txt (YMFE/yapi#2219, louislam/uptime-kuma#3434)"},
    ProviderText{P::Smtp,
                 "\xc7\xeb\xca\xb9\xd3\xc3\xca\xda\xc8\xa8\xc2\xeb\xb5\xc7\xc2\xbc",  // 请使用授权码登录 in GBK
                 D::AppPasswordRequired, "replies/qq-smtp-authorization-code-gbk.txt (pandolia/qqbot#221, #36)"},
    // Mail.ru: "NEOBHODIM parol prilozheniya" (Russian in Latin letters: an application password is required).
    ProviderText{P::Any, "parol prilozheniya", D::AppPasswordRequired,
                 "replies/mailru-smtp-app-password.txt (lmanukyan/print-designer#5); "
                 "replies/mailru-imap-app-password.txt (thunderbird/thunderbird-android#9069)"},
    // SendGrid with two-factor sign-in: the SMTP password must be a generated API key.
    ProviderText{P::Smtp, "Basic authentication is not allowed with 2FA enabled", D::AppPasswordRequired,
                 "replies/sendgrid-smtp-basic-auth-with-2fa.txt (sendgrid/sendgrid-nodejs#1266)"},
    // IMAP switched off. Gmail, in its settings (consumer) or by the Workspace administrator (domain).
    ProviderText{P::Imap, "not enabled for IMAP use", D::ImapDisabled,
                 "transcripts/gmail-imap-not-enabled.txt (mozilla-b2g/gaia-email-libs-and-more error classifier)"},
    ProviderText{P::Imap, "IMAP access is disabled for your domain", D::ImapDisabled,
                 "mozilla-b2g/gaia-email-libs-and-more error classifier and its 'gmail IMAP domain disabled' test"},
    // Gmail: a Google Family Link account of a child may not use IMAP at all; the password is not the problem.
    ProviderText{P::Imap, "IMAP access is not allowed for this account", D::ImapDisabled,
                 "replies/gmail-imap-family-link-not-allowed.txt (M66B/FairEmail FAQ.md)"},
    // Yandex names both causes in one reply ("invalid credentials or IMAP is disabled"); IMAP off is the one the user
    // cannot find out any other way, and the server's words are shown with the diagnosis.
    ProviderText{P::Imap, "or IMAP is disabled", D::ImapDisabled,
                 "replies/yandex-imap-invalid-or-imap-disabled.txt (Foundry376/Mailspring#2111, #904)"},
    // Microsoft: passwords (and app passwords) no longer accepted; OAuth2 only. IMAP and SMTP word it alike.
    ProviderText{P::Any, "basic authentication is disabled", D::OauthRequired,
                 "transcripts/outlook-imap-basic-auth-disabled.txt (holon-run/uxc#445); "
                 "replies/m365-smtp-basic-auth-disabled.txt (nodemailer#1714); SMTP: rpremraj/mailR#107"},
    // Exchange Online: AUTHENTICATE answered OK, then every command refused: the login is not allowed to open this
    // mailbox (IMAP off for it, or a token for another mailbox or without its scope). core/net makes it
    // oauth-token-rejected after a token.
    ProviderText{P::Imap, "User is authenticated but not connected", D::NotAuthorized,
                 "IMAP BAD after AUTHENTICATE OK: jstedfast/MailKit#1494, imapsync/imapsync#411, "
                 "simonrob/email-oauth2-proxy#275"},
    // Microsoft 365 tenant policies: SMTP AUTH switched off, security defaults, Conditional Access. Only the
    // administrator can change them. 5.7.139 alone proves nothing ("the user credentials were incorrect" too), and
    // "user is locked by ... security defaults policy" is a policy, not a locked account.
    ProviderText{P::Smtp, "SmtpClientAuthentication is disabled", D::ContactAdmin,
                 "replies/m365-smtp-auth-disabled-tenant.txt (simonrob/email-oauth2-proxy#193); nodemailer#1484"},
    ProviderText{P::Smtp, "security defaults policy", D::ContactAdmin,
                 "replies/m365-smtp-security-defaults.txt (muugi2/inspection-app-back-end)", "5.7.139"},
    ProviderText{P::Smtp, "Contact your administrator", D::ContactAdmin,
                 "replies/m365-smtp-conditional-access.txt (ItalcolColombia/App_SanMarino)", "5.7.139"},
    // A sign-in blocked until the user confirms it in a browser. Gmail ("less secure app", new location):
    ProviderText{P::Any, "log in via your web browser", D::WebLoginRequired,
                 "IMAP [ALERT]: barbushin/php-imap#87, mailcow/mailcow-dockerized#4277; "
                 "SMTP 534 5.7.14: replies/gmail-smtp-web-login-multiline.txt (nodemailer#508), node-red-nodes#284"},
    ProviderText{P::Smtp, "log in with your web browser", D::WebLoginRequired,
                 "SMTP 534 5.7.9 (p=WebLoginRequired): kootenpv/yagmail#111, nodemailer/nodemailer#653"},
    ProviderText{P::Any, "Web login required", D::WebLoginRequired,
                 "IMAP * NO [WEBALERT ...] Web login required.: smiley22/S22.Imap#116, MailCore/mailcore2#876"},
    // Outlook.com: "Account is blocked. Login to your account via a web browser to verify your identity."
    ProviderText{P::Any, "via a web browser to verify your identity", D::WebLoginRequired,
                 "replies/outlook-imap-account-blocked.txt (mscdex/node-imap#799)"},
    // An account disabled by the provider (SendGrid: banned); RFC 5248's x.7.13 says the same as a code.
    ProviderText{P::Smtp, "account disabled", D::AccountLocked,
                 "replies/sendgrid-smtp-account-disabled.txt (sendgrid/docs#5809)"},
    // Rate limits: too many logins in a short time vs too many connections open at once.
    ProviderText{P::Any, "Too many login attempts", D::TooManyAttempts,
                 "SMTP 454 4.7.0 (Gmail): nodemailer/nodemailer#1388, gophish/gophish#1836"},
    ProviderText{P::Any, "Too many bad auth attempts", D::TooManyAttempts,
                 "replies/yahoo-smtp-too-many-bad-auth.txt (PHPMailer#3291, nodemailer#1112, lua-resty-mail#4)"},
    ProviderText{P::Imap, "limit for logins", D::TooManyAttempts,
                 "replies/fastmail-imap-login-rate-limit.txt (LogicLabs-OU/OpenArchiver#37)"},
    ProviderText{P::Imap, "Too many simultaneous connections", D::TooManyConnections,
                 "IMAP NO [ALERT] (Gmail): zone-eu/wildduck#35, dinhvh/libetpan#160"},
    ProviderText{P::Imap, "Maximum number of connections from user+IP exceeded", D::TooManyConnections,
                 "IMAP NO [UNAVAILABLE] (Dovecot mail_max_userip_connections): mscdex/node-imap#606, #882"},
    // Dovecot's own failure ("NO [SERVERBUG] Internal error occurred. Refer to server log …"; also as a BYE right after
    // the login, where the status alone would read as a passing outage).
    ProviderText{P::Imap, "Internal error occurred", D::ServerError,
                 "replies/dovecot-imap-internal-error-bye.txt (the-djmaze/snappymail#1627); "
                 "replies/dovecot-imap-serverbug-select.txt (imapsync/imapsync#346)"},
    // Exchange throttling a client ("NO Server Unavailable. 15"): temporary, not the mailbox.
    ProviderText{P::Imap, "Server Unavailable.", D::ServerUnavailable,
                 "replies/exchange-imap-server-unavailable.txt (lefcha/imapfilter#146)"},
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

std::optional<DiagnosisCode> matchProviderText(ProviderTextProtocol protocol, QByteArrayView serverText,
                                               QByteArrayView replyCode)
{
    for (const ProviderText &row : rows) {
        const bool protocolFits = row.protocol == P::Any || protocol == P::Any || row.protocol == protocol;
        const bool codeFits =
            !row.whenCode || QByteArrayView(row.whenCode).compare(replyCode, Qt::CaseInsensitive) == 0;
        if (protocolFits && codeFits && containsIgnoringAsciiCase(serverText, QByteArrayView(row.needle)))
            return row.code;
    }
    return std::nullopt;
}

}  // namespace ipw
