#include "WizardFlowHarness.h"

#include "DovecotFixture.h"
#include "accounts/AccountStore.h"
#include "keychain/QtKeychainCredentialStore.h"
#include "providers/OAuthClients.h"
#include "providers/ProviderDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace ipw::test {

std::optional<QString> keychainSecret(const QString &address)
{
    QtKeychainCredentialStore store;
    auto *job = store.read(AccountStore::credentialIdFor(address));
    job->start();
    if (!QTest::qWaitFor([&] { return job->isFinished(); }, 20000))
        return std::nullopt;
    std::optional<QString> secret;
    if (!job->error())
        secret = job->secret();
    delete job;
    return secret;
}

FixtureProviders::FixtureProviders(quint16 imapPort, quint16 smtpPort)
{
    QFile source(ProviderDatabase::builtInFolder() + u"/docomo.json"_s);
    if (!m_dir.isValid() || !source.open(QIODevice::ReadOnly))
        return;
    QJsonObject p = QJsonDocument::fromJson(source.readAll()).object();
    p[u"id"_s] = u"fixturemail"_s;
    p[u"name"_s] = QJsonObject{{u"ja"_s, u"サンプルメール"_s}, {u"en"_s, u"Example Mail"_s}};
    p[u"searchTerms"_s] = QJsonArray{u"fixture"_s};
    p[u"domains"_s] = QJsonArray{u"example.test"_s};
    p[u"imap"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, imapPort}, {u"security"_s, u"tls"_s}};
    p[u"smtp"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, smtpPort}, {u"security"_s, u"tls"_s}};
    p[u"imapAlternatives"_s] = QJsonArray();
    p[u"smtpAlternatives"_s] = QJsonArray();
    p[u"username"_s] = u"address"_s;
    p[u"tlsQuirks"_s] = QJsonArray();
    p[u"uncertain"_s] = QJsonArray();
    p[u"statusPage"_s] = QJsonObject{{u"name"_s, QJsonObject{{u"ja"_s, u"サンプルメールの障害情報ページ"_s},
                                                             {u"en"_s, u"the Example Mail status page"_s}}},
                                     {u"url"_s, u"https://status.example.test/"_s}};
    p[u"supportPage"_s] = QJsonObject{
        {u"name"_s, QJsonObject{{u"ja"_s, u"サンプルメールのサポート窓口"_s}, {u"en"_s, u"Example Mail support"_s}}},
        {u"url"_s, u"https://support.example.test/"_s}};
    // Copied from docomo, so a carrier with its own iPhone profile: in its own words.
    p[u"carrierProfile"_s] = QJsonObject{{u"ja"_s, u"サンプルメールは iPhone 用のプロファイルを用意しています。"_s},
                                         {u"en"_s, u"Example Mail provides its own iPhone profile."_s}};
    QJsonObject sources = p[u"sources"_s].toObject();
    const QJsonArray anySource = sources.begin()->toArray();
    for (const char *field : {"domains", "imap", "smtp", "username", "statusPage", "supportPage", "name"})
        sources[QLatin1String(field)] = anySource;
    p[u"sources"_s] = sources;
    QFile out(m_dir.filePath(u"fixturemail.json"_s));
    m_written = out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(p).toJson()) > 0;
}

namespace {

// One provider file derived from a built-in one (so that every required field and its source is there), pointed
// at the loopback fixtures.
bool writeOAuthProvider(const QString &folder, const QString &base, const QString &id, const QJsonObject &name,
                        quint16 imapPort, quint16 smtpPort, const QUrl &authorizeUrl, const QUrl &tokenUrl)
{
    QFile source(ProviderDatabase::builtInFolder() + u'/' + base + u".json"_s);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QJsonObject p = QJsonDocument::fromJson(source.readAll()).object();
    p[u"id"_s] = id;
    p[u"name"_s] = name;
    p[u"searchTerms"_s] = QJsonArray{id};
    p[u"domains"_s] = QJsonArray{QString(id + u".example.test"_s)};
    p[u"imap"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, imapPort}, {u"security"_s, u"tls"_s}};
    p[u"smtp"_s] = QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, smtpPort}, {u"security"_s, u"tls"_s}};
    p[u"imapAlternatives"_s] = QJsonArray();
    p[u"smtpAlternatives"_s] = QJsonArray();
    p[u"username"_s] = u"address"_s;
    p[u"tlsQuirks"_s] = QJsonArray();
    p[u"uncertain"_s] = QJsonArray();
    p[u"oauth2"_s] = QJsonObject{{u"issuer"_s, OAuthFixtureProviders::oauthIssuer()},
                                 {u"authUrl"_s, authorizeUrl.toString()},
                                 {u"tokenUrl"_s, tokenUrl.toString()},
                                 {u"scopes"_s, QJsonArray{u"https://mail.example.test/"_s}}};
    QJsonObject sources = p[u"sources"_s].toObject();
    const QJsonArray anySource = sources.begin()->toArray();
    for (const char *field : {"domains", "imap", "smtp", "username", "name", "oauth2"})
        sources[QLatin1String(field)] = anySource;
    p[u"sources"_s] = sources;
    QFile out(QDir(folder).filePath(id + u".json"_s));
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(p).toJson()) > 0;
}

}  // namespace

OAuthFixtureProviders::OAuthFixtureProviders(quint16 imapPort, quint16 smtpPort, const QUrl &authorizeUrl,
                                             const QUrl &tokenUrl)
{
    if (!m_dir.isValid())
        return;
    m_written = writeOAuthProvider(m_dir.path(), u"outlook"_s, u"fixtureoauth"_s,
                                   QJsonObject{{u"ja"_s, u"サンプル認証メール"_s}, {u"en"_s, u"Example OAuth Mail"_s}},
                                   imapPort, smtpPort, authorizeUrl, tokenUrl) &&
                writeOAuthProvider(m_dir.path(), u"gmail"_s, u"fixturegmail"_s,
                                   QJsonObject{{u"ja"_s, u"サンプル Gメール"_s}, {u"en"_s, u"Example G Mail"_s}},
                                   imapPort, smtpPort, authorizeUrl, tokenUrl);
}

bool writeOAuthClientSettings(const QString &issuer, const QString &clientId)
{
    const QString path = OAuthClients::settingsFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(issuer);
        settings.setValue(u"clientId"_s, clientId);
        settings.endGroup();
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return false;
    }
    return QFileInfo::exists(path);
}

AccountDraft oauthFixtureDraft(const QString &providerId, quint16 imapPort, quint16 smtpPort)
{
    AccountDraft draft;
    draft.goal = AccountDraft::Goal::NewAccount;
    draft.providerId = providerId;
    draft.address = u"alice@example.test"_s;  // DovecotFixture::mainUser(), OAuthServerFixture::user()
    draft.loginName = draft.address;
    draft.imap = {u"127.0.0.1"_s, imapPort, Security::ImplicitTls, {}};
    draft.smtp = {u"127.0.0.1"_s, smtpPort, Security::ImplicitTls, {}};
    draft.checkSmtp = true;
    draft.serversConfirmed = true;
    return draft;
}

AccountDraft fixtureDraft(const QString &password)
{
    auto &dovecot = DovecotFixture::instance();
    AccountDraft draft;
    draft.goal = AccountDraft::Goal::NewAccount;
    draft.providerId = u"fixturemail"_s;
    draft.address = dovecot.mainUser().name;
    draft.loginName = dovecot.mainUser().name;
    draft.imap = {u"127.0.0.1"_s, dovecot.imapsPort(), Security::ImplicitTls, {}};
    draft.smtp = {u"127.0.0.1"_s, dovecot.submissionsPort(), Security::ImplicitTls, {}};
    draft.checkSmtp = true;
    draft.serversConfirmed = true;
    draft.password = password;
    return draft;
}

void enterPassword(SetupWizard &wizard, const QString &password)
{
    wizard.draft().password = password;
    if (QWizardPage *page = wizard.currentPage()) {
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->echoMode() != QLineEdit::Normal)
                edit->setText(password);
        }
    }
}

bool runCheck(SetupWizard &wizard, int timeoutMs)
{
    wizard.goToPage(SetupWizard::Test);
    return QTest::qWaitFor([&] { return wizard.currentId() == SetupWizard::Result; }, timeoutMs);
}

void ensurePasswordPage(SetupWizard &wizard)
{
    if (wizard.page(SetupWizard::Password))
        return;
    auto *page = new QWizardPage;
    page->setObjectName(u"standInPasswordPage"_s);
    page->setTitle(u"(password page)"_s);
    wizard.setPage(SetupWizard::Password, page);
}

}  // namespace ipw::test
