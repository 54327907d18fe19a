#pragma once
// What DovecotFixture::oauthInstance() adds to the ordinary test Dovecot's configuration: SASL XOAUTH2 and
// OAUTHBEARER through passdb oauth2, which asks OAuthServerFixture::shared()'s introspection endpoint about each token.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ipw::test {

/// The two SASL mechanisms for bearer tokens, added to `auth_mechanisms` after "plain login".
QString dovecotOAuthMechanisms();
/// The line that keeps the passwd-file passdb to PLAIN and LOGIN (it must not see a token as a password).
QString dovecotPasswordPassdbMechanisms();
/// The passdb block for bearer tokens; `settingsFile` is where dovecotOAuth2Settings() is written.
QString dovecotOAuthPassdb(const QString &settingsFile);
/// The passdb oauth2 settings file (dovecot-oauth2.conf.ext): RFC 7662 introspection by POST at `introspectionUrl`.
QByteArray dovecotOAuth2Settings(const QUrl &introspectionUrl);

}  // namespace ipw::test
