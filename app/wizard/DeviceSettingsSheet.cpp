#include "DeviceSettingsSheet.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

DeviceSettingsSheet::DeviceSettingsSheet(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"deviceSettingsSheet"_s);
    m_device = new QComboBox(this);
    m_device->setObjectName(u"deviceCombo"_s);
    for (int i = 0; i < 4; ++i)
        m_device->addItem(QString());
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setBuddy(m_device);
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { retranslate(); });

    m_where = new QLabel(this);
    m_where->setObjectName(u"deviceInstructions"_s);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QFormLayout;
    top->addRow(m_deviceLabel, m_device);

    auto *grid = new QGridLayout;
    const char *ids[FieldCount] = {"ImapHost",     "ImapPort",  "ImapSecurity",  "SmtpHost",      "SmtpPort",
                                   "SmtpSecurity", "LoginName", "SmtpLoginName", "Authentication"};
    for (int field = 0; field < FieldCount; ++field)
        addRow(grid, field, QLatin1String(ids[field]));
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_where);
    layout->addLayout(grid);
    retranslate();
}

void DeviceSettingsSheet::addRow(QGridLayout *grid, int field, const QString &id)
{
    Row &row = m_rows[field];
    row.label = new QLabel(this);
    row.value = new QLineEdit(this);
    row.value->setObjectName(u"sheet"_s + id);
    row.value->setReadOnly(true);
    row.label->setBuddy(row.value);
    row.copy = new QPushButton(this);
    row.copy->setObjectName(u"copy"_s + id);
    connect(row.copy, &QPushButton::clicked, this,
            [value = row.value] { QApplication::clipboard()->setText(value->text()); });
    grid->addWidget(row.label, field, 0);
    grid->addWidget(row.value, field, 1);
    grid->addWidget(row.copy, field, 2);
}

void DeviceSettingsSheet::setAccount(const AccountDraft &draft)
{
    m_account = draft;
    m_account.password.clear();
    m_account.oauthTokens = {};
    retranslate();
}

void DeviceSettingsSheet::setDevice(Device device)
{
    m_device->setCurrentIndex(int(device));
}

DeviceSettingsSheet::Device DeviceSettingsSheet::device() const
{
    return Device(qMax(0, m_device->currentIndex()));
}

void DeviceSettingsSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString DeviceSettingsSheet::securityText(Security security) const
{
    const Device d = device();
    switch (security) {
    case Security::ImplicitTls:
        // Apple's switch is "Use SSL"; the others name SSL/TLS.
        return d == Device::IPhone ? tr("Use SSL: on") : tr("SSL/TLS");
    case Security::StartTls:
        return d == Device::IPhone ? tr("Use SSL: off (the iPhone uses STARTTLS by itself)") : tr("STARTTLS");
    case Security::None:
        return d == Device::IPhone ? tr("Use SSL: off") : tr("None (not encrypted)");
    }
    return {};
}

void DeviceSettingsSheet::retranslate()
{
    m_deviceLabel->setText(tr("Settings for &this device:"));
    m_device->setAccessibleName(tr("Device"));
    m_device->setItemText(0, tr("iPhone / iPad (Mail)"));
    m_device->setItemText(1, tr("Android (Gmail app)"));
    m_device->setItemText(2, tr("Outlook for Windows"));
    m_device->setItemText(3, tr("Thunderbird"));

    switch (device()) {
    case Device::IPhone:
        m_where->setText(tr("On the iPhone: Settings → Apps → Mail → Mail Accounts (iOS 17 and earlier: Settings → "
                            "Mail → Accounts) → this account → Account. Enter the password under Incoming Mail "
                            "Server, then under Outgoing Mail Server → SMTP → Primary Server."));
        break;
    case Device::Android:
        m_where->setText(tr("In the Gmail app: menu → Settings → this account → Incoming settings, then Outgoing "
                            "settings. Other mail apps have the same fields under their account or server "
                            "settings."));
        break;
    case Device::Outlook:
        m_where->setText(tr("In classic Outlook: File → Account Settings → Server Settings; the new Outlook asks for "
                            "the password when you open the account under Settings → Accounts. Use the same "
                            "password for incoming and outgoing mail."));
        break;
    case Device::Thunderbird:
        m_where->setText(tr("In Thunderbird: Account Settings → Server Settings (incoming) and Outgoing Server "
                            "(SMTP). A password Thunderbird saved earlier is under Settings → Privacy & Security → "
                            "Saved Passwords: remove it, and Thunderbird asks for the new one."));
        break;
    }

    const auto setRow = [this](int field, const QString &label, const QString &value, const QString &name) {
        m_rows[field].label->setText(label);
        m_rows[field].value->setText(value);
        m_rows[field].value->setAccessibleName(name);
        m_rows[field].copy->setText(tr("Copy"));
        m_rows[field].copy->setAccessibleName(tr("Copy %1").arg(name));
    };
    const bool smtp = m_account.smtp.hasHost();
    setRow(ImapHost, tr("Incoming mail server (IMAP):"), m_account.imap.host, tr("Incoming mail server"));
    setRow(ImapPort, tr("Incoming port:"), m_account.imap.port ? QString::number(m_account.imap.port) : QString(),
           tr("Incoming port"));
    setRow(ImapSecurity, tr("Incoming security:"), securityText(m_account.imap.security), tr("Incoming security"));
    setRow(SmtpHost, tr("Outgoing mail server (SMTP):"), smtp ? m_account.smtp.host : QString(),
           tr("Outgoing mail server"));
    setRow(SmtpPort, tr("Outgoing port:"), smtp ? QString::number(m_account.smtp.port) : QString(),
           tr("Outgoing port"));
    setRow(SmtpSecurity, tr("Outgoing security:"), smtp ? securityText(m_account.smtp.security) : QString(),
           tr("Outgoing security"));
    const bool ownSmtpLogin = smtp && m_account.smtpLoginName && *m_account.smtpLoginName != m_account.loginName;
    if (ownSmtpLogin) {
        setRow(LoginName, tr("Incoming user name:"), m_account.loginName, tr("Incoming user name"));
        setRow(SmtpLoginName, tr("Outgoing user name:"), *m_account.smtpLoginName, tr("Outgoing user name"));
    } else {
        setRow(LoginName, tr("User name (both servers):"), m_account.loginName, tr("User name"));
        setRow(SmtpLoginName, QString(), QString(), QString());
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_rows[SmtpLoginName].label), static_cast<QWidget *>(m_rows[SmtpLoginName].value),
          static_cast<QWidget *>(m_rows[SmtpLoginName].copy)})
        w->setVisible(ownSmtpLogin);
    setRow(Authentication, tr("Password:"), tr("OAuth2 (sign in with your browser)"), tr("Sign-in method"));
    const bool oauth = m_account.browserSignIn;
    for (QWidget *w :
         {static_cast<QWidget *>(m_rows[Authentication].label), static_cast<QWidget *>(m_rows[Authentication].value)})
        w->setVisible(oauth);
    m_rows[Authentication].copy->setVisible(false);  // nothing to paste: the device signs in by itself
    if (oauth)
        m_where->setText(m_where->text() + u"\n\n"_s +
                         tr("This account signs in with the browser (OAuth2), not with a password. Where the device "
                            "asks for a password, choose its browser sign-in instead (often \"Sign in with "
                            "Microsoft\" or \"Sign in with Google\", or OAuth2 as the authentication method)."));
}

}  // namespace ipw
