#pragma once
// Shared by the wizard's GUI tests and the screenshot tool: a providers folder whose "fixturemail" provider points
// at the test Dovecot on 127.0.0.1, and helpers that drive the real SetupWizard.

#include "AccountDraft.h"
#include "SetupWizard.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace ipw::test {

/// The secret the keychain holds for a saved account (std::nullopt when there is none or the read failed).
/// Tests compare it; they never print it.
std::optional<QString> keychainSecret(const QString &address);

/// A temporary providers folder (IPW_PROVIDERS_DIR) with fixturemail.json: IMAP and SMTP on 127.0.0.1 at the
/// Dovecot fixture's implicit-TLS ports, with a status page, a support page and reissue steps of its own.
class FixtureProviders {
public:
    FixtureProviders(quint16 imapPort, quint16 smtpPort);
    QString folder() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid() && m_written; }

private:
    QTemporaryDir m_dir;
    bool m_written = false;
};

/// A temporary providers folder for browser sign-in against local fixtures: "fixtureoauth" (auth ["oauth2"] only,
/// like Outlook.com) and "fixturegmail" (an app password or oauth2, like Gmail). Their oauth2 endpoints are the
/// given authorization server's (issuer oauthIssuer()); IMAP and SMTP are on 127.0.0.1 at the given implicit-TLS
/// ports (DovecotFixture::oauthInstance()).
class OAuthFixtureProviders {
public:
    OAuthFixtureProviders(quint16 imapPort, quint16 smtpPort, const QUrl &authorizeUrl, const QUrl &tokenUrl);
    QString folder() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid() && m_written; }
    static QString oauthIssuer() { return QStringLiteral("auth.example.test"); }

private:
    QTemporaryDir m_dir;
    bool m_written = false;
};

/// Writes the client registration for `issuer` into the real settings file (OAuthClients::settingsFilePath(),
/// under $XDG_CONFIG_HOME), the way an administrator sets up browser sign-in. True when written.
bool writeOAuthClientSettings(const QString &issuer, const QString &clientId);

/// A draft as pages 1–3 leave it for `providerId` (an OAuthFixtureProviders id) and the fixture's main user.
AccountDraft oauthFixtureDraft(const QString &providerId, quint16 imapPort, quint16 smtpPort);

/// A draft as pages 1–5 leave it for the fixture's main user (password as given).
AccountDraft fixtureDraft(const QString &password);

/// Types the password: into the draft, and into every password field of the current page (the real password page
/// reads its field when the flow moves on).
void enterPassword(SetupWizard &wizard, const QString &password);

/// From wherever the wizard is, to the test page and through it; true when the result page was reached in time.
bool runCheck(SetupWizard &wizard, int timeoutMs = 60000);

/// Until pages 1–5 are in this build: a bare page under the Password id, so that "back to the password" has
/// somewhere to go. Does nothing when the real page is there.
void ensurePasswordPage(SetupWizard &wizard);

}  // namespace ipw::test
