#include "common/DiagnosisText.h"

#include <QCoreApplication>

namespace ipw {
namespace {

// The translation context of every string below is "DiagnosisText".
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
};

/// The texts every code has, each sentence a string of its own where the wizard shows one before "More";
/// describe() adds the provider's step.
struct GenericText {
    QString headline;
    Sentences explanation, nextStep;
};

GenericText genericText(DiagnosisCode code)
{
    switch (code) {
    case DiagnosisCode::Ok:
        return {Tr::tr("Everything works"),
                {Tr::tr("The server accepted the login name and password.")},
                {Tr::tr("Nothing to do."), Tr::tr("You can save these settings.")}};
    case DiagnosisCode::NotAttempted:
        return {Tr::tr("Not checked"),
                {Tr::tr("This server was not tried because an earlier step already failed."),
                 Tr::tr("Trying it would only have cost another login attempt.")},
                {Tr::tr("Solve the problem reported for the other server first, then check again.")}};
    case DiagnosisCode::WrongCredentials:
        return {Tr::tr("The password was not accepted"),
                {Tr::tr("The server rejected the login name or the password."),
                 Tr::tr("Passwords are case-sensitive, and many providers want a separate password for mail apps (an "
                        "\"app password\" or \"IMAP password\"), not the one you use on their website.")},
                {Tr::tr("Check the login name and the password character by character."),
                 Tr::tr("If you are not sure of the password, look it up or reissue it on your provider's site before "
                        "trying again: repeated failures can lock the account.")}};
    case DiagnosisCode::AppPasswordRequired:
        return {Tr::tr("This account needs an app password"),
                {Tr::tr("Your provider does not let mail apps sign in with your normal password."),
                 Tr::tr("This is usually because 2-Step Verification is on: mail apps need a password generated just "
                        "for them.")},
                {Tr::tr("Create an app password in your account's security settings and enter it here instead of your "
                        "normal password.")}};
    case DiagnosisCode::OauthRequired:
        return {Tr::tr("Passwords no longer work for this account"),
                {Tr::tr("The server only allows signing in through the provider's own sign-in page (OAuth)."),
                 Tr::tr("Neither your password nor an app password will be accepted.")},
                {Tr::tr("Check the account with browser sign-in instead of a password (in this app: \"Sign in with "
                        "your browser\"; on the command line: --oauth)."),
                 Tr::tr("Your mail app, too, has to sign in through the provider's page.")}};
    case DiagnosisCode::ImapDisabled:
        return {Tr::tr("IMAP access is turned off for this account"),
                {Tr::tr("The password may well be right, but the provider does not let mail apps read this mailbox "
                        "until IMAP access is turned on.")},
                {Tr::tr("Turn on IMAP access in the mail settings on your provider's website (for a work or school "
                        "account, ask the administrator), then check again.")}};
    case DiagnosisCode::WebLoginRequired:
        return {Tr::tr("The provider blocked this sign-in"),
                {Tr::tr("The provider wants you to confirm this sign-in in a web browser first, for example because it "
                        "came from a new device or place.")},
                {Tr::tr("Sign in to your account in a web browser, confirm the security notice if there is one, then "
                        "check again.")}};
    case DiagnosisCode::PasswordExpired:
        return {Tr::tr("The password has expired"),
                {Tr::tr("The server says this password must be changed before it can be used again.")},
                {Tr::tr("Change or reissue the password on your provider's site, then enter the new one here.")}};
    case DiagnosisCode::TooManyAttempts:
        return {
            Tr::tr("Too many sign-in attempts"),
            {Tr::tr("After several attempts, the server has stopped accepting sign-ins for this account for a while.")},
            {Tr::tr("Wait a while before trying again."),
             Tr::tr("Make sure no other device keeps trying an old password.")}};
    case DiagnosisCode::TooManyConnections:
        return {Tr::tr("Too many connections to this account"),
                {Tr::tr("Other devices or apps already have as many connections open as the server allows.")},
                {Tr::tr("Close the mail app on other devices for a moment, or wait a few minutes, then check again.")}};
    case DiagnosisCode::AccountLocked:
        return {Tr::tr("The account is locked"),
                {Tr::tr("The provider has locked or suspended this account, often after repeated failed sign-ins or "
                        "for security reasons.")},
                {Tr::tr("Unlock the account on your provider's website or through its support."),
                 Tr::tr("Trying again now will not help.")}};
    case DiagnosisCode::ContactAdmin:
        return {Tr::tr("The mail administrator needs to help"),
                {Tr::tr("The server says this account needs attention from its administrator before it can sign in.")},
                {Tr::tr("Contact your provider's support or your organization's mail administrator and show them the "
                        "server's message.")}};
    case DiagnosisCode::NotAuthorized:
        return {Tr::tr("This account may not use this service"),
                {Tr::tr("The server recognized the account, but the account is not allowed to use this mail server or "
                        "mailbox.")},
                {Tr::tr("Check that the login name belongs to this mailbox, and ask the provider or administrator to "
                        "allow access.")}};
    case DiagnosisCode::ServerUnavailable:
        return {Tr::tr("The server is not available right now"),
                {Tr::tr("The server answered but cannot serve the request at the moment."),
                 Tr::tr("This is usually temporary and not caused by your password.")},
                {Tr::tr("Try again later."), Tr::tr("If it lasts, check your provider's service status page.")}};
    case DiagnosisCode::ServerError:
        return {Tr::tr("The server reported an internal error"),
                {Tr::tr("The problem is on the server's side, not in your settings or your password.")},
                {Tr::tr("Try again later."),
                 Tr::tr("If it keeps happening, contact the provider and include the report.")}};
    case DiagnosisCode::TlsRequired:
        return {Tr::tr("The server requires an encrypted connection"),
                {Tr::tr("The server does not accept a password over an unencrypted connection.")},
                {Tr::tr("Choose SSL/TLS or STARTTLS as the connection security (for example port 993 for IMAP, 465 or "
                        "587 for SMTP) and check again.")}};
    case DiagnosisCode::StarttlsUnavailable:
        return {Tr::tr("The secure connection could not be started"),
                {Tr::tr("The server did not offer or did not complete the switch to encryption (STARTTLS)."),
                 Tr::tr("The password was not sent, because sending it unencrypted could expose it.")},
                {Tr::tr("Check the server name and port, or try SSL/TLS on its own port (993 for IMAP, 465 for SMTP)."),
                 Tr::tr("On a public network someone may be interfering: try another network too.")}};
    case DiagnosisCode::CertificateUntrusted:
        return {Tr::tr("The server's certificate is not trusted"),
                {Tr::tr("The server's identity could not be confirmed: its certificate is self-signed or comes from an "
                        "issuer this computer does not trust."),
                 Tr::tr("Someone could be intercepting the connection.")},
                {Tr::tr("Check the server name."),
                 Tr::tr("Trust this certificate only if your provider or administrator confirms its fingerprint.")}};
    case DiagnosisCode::CertificateExpired:
        return {Tr::tr("The server's certificate is out of date"),
                {Tr::tr("Today's date is outside the certificate's validity period."),
                 Tr::tr("Either the certificate really expired, or this computer's date and time are wrong.")},
                {Tr::tr("Check this computer's date and time first."),
                 Tr::tr("If they are right, the provider has to renew the certificate: let them know.")}};
    case DiagnosisCode::CertificateNameMismatch:
        return {
            Tr::tr("The certificate belongs to another server"),
            {Tr::tr("The server presented a certificate for a different name than the one entered."),
             Tr::tr("The server name may be mistyped, or the connection is being redirected.")},
            {Tr::tr("Compare the server name with your provider's instructions and use exactly the name they give.")}};
    case DiagnosisCode::TlsHandshakeFailed:
        return {Tr::tr("A secure connection could not be established"),
                {Tr::tr("This computer and the server could not agree on how to encrypt the connection."),
                 Tr::tr("The port may not use SSL/TLS, or the server uses outdated security settings.")},
                {Tr::tr("Check that the port and the connection security go together: for IMAP 993 with SSL/TLS or 143 "
                        "with STARTTLS; for SMTP 465 with SSL/TLS or 587 with STARTTLS.")}};
    case DiagnosisCode::DnsFailure:
        return {Tr::tr("The server name was not found"),
                {Tr::tr("The server name could not be looked up."),
                 Tr::tr("It may be mistyped, or this computer is not connected to the internet.")},
                {Tr::tr("Check the spelling of the server name and your internet connection, then check again.")}};
    case DiagnosisCode::ConnectionRefused:
        return {Tr::tr("The server refused the connection"),
                {Tr::tr("The server was reached, but nothing accepts connections on this port.")},
                {Tr::tr("Check the port number (IMAP usually 993, SMTP 465 or 587)."),
                 Tr::tr("A firewall or security software may also be blocking it.")}};
    case DiagnosisCode::Timeout:
        return {
            Tr::tr("The server did not answer in time"),
            {Tr::tr(
                "The connection or the server is very slow, or something on the network silently drops the traffic.")},
            {Tr::tr("Check your internet connection and try again."),
             Tr::tr("Some networks (offices, hotels, public Wi-Fi) block mail ports: try another network too.")}};
    case DiagnosisCode::NetworkUnreachable:
        return {Tr::tr("No network connection to the server"),
                {Tr::tr("This computer could not reach the server."),
                 Tr::tr("It may be offline, or a network setting or firewall is in the way.")},
                {Tr::tr("Check that you are connected to the internet, then check again.")}};
    case DiagnosisCode::ProtocolError:
        return {Tr::tr("The server gave an unexpected answer"),
                {Tr::tr("The server's reply did not follow the mail protocol."),
                 Tr::tr("The port may belong to another service, or the server is misbehaving.")},
                {Tr::tr("Check the server name and port."),
                 Tr::tr("If they are right, copy the report and send it to your provider's support.")}};
    case DiagnosisCode::MailboxUnavailable:
        return {Tr::tr("The inbox could not be opened"),
                {Tr::tr("The server would not open the mailbox."), Tr::tr("It may be full, busy, or not set up yet.")},
                {Tr::tr("Sign in to your webmail to check the mailbox."),
                 Tr::tr("If the problem remains, contact the provider.")}};
    case DiagnosisCode::AuthMethodUnsupported:
        return {Tr::tr("The server does not accept this way of signing in"),
                {Tr::tr("The server and this app have no password sign-in method in common, or the server requires a "
                        "stronger method.")},
                {Tr::tr("Check that the server and port are the ones your provider gives for mail apps."),
                 Tr::tr("The provider may require a different kind of sign-in.")}};
    case DiagnosisCode::Cancelled:
        return {Tr::tr("The check was cancelled"),
                {Tr::tr("The check was stopped before it finished.")},
                {Tr::tr("Start the check again when you are ready.")}};
    case DiagnosisCode::OauthNotConfigured:
        return {Tr::tr("Browser sign-in is not set up in this build"),
                {Tr::tr("Signing in through the provider's page needs a registration of this app with the provider (a "
                        "client ID), and this copy of the app has none for this provider."),
                 Tr::tr("Nothing is wrong with your account.")},
                {Tr::tr("Use an app password if your provider offers one."),
                 Tr::tr("To set up browser sign-in, register the app with the provider and put its client ID into the "
                        "file oauth-clients.ini in the app's configuration folder (the README explains how).")}};
    case DiagnosisCode::OauthConsentDenied:
        return {Tr::tr("Access was not allowed"),
                {Tr::tr("On the provider's sign-in page, access to your mail was refused."),
                 Tr::tr("Either you or a rule of your organization refused it.")},
                {Tr::tr("Sign in again and allow access to your mail when the provider asks."),
                 Tr::tr("For a work or school account, ask the administrator whether mail apps may be allowed.")}};
    case DiagnosisCode::OauthTokenRejected:
        return {Tr::tr("The mail server did not accept the sign-in"),
                {Tr::tr("You signed in with the provider, but the mail server refused the access it granted."),
                 Tr::tr("The access may have expired or been withdrawn, may not include mail (IMAP/SMTP), or may "
                        "belong to another address than the login name.")},
                {Tr::tr("Sign in with your browser again, using the same address as the login name."),
                 Tr::tr("If it is refused again, check that IMAP access is turned on for the account.")}};
    case DiagnosisCode::OauthFlowFailed:
        return {Tr::tr("Browser sign-in could not be completed"),
                {Tr::tr("The sign-in with the provider started but did not finish properly."),
                 Tr::tr("The provider's sign-in service gave an unexpected or incomplete answer.")},
                {Tr::tr("Try signing in again."),
                 Tr::tr("If it keeps failing, check your internet connection and this computer's date and time, and "
                        "include the report when you contact support.")}};
    case DiagnosisCode::OauthSignInTimeout:
        return {Tr::tr("No answer from the browser"),
                {Tr::tr("The sign-in in the browser was not finished in time, or the browser window was closed.")},
                {Tr::tr("Start the sign-in again and finish it in the browser window that opens."),
                 Tr::tr("If no window opens, copy the sign-in address into your browser yourself.")}};
    case DiagnosisCode::OauthRefreshRejected:
        return {Tr::tr("The saved sign-in is no longer valid"),
                {Tr::tr("The provider no longer accepts the saved sign-in."),
                 Tr::tr("It was withdrawn (for example after a password change or in the account's security settings) "
                        "or has expired.")},
                {Tr::tr("Sign in with your browser again to renew it.")}};
    }
    return {};
}

}  // namespace

QString DiagnosisText::nextStep() const
{
    if (providerStep.isEmpty())
        return genericStep.joined();
    return genericStep.joined() + u'\n' + providerStep.joined();
}

DiagnosisText describe(DiagnosisCode code, const Sentences &providerNextStep)
{
    const GenericText generic = genericText(code);
    return {generic.headline, generic.explanation, generic.nextStep, providerNextStep};
}

QString clockWarning()
{
    return Tr::tr("The certificate's dates suggest that this computer's clock is wrong. Set the correct date and "
                  "time, then check again.");
}

QString stageName(CheckStage stage)
{
    switch (stage) {
    case CheckStage::Resolve:
        return Tr::tr("Finding the server");
    case CheckStage::Connect:
        return Tr::tr("Connecting");
    case CheckStage::Tls:
        return Tr::tr("Securing the connection");
    case CheckStage::Greeting:
        return Tr::tr("Server greeting");
    case CheckStage::Capability:
        return Tr::tr("Checking server features");
    case CheckStage::Starttls:
        return Tr::tr("Switching to encryption (STARTTLS)");
    case CheckStage::Auth:
        return Tr::tr("Signing in");
    case CheckStage::Mailbox:
        return Tr::tr("Opening the inbox");
    }
    return toString(stage);
}

QString protocolName(QStringView protocolId)
{
    if (protocolId == u"imap")
        return Tr::tr("Incoming mail (IMAP)");
    if (protocolId == u"smtp")
        return Tr::tr("Outgoing mail (SMTP)");
    return protocolId.toString().toUpper();
}

}  // namespace ipw
