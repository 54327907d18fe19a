#include "pages/ServerFields.h"

#include "types/HostName.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace ipw {

ServerFields::ServerFields(Protocol protocol, QWidget *parent)
    : QWidget(parent)
    , m_protocol(protocol)
{
    const QString prefix = protocol == Protocol::Imap ? u"imap"_s : u"smtp"_s;
    setObjectName(prefix + u"ServerFields"_s);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_host = new QLineEdit(this);
    m_host->setObjectName(prefix + u"HostEdit"_s);
    m_hostLabel = new QLabel(this);
    m_hostLabel->setBuddy(m_host);

    m_port = new QLineEdit(this);
    m_port->setObjectName(prefix + u"PortEdit"_s);
    m_port->setMaxLength(5);
    m_port->setInputMethodHints(Qt::ImhDigitsOnly);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);

    m_security = new QComboBox(this);
    m_security->setObjectName(prefix + u"SecurityCombo"_s);
    for (const Security security : {Security::ImplicitTls, Security::StartTls, Security::None})
        m_security->addItem(QString(), toString(security));
    m_securityLabel = new QLabel(this);
    m_securityLabel->setBuddy(m_security);

    m_problem = new QLabel(this);
    m_problem->setObjectName(prefix + u"FieldError"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_title, 0, 0, 1, 4);
    grid->addWidget(m_hostLabel, 1, 0);
    grid->addWidget(m_host, 1, 1, 1, 3);
    grid->addWidget(m_portLabel, 2, 0);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addSpacing(12);
    portRow->addWidget(m_securityLabel);
    portRow->addWidget(m_security, 1);
    grid->addLayout(portRow, 2, 1, 1, 3);
    grid->addWidget(m_problem, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        m_hostTouched = true;
        updateProblem();
    });
    connect(m_host, &QLineEdit::textEdited, this, [this] { m_hostTouched = true; });
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        Q_EMIT edited();
    });
    connect(m_port, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        Q_EMIT edited();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the standard port of the security chosen, unless the user typed an unusual one.
        const QString typed = m_port->text().trimmed();
        if (typed.isEmpty() || ServerAddress::securityForPort(quint16(typed.toUInt())).has_value()) {
            const Security security =
                securityFromString(m_security->currentData().toString()).value_or(Security::ImplicitTls);
            m_port->setText(QString::number(ServerAddress::defaultPort(m_protocol, security)));
        }
        updateProblem();
        Q_EMIT edited();
    });
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    retranslate();
}

void ServerFields::setSettings(const ServerSettings &settings)
{
    const QSignalBlocker blockHost(m_host), blockPort(m_port), blockSecurity(m_security);
    m_host->setText(settings.host);
    m_port->setText(settings.port ? QString::number(settings.port) : QString());
    m_security->setCurrentIndex(m_security->findData(toString(settings.security)));
    updateProblem();
}

ServerSettings ServerFields::settings() const
{
    ServerSettings s;
    s.host = normalizedHostName(m_host->text());
    s.port = quint16(m_port->text().trimmed().toUInt());
    s.security = securityFromString(m_security->currentData().toString()).value_or(Security::ImplicitTls);
    return s;
}

QString ServerFields::exampleHost() const
{
    return m_protocol == Protocol::Imap ? u"imap.example.jp"_s : u"smtp.example.jp"_s;
}

bool ServerFields::isValid() const
{
    return problem().isEmpty();
}

QString ServerFields::problem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return m_protocol == Protocol::Imap ? tr("Enter the incoming (IMAP) server name, e.g. imap.example.jp.")
                                            : tr("Enter the outgoing (SMTP) server name, e.g. smtp.example.jp.");
    const QString example = exampleHost();
    if (host.contains(u'@'))
        return tr("This looks like a mail address. The server name is something like %1.").arg(example);
    if (host.contains(u"://"))
        return tr("Enter the server name only, without \"https://\" or \"imap://\".");
    if (!isValidHostName(normalizedHostName(host)))
        return tr("\"%1\" is not a valid server name: use half-width letters, digits, hyphens and dots, "
                  "e.g. %2.")
            .arg(host, example);
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535 (usually %1).")
            .arg(ServerAddress::defaultPort(m_protocol, Security::ImplicitTls));
    return {};
}

void ServerFields::updateProblem()
{
    // Say nothing about an empty host the user has not been to yet; Next stays disabled until it is filled in.
    const QString text = m_host->text().trimmed().isEmpty() && !m_hostTouched ? QString() : problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    // What is wrong with the host when something is; what to type there otherwise.
    const QString example = m_protocol == Protocol::Imap ? u"imap.example.jp"_s : u"smtp.example.jp"_s;
    m_host->setAccessibleDescription(
        text.isEmpty() ? tr("The server's name as the provider gives it, e.g. %1.").arg(example) : text);
}

void ServerFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerFields::retranslate()
{
    const bool imap = m_protocol == Protocol::Imap;
    m_title->setText(imap ? tr("Incoming mail (IMAP)") : tr("Outgoing mail (SMTP)"));
    m_hostLabel->setText(imap ? tr("&Server:") : tr("Ser&ver:"));
    m_host->setAccessibleName(imap ? tr("Incoming (IMAP) server name") : tr("Outgoing (SMTP) server name"));
    m_host->setPlaceholderText(tr("e.g. %1").arg(exampleHost()));
    m_portLabel->setText(imap ? tr("P&ort:") : tr("Po&rt:"));
    m_port->setAccessibleName(imap ? tr("Incoming (IMAP) port") : tr("Outgoing (SMTP) port"));
    m_securityLabel->setText(imap ? tr("S&ecurity:") : tr("Sec&urity:"));
    m_security->setAccessibleName(imap ? tr("Incoming (IMAP) security") : tr("Outgoing (SMTP) security"));
    m_security->setItemText(0, tr("SSL/TLS (recommended)"));
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("None (unencrypted)"));
    m_port->setAccessibleDescription(tr("A number from 1 to 65535; the provider's page gives it."));
    m_security->setAccessibleDescription(tr("How the connection is encrypted; SSL/TLS unless the provider says "
                                            "otherwise."));
    updateProblem();
}

}  // namespace ipw
