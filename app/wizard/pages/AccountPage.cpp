#include "pages/AccountPage.h"
#include "providers/ProviderDatabase.h"

#include "SetupWizard.h"
#include "pages/Notice.h"
#include "pages/ServerFields.h"
#include "providers/PasswordInput.h"
#include "types/HostName.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

const QStringList &serverFieldNames()
{
    static const QStringList names{u"imap.host"_s, u"imap.port"_s, u"imap.security"_s,
                                   u"smtp.host"_s, u"smtp.port"_s, u"smtp.security"_s};
    return names;
}

}  // namespace

AccountPage::AccountPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"accountPage"_s);

    m_address = new QLineEdit;
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_addressLabel = new QLabel;
    m_addressLabel->setBuddy(m_address);
    m_addressError = new Notice(Notice::Kind::Error, u"addressError"_s, nullptr, u"convertAddressButton"_s);
    m_mismatch = new Notice(Notice::Kind::Info, u"addressProviderMismatch"_s, nullptr, u"useAddressProviderButton"_s);
    m_replaced = new Notice(Notice::Kind::Warning, u"replacedProviderNotice"_s);

    m_login = new QLineEdit;
    m_login->setObjectName(u"loginNameEdit"_s);
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_loginLabel = new QLabel;
    m_loginLabel->setBuddy(m_login);
    m_loginHelp = new Notice(Notice::Kind::Info, u"loginNameHelp"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_replaced);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_addressError);
    form->addRow(m_mismatch);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_loginHelp);

    m_showServers = new QPushButton;
    m_showServers->setObjectName(u"showServersButton"_s);
    m_showServers->setCheckable(true);

    m_serversBox = new QGroupBox;
    m_serversBox->setObjectName(u"serverSettingsBox"_s);
    m_uncertain = new Notice(Notice::Kind::Warning, u"uncertainServersNotice"_s, nullptr, u"openSettingsPageButton"_s);
    m_imap = new ServerFields(Protocol::Imap);
    m_smtp = new ServerFields(Protocol::Smtp);
    m_checkSmtp = new QCheckBox;
    m_checkSmtp->setObjectName(u"checkSmtpCheck"_s);
    m_plaintext = new Notice(Notice::Kind::Warning, u"plaintextWarning"_s);
    m_allowPlaintext = new QCheckBox;
    m_allowPlaintext->setObjectName(u"allowPlaintextCheck"_s);
    m_confirmServers = new QCheckBox;
    m_confirmServers->setObjectName(u"serversConfirmedCheck"_s);

    auto *servers = new QVBoxLayout(m_serversBox);
    servers->addWidget(m_uncertain);
    servers->addWidget(m_imap);
    servers->addSpacing(6);
    servers->addWidget(m_smtp);
    servers->addWidget(m_checkSmtp);
    servers->addWidget(m_plaintext);
    servers->addWidget(m_allowPlaintext);
    servers->addWidget(m_confirmServers);

    auto *layout = bodyLayout();
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_showServers, 0, Qt::AlignLeft);
    layout->addWidget(m_serversBox);
    layout->addStretch();

    connect(m_address, &QLineEdit::textChanged, this, &AccountPage::addressEdited);
    connect(m_login, &QLineEdit::textEdited, this, [this] { m_loginEdited = true; });
    connect(m_login, &QLineEdit::textChanged, this, &AccountPage::updateState);
    connect(m_addressError->button(), &QPushButton::clicked, this,
            [this] { m_address->setText(toHalfWidth(m_address->text()).trimmed()); });
    connect(m_mismatch->button(), &QPushButton::clicked, this, &AccountPage::switchToAddressProvider);
    connect(m_showServers, &QPushButton::toggled, this, &AccountPage::updateState);
    connect(m_imap, &ServerFields::edited, this, &AccountPage::updateState);
    connect(m_smtp, &ServerFields::edited, this, &AccountPage::updateState);
    for (QCheckBox *box : {m_checkSmtp, m_allowPlaintext, m_confirmServers})
        connect(box, &QCheckBox::toggled, this, &AccountPage::updateState);
    connect(m_uncertain->button(), &QPushButton::clicked, this, [this] {
        if (const Provider *p = provider(); p && !p->portal.url.isEmpty())
            QDesktopServices::openUrl(QUrl(p->portal.url));
    });

    setTabOrder(m_address, m_login);
    setTabOrder(m_login, m_showServers);
    setTabOrder(m_showServers, m_imap->hostEdit());
    retranslate();
    render();
}

void AccountPage::initializePage()
{
    m_loading = true;
    const AccountDraft &d = draft();
    const Provider *p = provider();
    m_address->setText(d.address);
    QString login = d.loginName;
    if (login.isEmpty() && p)
        login = p->loginName(d.address).value_or(QString());
    m_login->setText(login);
    m_loginEdited = p && !login.isEmpty() && login != p->loginName(d.address).value_or(QString());
    m_imap->setSettings(d.imap);
    m_smtp->setSettings(d.smtp);
    m_checkSmtp->setChecked(d.checkSmtp);
    m_allowPlaintext->setChecked(d.allowPlaintext);
    m_confirmServers->setChecked(d.serversConfirmed && !uncertainServerFields().isEmpty());
    m_showServers->setChecked(false);
    m_loading = false;
    render();
    updateState();
    m_address->setFocus();
}

bool AccountPage::isOther() const
{
    const Provider *p = provider();
    return p && p->manualServers;
}

QStringList AccountPage::uncertainServerFields() const
{
    QStringList fields;
    const Provider *p = provider();
    if (!p || isOther())
        return fields;
    for (const QString &field : serverFieldNames()) {
        if (p->isUncertain(field))
            fields.append(field);
    }
    if (!p->imap.hasHost() && !fields.contains(u"imap.host"_s))
        fields.append(u"imap.host"_s);
    if (!p->smtp.hasHost() && !fields.contains(u"smtp.host"_s))
        fields.append(u"smtp.host"_s);
    return fields;
}

bool AccountPage::serversShown() const
{
    return isOther() || !uncertainServerFields().isEmpty() || m_showServers->isChecked() || !provider();
}

QString AccountPage::addressProblem() const
{
    const QString text = m_address->text();
    if (text.trimmed().isEmpty())
        return {};
    if (toHalfWidth(text) != text)
        return tr(
            "The address contains full-width (全角) characters. Mail addresses use half-width (半角) characters only.");
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return tr("Enter the whole address, with @ and the part after it (e.g. taro@docomo.ne.jp).");
    if (at == 0)
        return tr("Enter the part before the @ too (e.g. taro@docomo.ne.jp).");
    const QString domain = trimmed.mid(at + 1);
    if (domain.isEmpty() || !domain.contains(u'.') || !isValidHostName(normalizedHostName(domain)))
        return tr("The part after the @ is not a valid mail domain (e.g. docomo.ne.jp).");
    if (trimmed.contains(u' '))
        return tr("A mail address cannot contain spaces.");
    return {};
}

void AccountPage::addressEdited()
{
    if (m_loading || !wizard())
        return;
    const Provider *p = provider();
    if (p && !m_loginEdited) {
        // Follow the provider's rule while the user has not typed a login name of their own.
        const QSignalBlocker blocker(m_login);
        m_login->setText(p->loginName(m_address->text().trimmed()).value_or(m_login->text()));
    }
    updateState();
}

void AccountPage::switchToAddressProvider()
{
    const Provider *found = providers().forEmail(m_address->text().trimmed());
    if (!found)
        return;
    AccountDraft &d = draft();
    d.providerId = found->id;
    d.imap = found->imap;
    d.smtp = found->smtp;
    d.address = m_address->text().trimmed();
    d.loginName.clear();
    d.serversConfirmed = false;
    d.allowPlaintext = false;
    initializePage();
}

void AccountPage::updateState()
{
    if (m_loading || !wizard())
        return;
    const Provider *p = provider();
    const QString addressError = addressProblem();
    m_addressError->setText(addressError);
    m_addressError->setVisible(!addressError.isEmpty());
    m_addressError->button()->setVisible(toHalfWidth(m_address->text()) != m_address->text());

    const Provider *byAddress = addressError.isEmpty() ? providers().forEmail(m_address->text().trimmed()) : nullptr;
    const bool mismatch = p && byAddress && byAddress->id != p->id;
    m_mismatch->setVisible(mismatch);
    if (mismatch) {
        const QString code = languageCode();
        m_mismatch->setText(
            tr("Addresses like this one are served by %1, but you chose %2.")
                .arg(byAddress->name.forLanguage(code).toHtmlEscaped(), p->name.forLanguage(code).toHtmlEscaped()));
        m_mismatch->button()->setText(tr("Use %1").arg(byAddress->name.forLanguage(code)));
    }

    // A file in the user's providers folder took the place of the built-in entry: its servers, steps and pages
    // are that file's, not the wizard's (issue 13, item 18).
    const bool replaced = p && providers().replacesBuiltIn(p->id);
    m_replaced->setVisible(replaced);
    if (replaced) {
        const QString folder = qEnvironmentVariable(ProviderDatabase::environmentVariable);
        m_replaced->setText(tr("The settings for %1 come from a provider file in %2, which replaces the entry built "
                               "into the wizard. If you did not put that file there yourself, do not continue: "
                               "close the wizard and remove it.")
                                .arg(p->name.forLanguage(languageCode()).toHtmlEscaped(), folder.toHtmlEscaped()));
    }

    const bool otherOrUnknown = !p || isOther();
    const QStringList uncertain = uncertainServerFields();
    m_showServers->setVisible(!otherOrUnknown && uncertain.isEmpty());
    m_serversBox->setVisible(serversShown());
    m_uncertain->setVisible(!uncertain.isEmpty());
    m_confirmServers->setVisible(!uncertain.isEmpty());
    m_smtp->setEnabled(m_checkSmtp->isChecked());
    const bool plaintext = m_imap->settings().security == Security::None ||
                           (m_checkSmtp->isChecked() && m_smtp->settings().security == Security::None);
    m_plaintext->setVisible(plaintext);
    m_allowPlaintext->setVisible(plaintext);
    render();
    writeDraft();
    Q_EMIT completeChanged();
}

void AccountPage::writeDraft()
{
    // Written as typed, so that going back to an earlier page (or switching the language there) keeps it all.
    AccountDraft &d = draft();
    d.address = m_address->text().trimmed();
    d.loginName = m_login->text();
    // SMTP's own rule (iCloud: the full address) follows the address; the IMAP login stays as typed.
    const Provider *p = provider();
    d.smtpLoginName = p ? p->smtpLoginName(d.address) : std::nullopt;
    if (d.smtpLoginName == d.loginName)
        d.smtpLoginName.reset();
    d.imap = m_imap->settings();
    d.smtp = m_smtp->settings();
    d.checkSmtp = m_checkSmtp->isChecked();
    const bool plaintext = d.imap.security == Security::None || (d.checkSmtp && d.smtp.security == Security::None);
    d.allowPlaintext = plaintext && m_allowPlaintext->isChecked();
    // "Confirmed" means the servers are settled: verified provider facts, typed by the user (Other), or uncertain
    // facts the user copied from the provider's page and ticked.
    d.serversConfirmed = uncertainServerFields().isEmpty() || m_confirmServers->isChecked();
}

bool AccountPage::isComplete() const
{
    if (m_address->text().trimmed().isEmpty() || !addressProblem().isEmpty() || m_login->text().trimmed().isEmpty())
        return false;
    if (!m_imap->isValid() || (m_checkSmtp->isChecked() && !m_smtp->isValid()))
        return false;
    const bool plaintext = m_imap->settings().security == Security::None ||
                           (m_checkSmtp->isChecked() && m_smtp->settings().security == Security::None);
    if (plaintext && !m_allowPlaintext->isChecked())
        return false;
    return uncertainServerFields().isEmpty() || m_confirmServers->isChecked();
}

bool AccountPage::validatePage()
{
    writeDraft();
    return isComplete();
}

int AccountPage::nextId() const
{
    // A provider that takes nothing but browser sign-in (Outlook.com) gets the sign-in page instead of a password.
    if (const Provider *p = provider();
        p && !p->auth.isEmpty() &&
        std::all_of(p->auth.cbegin(), p->auth.cend(), [](AuthMethod m) { return m == AuthMethod::OAuth2; }))
        return SetupWizard::SignIn;
    return SetupWizard::Password;
}

void AccountPage::retranslate()
{
    setTitle(tr("Your mail account"));
    m_addressLabel->setText(tr("&Mail address:"));
    m_address->setAccessibleName(tr("Mail address"));
    m_address->setPlaceholderText(tr("e.g. taro@docomo.ne.jp"));
    m_loginLabel->setText(tr("&Login name:"));
    m_login->setAccessibleName(tr("Login name (user name for the mail server)"));
    m_serversBox->setTitle(tr("Server settings"));
    m_checkSmtp->setText(tr("Also check &sending mail (SMTP)"));
    m_plaintext->setText(tr("<b>No encryption:</b> your password and your mail would cross the network readable by "
                            "anyone on the way. Use this only for a server on your own network, never over Wi-Fi "
                            "or the internet."));
    m_allowPlaintext->setText(tr("I understand: send the password &unencrypted to this server"));
}

void AccountPage::render()
{
    const Provider *p = wizard() ? provider() : nullptr;
    const QString code = languageCode();
    const QString providerName = p ? p->name.forLanguage(code) : QString();
    setSubTitle(p && !isOther() ? tr("Provider: %1").arg(providerName)
                                : tr("Enter your address, login name and your provider's server settings."));
    if (m_addressError->button())
        m_addressError->button()->setText(tr("Convert to half-width"));

    QString help;
    if (p) {
        switch (p->username) {
        case UsernameRule::Address:
            help = tr("The login name is your whole mail address.");
            break;
        case UsernameRule::LocalPart:
            help = tr("The login name is the part of your address before the @.");
            break;
        case UsernameRule::ProviderId:
            help = tr("%1 uses a login ID of its own, which is not filled in for you.").arg(providerName);
            break;
        }
        const QString own = p->usernameHelp.forLanguage(code);
        if (!own.isEmpty())
            // The provider's own words say more than the generic sentence, except for an ID of its own, where the
            // generic sentence explains why the field is empty.
            help = p->username == UsernameRule::ProviderId ? help + (code == u"ja" ? QString() : u" "_s) + own
                                                           : tr("Login name: %1").arg(own);
    }
    m_loginHelp->setText(help.toHtmlEscaped());
    m_loginHelp->setVisible(!help.isEmpty());
    m_login->setAccessibleDescription(help);

    m_showServers->setText(m_showServers->isChecked() ? tr("Hide server settings") : tr("Show server settings"));
    m_showServers->setAccessibleDescription(
        tr("The server names, ports and security the wizard uses, to check or change them."));

    const QStringList uncertain = p ? uncertainServerFields() : QStringList();
    if (!uncertain.isEmpty()) {
        QStringList what;
        for (const QString &field : uncertain) {
            const bool imap = field.startsWith(u"imap");
            if (field.endsWith(u"host"))
                what.append(imap ? tr("incoming server name") : tr("outgoing server name"));
            else if (field.endsWith(u"port"))
                what.append(imap ? tr("incoming port") : tr("outgoing port"));
            else
                what.append(imap ? tr("incoming security") : tr("outgoing security"));
        }
        const QString portal = p->portal.name.forLanguage(code);
        // One message, never both: empty servers are copied from the provider's page; filled but unconfirmed ones
        // are compared with it (issue 14: OCN, @nifty).
        if (p->imap.hasHost() && p->smtp.hasHost())
            m_uncertain->setText(
                tr("<b>Unconfirmed: compare these settings with the provider's own page.</b> The wizard filled "
                   "them in from sources it could not confirm: %1. Open %2, compare each value, correct any that "
                   "differ, then tick the box below.")
                    .arg(what.join(tr(", ")).toHtmlEscaped(), portal.toHtmlEscaped()));
        else
            m_uncertain->setText(
                tr("<b>Copy these settings from the provider's own page.</b> No source the wizard could verify "
                   "gives them, so it does not guess. Not confirmed: %1. Open %2, copy each value exactly "
                   "as shown, then tick the box below.")
                    .arg(what.join(tr(", ")).toHtmlEscaped(), portal.toHtmlEscaped()));
        m_uncertain->button()->setText(tr("&Open the settings page"));
        m_uncertain->button()->setVisible(!p->portal.url.isEmpty());
        m_confirmServers->setText(tr("I copied these server settings from the provider's own page (%1)").arg(portal));
    }
}

}  // namespace ipw
