#include "providers/ProviderTypes.h"

#include <array>
#include <utility>

namespace ipw {
namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, QStringView text)
{
    for (const auto &[value, name] : table) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<UsernameRule, const char16_t *>, 3> kUsername{{
    {UsernameRule::Address, u"address"},
    {UsernameRule::LocalPart, u"local-part"},
    {UsernameRule::ProviderId, u"provider-id"},
}};
constexpr std::array<std::pair<AuthMethod, const char16_t *>, 4> kAuth{{
    {AuthMethod::Password, u"password"},
    {AuthMethod::ProviderPassword, u"provider-password"},
    {AuthMethod::AppPassword, u"app-password"},
    {AuthMethod::OAuth2, u"oauth2"},
}};
constexpr std::array<std::pair<TlsQuirk, const char16_t *>, 1> kQuirk{{
    {TlsQuirk::LegacyRenegotiation, u"legacy-renegotiation"},
}};
constexpr std::array<std::pair<YesNoUnknown, const char16_t *>, 3> kYesNo{{
    {YesNoUnknown::Yes, u"yes"},
    {YesNoUnknown::No, u"no"},
    {YesNoUnknown::Unknown, u"unknown"},
}};
constexpr std::array<std::pair<PasswordChooser, const char16_t *>, 3> kChooser{{
    {PasswordChooser::Provider, u"provider"},
    {PasswordChooser::User, u"user"},
    {PasswordChooser::Unknown, u"unknown"},
}};

constexpr std::array<std::pair<PasswordAction, const char16_t *>, 4> kAction{{
    {PasswordAction::Check, u"check"},
    {PasswordAction::Change, u"change"},
    {PasswordAction::Recreate, u"recreate"},
    {PasswordAction::Reissue, u"reissue"},
}};

}  // namespace

QString toString(UsernameRule rule)
{
    return nameOf(kUsername, rule);
}
std::optional<UsernameRule> usernameRuleFromString(QStringView text)
{
    return valueOf(kUsername, text);
}
QString toString(AuthMethod method)
{
    return nameOf(kAuth, method);
}
std::optional<AuthMethod> authMethodFromString(QStringView text)
{
    return valueOf(kAuth, text);
}
QString toString(TlsQuirk quirk)
{
    return nameOf(kQuirk, quirk);
}
std::optional<TlsQuirk> tlsQuirkFromString(QStringView text)
{
    return valueOf(kQuirk, text);
}
QString toString(YesNoUnknown value)
{
    return nameOf(kYesNo, value);
}
std::optional<YesNoUnknown> yesNoUnknownFromString(QStringView text)
{
    return valueOf(kYesNo, text);
}
QString toString(PasswordChooser value)
{
    return nameOf(kChooser, value);
}
std::optional<PasswordChooser> passwordChooserFromString(QStringView text)
{
    return valueOf(kChooser, text);
}

QString toString(PasswordAction value)
{
    return nameOf(kAction, value);
}
std::optional<PasswordAction> passwordActionFromString(QStringView text)
{
    return valueOf(kAction, text);
}

}  // namespace ipw
