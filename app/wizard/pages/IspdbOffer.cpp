#include "pages/IspdbOffer.h"

#include "AccountDraft.h"
#include "DraftSettings.h"
#include "SaveFileDialog.h"
#include "SetupWizard.h"
#include "WizardSession.h"
#include "handoff/ClientConfigExport.h"
#include "handoff/HandoffSettings.h"
#include "pages/Disclosure.h"
#include "pages/ResultWidgets.h"
#include "types/HostName.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipw {

IspdbOffer::IspdbOffer(SetupWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
{
    setObjectName(u"ispdbOffer"_s);
    m_text = resultLabel(this, u"ispdbOfferText"_s, Qt::PlainText);
    m_save = resultButton(this, u"ispdbSaveButton"_s);
    connect(m_save, &QPushButton::clicked, this, &IspdbOffer::save);
    m_more = new Disclosure(u"ispdbMoreButton"_s, this);
    m_details = resultLabel(m_more->content(), u"ispdbOfferDetails"_s, Qt::PlainText);
    m_more->contentLayout()->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(m_more);
    row->addStretch();
    layout->addLayout(row);
    retranslate();
    setVisible(false);
}

std::optional<SavedDiscovery> IspdbOffer::offeredFor(const AccountDraft &draft, const WizardSession &session)
{
    if (!session.lastResult || !session.lastResult->verified() || !session.lastSettings || !session.lastSettings->imap)
        return std::nullopt;
    const AccountProfile profile = profileOf(draft, session.providers());
    if (!profile.discovery ||
        (profile.discovery->source != DiscoverySource::Srv && profile.discovery->source != DiscoverySource::Mx))
        return std::nullopt;
    // Only servers the check verified go into the file: the ones it ran are still the draft's.
    const std::optional<ServerEndpoint> &smtp = session.lastSettings->smtp;
    if (!session.lastSettings->imap->sameServer(profile.imap) || bool(smtp) != bool(profile.smtp) ||
        (smtp && !smtp->sameServer(*profile.smtp)))
        return std::nullopt;
    return profile.discovery;
}

void IspdbOffer::initialize()
{
    m_origin = offeredFor(m_wizard->draft(), m_wizard->session());
    m_outcome.clear();
    m_more->setOpen(false);
    setVisible(m_origin.has_value());
    render();
}

void IspdbOffer::save()
{
    const AccountDraft &draft = m_wizard->draft();
    const ProviderDatabase &providers = m_wizard->session().providers();
    const AccountProfile profile = profileOf(draft, providers);
    // The servers as checked (no provider's implicit-TLS replacement): what the check verified.
    const HandoffSettings settings = HandoffSettings::fromProfile(profile);
    const Provider *provider = profile.providerId.isEmpty() ? nullptr : providers.byId(profile.providerId);
    const QString domain = addressDomain(profile.address);
    QString error;
    const auto path = saveFileAs(
        this, tr("Save the settings for Thunderbird's database"), domain + u".xml"_s, u"*.xml"_s,
        [&] { return ispdbClientConfigFor(settings, provider).toXml(); }, &error);
    if (path)
        m_outcome = tr("Saved %1; nothing was sent anywhere.").arg(QDir::toNativeSeparators(*path));
    else if (!error.isEmpty())
        m_outcome = tr("Could not save the file: %1").arg(error);
    render();
}

void IspdbOffer::retranslate()
{
    m_save->setText(tr("Sa&ve these settings for Thunderbird's database…"));
    m_save->setAccessibleDescription(
        tr("Saves a file for Thunderbird's database of providers (ISPDB); nothing is uploaded"));
    m_more->setText(tr("More about sharing these settings"));
    m_more->button()->setAccessibleName(tr("What the file for Thunderbird's database is for"));
    render();
}

void IspdbOffer::render()
{
    if (!m_origin) {
        m_text->clear();
        m_details->clear();
        return;
    }
    const QString domain = addressDomain(m_wizard->draft().address);
    const QString found = m_origin->source == DiscoverySource::Srv
                              ? tr("These settings came from the DNS records of %1 (SRV) and work: Thunderbird's "
                                   "database of providers may not have them yet.")
                                    .arg(domain)
                              : tr("These settings came from the provider that receives the mail of %1 (DNS: MX) "
                                   "and work: Thunderbird's database of providers may not have them yet.")
                                    .arg(domain);
    m_text->setText(m_outcome.isEmpty() ? found : m_outcome);
    m_details->setText(tr("If Thunderbird's database of providers (ISPDB) does not list %1 yet, you may send this "
                          "file to the ISPDB project (https://github.com/thunderbird/autoconfig), so that Thunderbird "
                          "and this wizard find the settings without DNS. The file holds the servers only, no "
                          "address or password; the wizard uploads nothing.")
                           .arg(domain));
}

}  // namespace ipw
