#include "pages/DiscoveryPage.h"

#include "SetupWizard.h"
#include "WizardSession.h"
#include "pages/Notice.h"
#include "pages/ServerFields.h"
#include "types/HostName.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {
namespace {

// The sources in the order discovery asks them (the database was asked on the provider page already).
constexpr DiscoverySource kNetworkSources[] = {DiscoverySource::Autoconfig, DiscoverySource::Ispdb,
                                               DiscoverySource::Srv, DiscoverySource::Mx,
                                               DiscoverySource::HttpAutoconfig};

}  // namespace

DiscoveryPage::DiscoveryPage(QWidget *parent)
    : DraftPage(parent)
{
    setObjectName(u"discoveryPage"_s);
    m_progress = new QLabel;
    m_progress->setObjectName(u"discoveryProgress"_s);
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setWordWrap(true);
    m_result = new Notice(Notice::Kind::Info, u"discoveryResult"_s);
    m_serversBox = new QGroupBox;
    m_serversBox->setObjectName(u"discoveryServersBox"_s);
    m_imap = new ServerFields(Protocol::Imap);
    m_smtp = new ServerFields(Protocol::Smtp);
    m_confirm = new QCheckBox;
    m_confirm->setObjectName(u"discoveryConfirmCheck"_s);
    auto *servers = new QVBoxLayout(m_serversBox);
    servers->addWidget(m_imap);
    servers->addSpacing(6);
    servers->addWidget(m_smtp);

    auto *layout = bodyLayout();
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_confirm);
    layout->addWidget(m_serversBox);
    layout->addStretch();
    for (ServerFields *fields : {m_imap, m_smtp})
        connect(fields, &ServerFields::edited, this, &DiscoveryPage::completeChanged);
    connect(m_confirm, &QCheckBox::toggled, this, &DiscoveryPage::completeChanged);
    retranslate();
    render();
}

void DiscoveryPage::initializePage()
{
    stop();
    m_found.reset();
    m_error = DiscoveryError::None;
    m_states.clear();
    m_confirm->setChecked(false);
    // Nothing found: the fields start at the usual ports with TLS (RFC 8314), for the user to type the hosts.
    ServerSettings imap, smtp;
    imap.port = 993;
    imap.security = Security::ImplicitTls;
    smtp.port = 465;
    smtp.security = Security::ImplicitTls;
    m_imap->setSettings(imap);
    m_smtp->setSettings(smtp);
    m_domain = addressDomain(draft().address);

    Discovery::Options options;
    options.address = draft().address;
    options.extraCas = setupWizard()->session().options().extraCaCertificates;
    options.network = !Discovery::disabledByEnvironment();
    if (const QString ispdb = qEnvironmentVariable(ispdbUrlVariable); !ispdb.isEmpty())
        options.ispdbBaseUrl = ispdb;
    m_discovery = new Discovery(providers(), options, this);
    for (DiscoverySource source : kNetworkSources)
        m_states.insert(source, options.network ? Discovery::SourceState::Asking : Discovery::SourceState::NotAsked);
    connect(m_discovery, &Discovery::progress, this, [this](DiscoverySource source, Discovery::SourceState state) {
        if (m_states.contains(source))
            m_states.insert(source, state);
        render();
    });
    connect(m_discovery, &Discovery::finished, this, &DiscoveryPage::searchEnded);
    m_discovery->start();
    render();
    Q_EMIT completeChanged();
}

void DiscoveryPage::cleanupPage()
{
    stop();  // Back during the search: the job goes (core: deleting it mid-search is safe)
}

void DiscoveryPage::stop()
{
    delete m_discovery;
    m_discovery = nullptr;
}

void DiscoveryPage::searchEnded()
{
    m_found = m_discovery->found();
    m_error = m_discovery->error();
    m_discovery->deleteLater();
    m_discovery = nullptr;
    // The sources still "asking" when the search ended were not needed (an earlier one answered) or timed out.
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it.value() == Discovery::SourceState::Asking)
            it.value() = Discovery::SourceState::NotAsked;
    }
    if (m_found) {
        m_imap->setSettings(m_found->provider.imap);
        m_smtp->setSettings(m_found->provider.smtp);
    }
    render();
    Q_EMIT completeChanged();
    if (m_found)
        m_imap->hostEdit()->setFocus();
}

bool DiscoveryPage::isComplete() const
{
    if (m_discovery || !m_imap->isValid() || !m_smtp->isValid())
        return false;
    // The trust rule: the user confirms settings from an http answer or from a host outside the domain.
    return !m_found || !m_found->needsConfirmation || m_confirm->isChecked();
}

bool DiscoveryPage::validatePage()
{
    if (!isComplete())
        return false;
    AccountDraft &d = draft();
    const Provider *known = m_found ? providers().byId(m_found->knownProviderId()) : nullptr;
    const Provider *manual = providers().manualEntry();
    d.providerId = known ? known->id : (manual ? manual->id : QString());
    d.imap = m_imap->settings();
    d.smtp = m_smtp->settings();
    d.serversConfirmed = true;  // proposed by a trusted source, or confirmed here, or typed by the user
    d.allowPlaintext = false;
    d.smtpLoginName.reset();
    d.loginName = m_found ? m_found->provider.loginName(d.address).value_or(QString()) : QString();
    // Remembered with the account if it is saved with these servers (edited ones are the user's own).
    d.discovered = m_found ? DiscoveryRecord::fromFound(*m_found) : std::nullopt;
    return true;
}

int DiscoveryPage::nextId() const
{
    return SetupWizard::Account;
}

QString DiscoveryPage::sourceName(DiscoverySource source) const
{
    switch (source) {
    case DiscoverySource::Database:
    case DiscoverySource::ProviderFile:
        return tr("The wizard's list of providers");
    case DiscoverySource::Autoconfig:
        return tr("%1's own configuration (https)").arg(m_domain);
    case DiscoverySource::Ispdb:
        return tr("Thunderbird's database of providers (ISPDB)");
    case DiscoverySource::Srv:
        return tr("DNS: the domain's mail server records (SRV)");
    case DiscoverySource::Mx:
        return tr("DNS: who receives the domain's mail (MX)");
    case DiscoverySource::HttpAutoconfig:
        return tr("%1's own configuration, unencrypted (http)").arg(m_domain);
    }
    return {};
}

QString DiscoveryPage::stateWord(Discovery::SourceState state) const
{
    switch (state) {
    case Discovery::SourceState::Asking:
        return tr("asking…");
    case Discovery::SourceState::Found:
        return tr("found");
    case Discovery::SourceState::NothingHere:
        return tr("nothing there");
    case Discovery::SourceState::NotAsked:
        return tr("not needed");
    }
    return {};
}

QString DiscoveryPage::foundText() const
{
    QString from;
    switch (m_found->source) {
    case DiscoverySource::Database:
    case DiscoverySource::ProviderFile:
        from = tr("These settings come from the wizard's list of providers.");
        break;
    case DiscoverySource::Autoconfig:
        from = tr("These settings come from %1's own configuration.").arg(m_domain);
        break;
    case DiscoverySource::Ispdb:
        from = tr("These settings come from Thunderbird's database of providers (ISPDB).");
        break;
    case DiscoverySource::Srv:
        from = tr("These settings come from DNS (the domain's SRV records).");
        break;
    case DiscoverySource::Mx:
        from = tr("Your mail is hosted by %1: the wizard uses its settings. If your organization manages the "
                  "account, its administrator may have turned off IMAP or app passwords.")
                   .arg(m_found->provider.name.forLanguage(languageCode()));
        break;
    case DiscoverySource::HttpAutoconfig:
        from = tr("These settings come from %1's own configuration, but they were sent unencrypted (http): anyone "
                  "on the way could have changed them.")
                   .arg(m_domain);
        break;
    }
    return from.toHtmlEscaped() + u"<br>"_s + tr("Found at: %1").arg(m_found->detail).toHtmlEscaped() + u"<br>"_s +
           tr("Check them against your provider's instructions and correct them below if they differ.").toHtmlEscaped();
}

QString DiscoveryPage::errorText() const
{
    switch (m_error) {
    case DiscoveryError::NoNetwork:
        return tr("No name server answered, so nothing could be looked up: this computer may be offline. Enter the "
                  "server settings from your provider's instructions below, or go Back and try again once you are "
                  "online.");
    case DiscoveryError::Disabled:
        return tr("Looking up settings on the network is turned off. Enter the server settings from your provider's "
                  "instructions below.");
    case DiscoveryError::BadAddress:
        return tr("This is not a whole mail address, so there is no domain to look up. Enter the server settings "
                  "from your provider's instructions below.");
    case DiscoveryError::NothingFound:
    case DiscoveryError::None:
        break;
    }
    return tr("No settings were found for @%1 anywhere the wizard looked. Enter the server settings from your "
              "provider's instructions below.")
        .arg(m_domain);
}

void DiscoveryPage::retranslate()
{
    setTitle(tr("Looking up your mail settings"));
    m_serversBox->setTitle(tr("Server settings"));
}

void DiscoveryPage::render()
{
    // One line in the header: QWizard's header does not grow for a second one.
    setSubTitle(tr("@%1 is not in the wizard's list: it looks the settings up (no password is sent).").arg(m_domain));
    QStringList lines;
    for (DiscoverySource source : kNetworkSources) {
        const auto state = m_states.value(source, Discovery::SourceState::NotAsked);
        lines.append(QString(sourceName(source) + u": "_s + stateWord(state)).toHtmlEscaped());
    }
    m_progress->setText(lines.join(u"<br>"_s));
    const bool searching = m_discovery != nullptr;
    m_result->setVisible(!searching);
    m_serversBox->setVisible(!searching);
    m_confirm->setVisible(!searching && m_found && m_found->needsConfirmation);
    if (searching)
        return;
    m_result->setText(m_found ? foundText() : errorText().toHtmlEscaped());
    if (m_found && m_found->needsConfirmation) {
        m_confirm->setText(tr("I checked these settings: use them although they come from %1").arg(m_found->detail));
        m_confirm->setAccessibleDescription(tr("Needed before the password is sent to servers found this way."));
    }
}

}  // namespace ipw
