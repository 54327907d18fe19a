#include "diagnosis/Classifier.h"
#include "TestEnv.h"
#include "diagnosis/ProviderTexts.h"

#include "CatchQt.h"
#include <QFile>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using D = ipw::DiagnosisCode;

namespace Catch {
template<> struct StringMaker<ipw::DiagnosisCode> {
    static std::string convert(ipw::DiagnosisCode code) { return ipw::toString(code).toStdString(); }
};
}  // namespace Catch

namespace {

D imapLogin(const char *status, const char *code, const char *text)
{
    return ipw::classifyImapRejection({QByteArray(status), QByteArray(code), QByteArray(text)});
}

D imapMailbox(const char *status, const char *code, const char *text)
{
    return ipw::classifyImapMailboxFailure({QByteArray(status), QByteArray(code), QByteArray(text)});
}

D smtp(int code, const char *enhanced, const char *text)
{
    return ipw::classifySmtpRejection({code, QByteArray(enhanced), QByteArray(text)});
}

QSslCertificate datedCertificate()
{
    QFile file(ipw::test::testDataDir() + u"/dated-cert.pem"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QSslCertificate cert(file.readAll(), QSsl::Pem);
    REQUIRE_FALSE(cert.isNull());
    return cert;
}

}  // namespace

TEST_CASE("IMAP login: RFC 5530 response codes decide before the status")
{
    CHECK(imapLogin("NO", "AUTHENTICATIONFAILED", "Authentication failed.") == D::WrongCredentials);
    CHECK(imapLogin("NO", "AUTHORIZATIONFAILED", "No access") == D::NotAuthorized);
    CHECK(imapLogin("NO", "EXPIRED", "Password expired") == D::PasswordExpired);
    CHECK(imapLogin("NO", "PRIVACYREQUIRED", "Plaintext authentication disallowed") == D::TlsRequired);
    CHECK(imapLogin("NO", "CONTACTADMIN", "Ask your admin") == D::ContactAdmin);
    CHECK(imapLogin("NO", "UNAVAILABLE", "Temporary authentication failure.") == D::ServerUnavailable);
    CHECK(imapLogin("NO", "LIMIT", "Too many sessions") == D::TooManyConnections);
    CHECK(imapLogin("NO", "INUSE", "Session in use") == D::TooManyConnections);
    CHECK(imapLogin("NO", "NOPERM", "Not allowed") == D::NotAuthorized);
    CHECK(imapLogin("NO", "SERVERBUG", "Oops") == D::ServerError);
    CHECK(imapLogin("NO", "CORRUPTION", "Index broken") == D::ServerError);
    CHECK(imapLogin("NO", "CANNOT", "Never") == D::ServerError);
    CHECK(imapLogin("NO", "CLIENTBUG", "Bad client") == D::ProtocolError);
    CHECK(imapLogin("NO", "OVERQUOTA", "Mailbox full") == D::MailboxUnavailable);
    CHECK(imapLogin("NO", "NONEXISTENT", "No such user") == D::WrongCredentials);
    CHECK(imapLogin("NO", "WEBALERT", "Sign in at the web page") == D::WebLoginRequired);
    // Code atoms are compared upper-case, as RFC 3501 atoms are case-insensitive.
    CHECK(imapLogin("no", "authenticationfailed", "x") == D::WrongCredentials);
    // A code on BAD or BYE still decides.
    CHECK(imapLogin("BAD", "PRIVACYREQUIRED", "x") == D::TlsRequired);
    CHECK(imapLogin("BYE", "UNAVAILABLE", "Shutting down") == D::ServerUnavailable);
}

TEST_CASE("IMAP login: a bare NO is wrong-credentials only when nothing says otherwise")
{
    CHECK(imapLogin("NO", "", "LOGIN failed.") == D::WrongCredentials);
    CHECK(imapLogin("NO", "ALERT", "Your password is wrong") == D::WrongCredentials);  // ALERT only informs
    CHECK(imapLogin("NO", "ALERT", "Application-specific password required: https://x (Failure)") ==
          D::AppPasswordRequired);
    CHECK(imapLogin("NO", "", "Basic authentication is disabled.") == D::OauthRequired);
    CHECK(imapLogin("BAD", "", "Command syntax error") == D::ProtocolError);
    CHECK(imapLogin("BYE", "", "Server shutting down") == D::ServerUnavailable);
    CHECK(imapLogin("", "", "") == D::ProtocolError);
}

TEST_CASE("IMAP: provider texts win over the generic code where they are more specific")
{
    // Dovecot says UNAVAILABLE, but the text names the real cause: this user has too many sessions open.
    CHECK(imapLogin("NO", "UNAVAILABLE",
                    "Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)") ==
          D::TooManyConnections);
    CHECK(imapLogin("NO", "ALERT", "Too many simultaneous connections. (Failure)") == D::TooManyConnections);
    CHECK(imapLogin("NO", "ALERT", "Please log in via your web browser: https://support.google.com/x (Failure)") ==
          D::WebLoginRequired);
    CHECK(imapLogin("NO", "ALERT", "Your account is not enabled for IMAP use. Please visit your Gmail settings") ==
          D::ImapDisabled);
    CHECK(imapLogin("NO", "ALERT",
                    "IMAP access is disabled for your domain. Please contact your domain administrator.") ==
          D::ImapDisabled);
    CHECK(imapLogin("NO", "AUTHENTICATIONFAILED", "Web login required.") == D::WebLoginRequired);
    // Matching ignores ASCII case but needs the server's words.
    CHECK(imapLogin("NO", "", "BASIC AUTHENTICATION IS DISABLED") == D::OauthRequired);
    CHECK(imapLogin("NO", "", "Basic auth disabled") == D::WrongCredentials);
    // An SMTP-only row does not apply to IMAP.
    CHECK(imapLogin("NO", "", "SmtpClientAuthentication is disabled for the Tenant") == D::WrongCredentials);
}

TEST_CASE("IMAP mailbox failures after login")
{
    CHECK(imapMailbox("NO", "", "Mailbox doesn't exist: INBOX") == D::MailboxUnavailable);
    CHECK(imapMailbox("NO", "NONEXISTENT", "Mailbox doesn't exist") == D::MailboxUnavailable);
    CHECK(imapMailbox("NO", "INUSE", "Mailbox is locked") == D::MailboxUnavailable);
    CHECK(imapMailbox("NO", "LIMIT", "Too many") == D::MailboxUnavailable);
    CHECK(imapMailbox("NO", "OVERQUOTA", "Quota exceeded") == D::MailboxUnavailable);
    CHECK(imapMailbox("NO", "NOPERM", "Permission denied") == D::NotAuthorized);
    CHECK(imapMailbox("NO", "UNAVAILABLE", "Try later") == D::ServerUnavailable);
    CHECK(imapMailbox("NO", "SERVERBUG", "Internal error occurred") == D::ServerError);
    CHECK(imapMailbox("NO", "CONTACTADMIN", "x") == D::ContactAdmin);
    CHECK(imapMailbox("BAD", "", "Error in IMAP command") == D::ProtocolError);
    CHECK(imapMailbox("BYE", "", "Disconnected for inactivity") == D::ServerUnavailable);
    CHECK(imapMailbox("NO", "ALERT", "Your account is not enabled for IMAP use.") == D::ImapDisabled);
}

TEST_CASE("SMTP: RFC 4954 AUTH replies")
{
    CHECK(smtp(535, "5.7.8", "Authentication credentials invalid") == D::WrongCredentials);
    CHECK(smtp(535, "", "Authentication failed") == D::WrongCredentials);
    // Exchange answers bad credentials with 535 5.7.3 / 5.7.139; the reply code decides.
    CHECK(smtp(535, "5.7.3", "Authentication unsuccessful") == D::WrongCredentials);
    CHECK(smtp(535, "5.7.139", "Authentication unsuccessful, the user credentials were incorrect.") ==
          D::WrongCredentials);
    // 534 5.7.9 "mechanism too weak": app-password-required only when the provider's words say so.
    CHECK(smtp(534, "5.7.9", "Authentication mechanism is too weak") == D::AuthMethodUnsupported);
    CHECK(smtp(534, "5.7.9", "Application-specific password required. For more information, go to\nhttps://x") ==
          D::AppPasswordRequired);
    CHECK(smtp(534, "5.7.9", "Please log in with your web browser and then try again. Learn more at\nhttps://x") ==
          D::WebLoginRequired);
    CHECK(smtp(534, "5.7.14",
               "<https://accounts.google.com/x> Please log in via your web browser and\nthen try again.") ==
          D::WebLoginRequired);
    // A phrase wrapped across reply lines still matches.
    CHECK(smtp(454, "4.7.0", "Too many login\nattempts, please try again later.") == D::TooManyAttempts);
    CHECK(smtp(530, "5.7.0", "Must issue a STARTTLS command first.") == D::TlsRequired);
    CHECK(smtp(530, "", "Must issue a STARTTLS command first") == D::TlsRequired);
    CHECK(smtp(538, "5.7.11", "Encryption required for requested authentication mechanism") == D::TlsRequired);
    CHECK(smtp(454, "4.7.0", "Temporary authentication failure") == D::ServerUnavailable);
    CHECK(smtp(454, "4.7.0", "Too many login attempts, please try again later.") == D::TooManyAttempts);
    CHECK(smtp(432, "4.7.12", "A password transition is needed") == D::PasswordExpired);
    CHECK(smtp(504, "5.5.4", "Unrecognized authentication type") == D::AuthMethodUnsupported);
    CHECK(smtp(502, "5.5.1", "Command not implemented") == D::AuthMethodUnsupported);
    CHECK(smtp(535, "5.7.139", "Authentication unsuccessful, basic authentication is disabled.") == D::OauthRequired);
    CHECK(smtp(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.") ==
          D::ContactAdmin);
}

TEST_CASE("SMTP: RFC 5248 x.7.13 is a disabled account, whatever the words")
{
    CHECK(smtp(535, "5.7.13", "Authentication failed") == D::AccountLocked);
    CHECK(smtp(454, "4.7.13", "Try later") == D::AccountLocked);
    CHECK(smtp(535, "4.7.13", "x") == D::WrongCredentials);  // class mismatch: ignored
}

// Words that mislead on their own: a phrase decides only with its context, and a refusal that merely mentions a
// lock, an outage or a busy server stays what its code says. The texts below are constructed to test that rule
// (real replies are in tests/data/replies/).
TEST_CASE("single misleading words do not decide")
{
    CHECK(imapLogin("NO", "AUTHENTICATIONFAILED", "Invalid credentials; the account is locked after 5 failures") ==
          D::WrongCredentials);
    CHECK(imapLogin("NO", "", "Login failed: server busy or password wrong") == D::WrongCredentials);
    CHECK(imapLogin("NO", "AUTHENTICATIONFAILED", "Authentication unavailable for this password") ==
          D::WrongCredentials);
    CHECK(smtp(535, "5.7.8", "Authentication failed, try again later") == D::WrongCredentials);
    CHECK(smtp(535, "5.7.8", "Error: authentication failed: account locked?") == D::WrongCredentials);
    // "Contact your administrator" is a tenant policy only in Microsoft's 5.7.139 family.
    CHECK(smtp(535, "5.7.139", "Authentication unsuccessful, x. Contact your administrator.") == D::ContactAdmin);
    CHECK(smtp(535, "5.7.8", "Authentication failed. Contact your administrator.") == D::WrongCredentials);
    CHECK(smtp(535, "", "Authentication failed. Contact your administrator.") == D::WrongCredentials);
    // "user is locked by ... security defaults policy" is a policy, not a locked account.
    CHECK(smtp(535, "5.7.139",
               "Authentication unsuccessful, user is locked by your organization's security "
               "defaults policy.") == D::ContactAdmin);
    // IMAP's UNAVAILABLE next to "account" is still a temporary refusal.
    CHECK(imapLogin("NO", "UNAVAILABLE", "Account is temporarily unavailable.") == D::ServerUnavailable);
}

TEST_CASE("SMTP: other replies by class")
{
    CHECK(smtp(421, "4.3.2", "Service not available, closing transmission channel") == D::ServerUnavailable);
    CHECK(smtp(421, "", "Too many connections") == D::ServerUnavailable);
    CHECK(smtp(451, "4.3.0", "Local error") == D::ServerUnavailable);
    CHECK(smtp(500, "5.5.2", "Syntax error") == D::ProtocolError);
    CHECK(smtp(501, "5.5.4", "Invalid base64") == D::ProtocolError);
    CHECK(smtp(503, "5.5.1", "Bad sequence of commands") == D::ProtocolError);
    CHECK(smtp(554, "5.7.1", "Access denied") == D::NotAuthorized);
    CHECK(smtp(554, "", "No SMTP service here") == D::ServerError);
    CHECK(smtp(550, "5.1.1", "x") == D::ServerError);
    CHECK(smtp(250, "2.0.0", "OK") == D::ProtocolError);
    CHECK(smtp(0, "", "") == D::ProtocolError);
    // An enhanced code whose class contradicts the reply code is ignored (RFC 3463 §2).
    CHECK(smtp(454, "5.7.8", "x") == D::ServerUnavailable);
    CHECK(smtp(535, "4.7.12", "x") == D::WrongCredentials);
}

TEST_CASE("the provider-text table is data with a source on every row")
{
    const auto rows = ipw::providerTexts();
    REQUIRE(rows.size() >= 10);
    std::set<std::string> needles;
    for (const ipw::ProviderText &row : rows) {
        INFO(row.needle);
        CHECK(std::string(row.needle).size() >= 10);
        // A phrase, never a single word ("locked", "unavailable", "busy" mislead elsewhere); the one exception is a
        // non-ASCII needle (QQ's GBK text, where words are not separated by spaces).
        const std::string needle(row.needle);
        const bool ascii = std::all_of(needle.begin(), needle.end(), [](char c) { return (c & 0x80) == 0; });
        CHECK((!ascii || needle.find(' ') != std::string::npos));
        CHECK(std::string(row.source).size() >= 10);
        CHECK(needles.insert(row.needle).second);
        // Each row is reachable: its own needle is classified as its own code for its protocol.
        const auto protocol = row.protocol == ipw::ProviderTextProtocol::Smtp ? ipw::ProviderTextProtocol::Smtp
                                                                              : ipw::ProviderTextProtocol::Imap;
        const QByteArray code = row.whenCode ? QByteArray(row.whenCode) : QByteArray();
        CHECK(ipw::matchProviderText(protocol, QByteArray(row.needle), code) == row.code);
        // A row that needs a code does not apply without it.
        if (row.whenCode)
            CHECK(ipw::matchProviderText(protocol, QByteArray(row.needle)) != row.code);
    }
    CHECK_FALSE(ipw::matchProviderText(ipw::ProviderTextProtocol::Imap, "Invalid credentials (Failure)"));
    CHECK_FALSE(ipw::matchProviderText(ipw::ProviderTextProtocol::Any, ""));
}

TEST_CASE("socket errors")
{
    using S = QAbstractSocket;
    CHECK(ipw::classifySocketError(S::HostNotFoundError) == D::DnsFailure);
    CHECK(ipw::classifySocketError(S::ConnectionRefusedError) == D::ConnectionRefused);
    CHECK(ipw::classifySocketError(S::SocketTimeoutError) == D::Timeout);
    CHECK(ipw::classifySocketError(S::NetworkError) == D::NetworkUnreachable);
    CHECK(ipw::classifySocketError(S::SocketAccessError) == D::NetworkUnreachable);
    CHECK(ipw::classifySocketError(S::RemoteHostClosedError) == D::ServerUnavailable);
    CHECK(ipw::classifySocketError(S::SslHandshakeFailedError) == D::TlsHandshakeFailed);
    CHECK(ipw::classifySocketError(S::SslInternalError) == D::TlsHandshakeFailed);
    CHECK(ipw::classifySocketError(S::ProxyConnectionRefusedError) == D::ConnectionRefused);
    CHECK(ipw::classifySocketError(S::ProxyConnectionTimeoutError) == D::Timeout);
    CHECK(ipw::classifySocketError(S::UnknownSocketError) == D::NetworkUnreachable);
    // Every value maps to a network-level code, never to one that blames the password.
    for (int value = int(S::UnknownSocketError); value <= int(S::OperationError); ++value) {
        const D code = ipw::classifySocketError(S::SocketError(value));
        CHECK(code != D::WrongCredentials);
        CHECK(code != D::Ok);
    }
}

TEST_CASE("certificate errors: the most important first")
{
    const QSslCertificate cert = datedCertificate();
    auto errors = [&](std::initializer_list<QSslError::SslError> list) {
        QList<QSslError> result;
        for (QSslError::SslError e : list)
            result.append(QSslError(e, cert));
        return result;
    };
    CHECK(ipw::classifySslErrors({}) == D::Ok);
    CHECK(ipw::classifySslErrors(errors({QSslError::NoError})) == D::Ok);
    CHECK(ipw::classifySslErrors(errors({QSslError::SelfSignedCertificate})) == D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::UnableToGetLocalIssuerCertificate})) == D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::SelfSignedCertificateInChain})) == D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateRevoked})) == D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateUntrusted})) == D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::HostNameMismatch})) == D::CertificateNameMismatch);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateExpired})) == D::CertificateExpired);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateNotYetValid})) == D::CertificateExpired);
    CHECK(ipw::classifySslErrors(errors({QSslError::NoPeerCertificate})) == D::TlsHandshakeFailed);
    // Combinations, in any order.
    CHECK(ipw::classifySslErrors(errors({QSslError::HostNameMismatch, QSslError::SelfSignedCertificate})) ==
          D::CertificateUntrusted);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateExpired, QSslError::HostNameMismatch})) ==
          D::CertificateNameMismatch);
    CHECK(ipw::classifySslErrors(errors({QSslError::CertificateExpired, QSslError::UnableToGetLocalIssuerCertificate,
                                         QSslError::HostNameMismatch})) == D::CertificateUntrusted);
}

TEST_CASE("clockLooksWrong: not yet valid, or expired long ago")
{
    const QSslCertificate cert = datedCertificate();
    const QDateTime expiry = cert.expiryDate();
    const QList<QSslError> expired{QSslError(QSslError::CertificateExpired, cert)};
    const QList<QSslError> notYetValid{QSslError(QSslError::CertificateNotYetValid, cert)};

    CHECK(ipw::clockLooksWrong(notYetValid, cert, cert.effectiveDate().addDays(-10)));
    CHECK_FALSE(ipw::clockLooksWrong(expired, cert, expiry.addDays(3)));  // expired last week: the server
    CHECK_FALSE(ipw::clockLooksWrong(expired, cert, expiry.addMonths(23)));
    CHECK(ipw::clockLooksWrong(expired, cert, expiry.addYears(2).addDays(2)));  // years ago: our clock
    CHECK(ipw::clockLooksWrong(expired, cert, expiry.addYears(10)));
    // The certificate in the error counts; the separate argument is the fallback for errors without one.
    CHECK(ipw::clockLooksWrong({QSslError(QSslError::CertificateExpired)}, cert, expiry.addYears(5)));
    // No date error, no clock question.
    CHECK_FALSE(ipw::clockLooksWrong({QSslError(QSslError::SelfSignedCertificate, cert)}, cert, expiry.addYears(5)));
    CHECK_FALSE(ipw::clockLooksWrong({}, cert, expiry.addYears(5)));
}
