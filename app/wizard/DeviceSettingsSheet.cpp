#include "DeviceSettingsSheet.h"

#include "CopyField.h"
#include "pages/Disclosure.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
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
    m_copyAll = new QPushButton(this);
    m_copyAll->setObjectName(u"copyAllButton"_s);
    connect(m_copyAll, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(allSettings()); });

    // Where the device keeps these settings, and its security note: one click away ("More").
    m_more = new Disclosure(u"deviceMoreButton"_s, this);
    m_where = new QLabel(m_more->content());
    m_where->setObjectName(u"deviceInstructions"_s);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_more->contentLayout()->addWidget(m_where);

    auto *top = new QHBoxLayout;
    top->addWidget(m_deviceLabel);
    top->addWidget(m_device);
    top->addStretch();
    top->addWidget(m_copyAll);

    m_grid = new QGridLayout;
    const char *ids[FieldCount] = {"ImapHost",     "ImapPort",  "ImapSecurity",  "SmtpHost",      "SmtpPort",
                                   "SmtpSecurity", "LoginName", "SmtpLoginName", "Authentication"};
    for (int field = 0; field < FieldCount; ++field)
        addRow(m_grid, field, QLatin1String(ids[field]));
    m_grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_grid);
    layout->addWidget(m_more);
    retranslate();
}

void DeviceSettingsSheet::addRow(QGridLayout *grid, int field, const QString &id)
{
    Row &row = m_rows[field];
    row.label = new QLabel(this);
    row.value = new CopyField(u"sheet"_s + id, u"copy"_s + id, this);
    row.label->setBuddy(row.value->field());
    grid->addWidget(row.label, field, 0);
    grid->addWidget(row.value, field, 1);
}

void DeviceSettingsSheet::addExtraRow(QWidget *label, QWidget *value)
{
    const int row = m_grid->rowCount();
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(value, row, 1);
}

QString DeviceSettingsSheet::allSettings() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!row.label->isHidden() && !row.value->value().isEmpty())
            lines << row.label->text().remove(u'&') + u' ' + row.value->value();
    }
    return lines.join(u'\n');
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

void DeviceSettingsSheet::retranslate()
{
    m_deviceLabel->setText(tr("Settings for &this device:"));
    m_device->setAccessibleName(tr("Device"));
    m_copyAll->setText(tr("Cop&y all"));
    m_copyAll->setAccessibleName(tr("Copy all settings"));
    m_copyAll->setAccessibleDescription(tr("Copy every setting shown here as text."));
    m_device->setAccessibleDescription(tr("The device whose names for the settings are shown."));
    m_more->setText(tr("Where to enter them on this device"));
    for (Device d : DeviceText::kAll)
        m_device->setItemText(int(d), DeviceText::name(d));
    const auto setRow = [this](int field, const QString &label, const QString &value, const QString &name) {
        m_rows[field].label->setText(label);
        m_rows[field].value->setValue(value, name);
    };
    const bool smtp = m_account.smtp.hasHost();
    setRow(ImapHost, tr("Incoming mail server (IMAP):"), m_account.imap.host, tr("Incoming mail server"));
    setRow(ImapPort, tr("Incoming port:"), m_account.imap.port ? QString::number(m_account.imap.port) : QString(),
           tr("Incoming port"));
    setRow(ImapSecurity, tr("Incoming security:"), DeviceText::security(device(), m_account.imap.security),
           tr("Incoming security"));
    // The phone needs its outgoing server too; when the check left SMTP out, the sheet says it was not checked.
    if (smtp && !m_account.checkSmtp)
        setRow(SmtpHost, tr("Outgoing mail server (SMTP, not checked):"), m_account.smtp.host,
               tr("Outgoing mail server, not checked"));
    else
        setRow(SmtpHost, tr("Outgoing mail server (SMTP):"), smtp ? m_account.smtp.host : QString(),
               tr("Outgoing mail server"));
    setRow(SmtpPort, tr("Outgoing port:"), smtp ? QString::number(m_account.smtp.port) : QString(),
           tr("Outgoing port"));
    setRow(SmtpSecurity, tr("Outgoing security:"),
           smtp ? DeviceText::security(device(), m_account.smtp.security) : QString(), tr("Outgoing security"));
    const bool ownSmtpLogin = smtp && m_account.smtpLoginName && *m_account.smtpLoginName != m_account.loginName;
    if (ownSmtpLogin) {
        setRow(LoginName, tr("Incoming user name:"), m_account.loginName, tr("Incoming user name"));
        setRow(SmtpLoginName, tr("Outgoing user name:"), *m_account.smtpLoginName, tr("Outgoing user name"));
    } else {
        setRow(LoginName, tr("User name (both servers):"), m_account.loginName, tr("User name"));
        setRow(SmtpLoginName, QString(), QString(), QString());
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_rows[SmtpLoginName].label), static_cast<QWidget *>(m_rows[SmtpLoginName].value)})
        w->setVisible(ownSmtpLogin);
    setRow(Authentication, tr("Password:"), DeviceText::browserSignInValue(), tr("Sign-in method"));
    const bool oauth = m_account.browserSignIn;
    for (QWidget *w :
         {static_cast<QWidget *>(m_rows[Authentication].label), static_cast<QWidget *>(m_rows[Authentication].value)})
        w->setVisible(oauth);
    m_rows[Authentication].value->setCopyable(false);  // nothing to paste: the device signs in by itself
    QString where = DeviceText::where(device());
    HandoffSettings shown;  // what the rows show: the servers only matter for the note
    shown.imap = m_account.imap;
    if (smtp)
        shown.smtp = ServerAddress(m_account.smtp);
    const QString securityNote = DeviceText::securityNote(device(), shown);
    if (!securityNote.isEmpty())
        where += u"\n\n"_s + securityNote;
    if (oauth)
        where += u"\n\n"_s + DeviceText::browserSignInNote();
    m_where->setText(where);
}

}  // namespace ipw
