#include "DovecotOAuthConfig.h"

namespace ipw::test {

QString dovecotOAuthMechanisms()
{
    return QStringLiteral(" xoauth2 oauthbearer");
}

QString dovecotPasswordPassdbMechanisms()
{
    return QStringLiteral("  mechanisms = plain login\n");
}

// Dovecot 2.3 passdb oauth2 (https://doc.dovecot.org/2.3/configuration_manual/authentication/oauth2/). The passdb's
// `mechanisms` keeps it to the token mechanisms, as the passwd-file one is kept to PLAIN and LOGIN. A rejected
// XOAUTH2 token gets `+ <base64 JSON>` and, after the client's empty line, `NO [AUTHENTICATIONFAILED]`.
QString dovecotOAuthPassdb(const QString &settingsFile)
{
    return QStringLiteral("passdb {\n"
                          "  driver = oauth2\n"
                          "  mechanisms = xoauth2 oauthbearer\n"
                          "  args = %1\n"
                          "}\n")
        .arg(settingsFile);
}

// No tokeninfo_url: Dovecot then goes straight to introspection. introspection_mode = post sends the form `token=…`
// (RFC 7662 section 2.1). The username attribute must equal the SASL user (Dovecot compares it with the login name,
// lower-cased by the default username_format %Lu); `active` must be true. No token ever reaches Dovecot's log:
// auth_debug stays off and auth_verbose_passwords = no (dovecot.conf).
QByteArray dovecotOAuth2Settings(const QUrl &introspectionUrl)
{
    return "# Written by ipw::test::DovecotFixture::oauthInstance().\n"
           "introspection_mode = post\n"
           "introspection_url = " +
           introspectionUrl.toEncoded() +
           "\n"
           "username_attribute = username\n"
           "active_attribute = active\n"
           "active_value = true\n"
           "timeout_msecs = 10000\n";
}

}  // namespace ipw::test
