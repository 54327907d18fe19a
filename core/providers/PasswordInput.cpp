#include "providers/PasswordInput.h"

#include <algorithm>

#include <QRegularExpression>

namespace ipw {
namespace {

constexpr char16_t kFullWidthFirst = 0xFF01;  // ！
constexpr char16_t kFullWidthLast = 0xFF5E;   // ～
constexpr char16_t kIdeographicSpace = 0x3000;

bool isFullWidthAscii(QChar c)
{
    return (c.unicode() >= kFullWidthFirst && c.unicode() <= kFullWidthLast) || c.unicode() == kIdeographicSpace;
}

// Google shows app passwords as four groups of four lowercase letters separated by spaces
// (support.google.com/accounts/answer/185833); people paste them with the spaces, or with one space lost.
const QRegularExpression &groupedGooglePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z]{4}( [a-zA-Z]{4}){3}$"));
    return pattern;
}

}  // namespace

QList<PasswordInputIssue> checkPasswordInput(const QString &input, PasswordShape shape)
{
    QList<PasswordInputIssue> issues;
    if (input.isEmpty()) {
        issues.append(PasswordInputIssue::Empty);
        return issues;
    }
    if (std::any_of(input.cbegin(), input.cend(), isFullWidthAscii))
        issues.append(PasswordInputIssue::FullWidthCharacters);
    const QString halfWidth = toHalfWidth(input);
    if (halfWidth.front().isSpace() || halfWidth.back().isSpace())
        issues.append(PasswordInputIssue::LeadingOrTrailingSpace);
    if (shape == PasswordShape::GoogleAppPassword && groupedGooglePattern().match(halfWidth.trimmed()).hasMatch())
        issues.append(PasswordInputIssue::GroupedAppPassword);
    return issues;
}

QString toHalfWidth(const QString &input)
{
    QString out = input;
    for (QChar &c : out) {
        if (c.unicode() == kIdeographicSpace)
            c = QLatin1Char(' ');
        else if (c.unicode() >= kFullWidthFirst && c.unicode() <= kFullWidthLast)
            c = QChar(char16_t(c.unicode() - kFullWidthFirst + u'!'));
    }
    return out;
}

QString withoutAppPasswordSpaces(const QString &input, PasswordShape shape)
{
    if (shape == PasswordShape::GoogleAppPassword && groupedGooglePattern().match(input.trimmed()).hasMatch())
        return input.trimmed().remove(QLatin1Char(' '));
    return input;
}

bool looksLikeFourDigitPin(const QString &input, const PasswordRules &rules)
{
    if (!rules.minLength || *rules.minLength <= 4)
        return false;
    const QString digits = toHalfWidth(input);
    if (digits.size() != 4)
        return false;
    return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

}  // namespace ipw
