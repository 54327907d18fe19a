#include "types/PasswordShape.h"

#include <array>
#include <utility>

namespace ipw {
namespace {

constexpr std::array<std::pair<PasswordShape, const char16_t *>, 3> kShapes{{
    {PasswordShape::Any, u"any"},
    {PasswordShape::GoogleAppPassword, u"google-app-password"},
    {PasswordShape::AppleAppPassword, u"apple-app-password"},
}};

}  // namespace

QString toString(PasswordShape shape)
{
    for (const auto &[value, name] : kShapes) {
        if (value == shape)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<PasswordShape> passwordShapeFromString(QStringView text)
{
    for (const auto &[value, name] : kShapes) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

}  // namespace ipw
