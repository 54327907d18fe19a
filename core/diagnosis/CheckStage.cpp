#include "diagnosis/CheckStage.h"

#include <array>
#include <utility>

namespace ipw {
namespace {

constexpr std::array<std::pair<CheckStage, QStringView>, 8> names{{
    {CheckStage::Resolve, u"resolve"},
    {CheckStage::Connect, u"connect"},
    {CheckStage::Tls, u"tls"},
    {CheckStage::Greeting, u"greeting"},
    {CheckStage::Capability, u"capability"},
    {CheckStage::Starttls, u"starttls"},
    {CheckStage::Auth, u"auth"},
    {CheckStage::Mailbox, u"mailbox"},
}};

}  // namespace

QString toString(CheckStage stage)
{
    for (const auto &[value, name] : names) {
        if (value == stage)
            return name.toString();
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<CheckStage> checkStageFromString(QStringView name)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

}  // namespace ipw
