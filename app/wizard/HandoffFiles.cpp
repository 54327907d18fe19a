#include "HandoffFiles.h"

#include "AccountDraft.h"
#include "DraftSettings.h"
#include "SaveFileDialog.h"
#include "common/HandoffText.h"
#include "handoff/AppleMailProfile.h"
#include "handoff/ClientConfigExport.h"
#include "pdf/SettingsSheetPdf.h"
#include "providers/ProviderDatabase.h"

using namespace Qt::StringLiterals;

namespace ipw {

HandoffFiles::HandoffFiles(const AccountDraft &draft, const ProviderDatabase &providers)
    : m_settings(HandoffSettings::fromProfile(profileOf(draft, providers), &providers))
    , m_provider(m_settings.providerId.isEmpty() ? nullptr : providers.byId(m_settings.providerId))
{
}

QString HandoffFiles::profileProblem() const
{
    const auto problem = AppleMailProfile::problem(m_settings);
    return problem ? HandoffText::problem(*problem) : QString();
}

QByteArray HandoffFiles::bytes(Kind kind) const
{
    switch (kind) {
    case Kind::AppleProfile:
        return AppleMailProfile::problem(m_settings)
                   ? QByteArray()
                   : AppleMailProfile::toXml(m_settings, HandoffText::appleProfileTexts(m_settings, m_provider));
    case Kind::Pdf:
        return SettingsSheetPdf::render(m_settings, m_provider);
    case Kind::ClientConfig:
        return clientConfigFor(m_settings, m_provider).toXml();
    }
    return {};
}

QString HandoffFiles::suggestedName(Kind kind) const
{
    const QString base = AppleMailProfile::fileName(m_settings.address).chopped(int(qstrlen(".mobileconfig")));
    switch (kind) {
    case Kind::AppleProfile:
        return base + u".mobileconfig"_s;
    case Kind::Pdf:
        return base + u".pdf"_s;
    case Kind::ClientConfig:
        return base + u".xml"_s;
    }
    return base;
}

QString HandoffFiles::filter(Kind kind) const
{
    switch (kind) {
    case Kind::AppleProfile:
        return u"*.mobileconfig"_s;
    case Kind::Pdf:
        return u"*.pdf"_s;
    case Kind::ClientConfig:
        return u"*.xml"_s;
    }
    return {};
}

std::optional<QString> HandoffFiles::save(Kind kind, QWidget *parent, const QString &title, QString *error) const
{
    return saveFileAs(
        parent, title, suggestedName(kind), filter(kind), [this, kind] { return bytes(kind); }, error);
}

}  // namespace ipw
