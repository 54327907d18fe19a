#include "strength/PasswordStrength.h"

#include <zxcvbn.h>

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <vector>

namespace ipw {

namespace {

// A part of the address or login name shorter than this matches too much by chance ("a", "jp").
constexpr qsizetype minimumPersonalWordLength = 3;
// A piece of the part before @ is warned about from this length on ("taro", "yamada"; not "k" or "t2").
constexpr qsizetype minimumAddressPieceLength = 4;

const QRegularExpression &addressSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[._+-]"));
    return separators;
}

// The words an attacker who knows the address tries first: the address, its local part, the local part's pieces
// (taro.yamada → taro, yamada), the domain's first label, and the login name.
QStringList personalWords(const QString &address, const QString &loginName)
{
    QStringList words;
    const auto add = [&](const QString &word) {
        const QString w = word.trimmed().toLower();
        if (w.size() >= minimumPersonalWordLength && !words.contains(w))
            words.append(w);
    };
    const QString trimmed = address.trimmed();
    add(trimmed);
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at > 0) {
        const QString local = trimmed.left(at);
        add(local);
        for (const QString &piece : local.split(addressSeparators()))
            add(piece);
        add(trimmed.mid(at + 1).section(u'.', 0, 0));
    }
    add(loginName);
    return words;
}

bool containsWord(const QString &password, const QString &word)
{
    return word.size() >= minimumPersonalWordLength && password.contains(word, Qt::CaseInsensitive);
}

}  // namespace

bool StrengthEstimate::acceptable() const
{
    return problems.isEmpty() && !containsAddress && !containsLoginName && score >= StrengthScore::Good;
}

StrengthScore scoreForBits(double bits)
{
    // zxcvbn's score: guesses < 10^3 → 0, < 10^6 → 1, < 10^8 → 2, < 10^10 → 3, else 4 (log2 of each).
    if (bits < 3 * std::log2(10.0))
        return StrengthScore::VeryWeak;
    if (bits < 6 * std::log2(10.0))
        return StrengthScore::Weak;
    if (bits < 8 * std::log2(10.0))
        return StrengthScore::Fair;
    if (bits < 10 * std::log2(10.0))
        return StrengthScore::Good;
    return StrengthScore::Strong;
}

StrengthEstimate estimatePasswordStrength(const QString &password, const PasswordPolicy &policy, const QString &address,
                                          const QString &loginName)
{
    StrengthEstimate estimate;
    if (password.size() < policy.minLength)
        estimate.problems.append(PasswordRuleProblem::TooShort);
    if (password.size() > policy.maxLength)
        estimate.problems.append(PasswordRuleProblem::TooLong);
    for (const QChar c : password) {
        if (!policy.allowsCharacter(c)) {
            estimate.problems.append(PasswordRuleProblem::CharacterNotAllowed);
            break;
        }
    }

    const QString trimmedAddress = address.trimmed();
    const qsizetype at = trimmedAddress.lastIndexOf(u'@');
    estimate.containsAddress = containsWord(password, trimmedAddress);
    if (at > 0) {
        // The part before @, or a piece of it long enough to be a name (taro.yamada → "yamada").
        const QString local = trimmedAddress.left(at);
        estimate.containsAddress = estimate.containsAddress || containsWord(password, local);
        for (const QString &piece : local.split(addressSeparators()))
            if (piece.size() >= minimumAddressPieceLength)
                estimate.containsAddress = estimate.containsAddress || containsWord(password, piece);
    }
    estimate.containsLoginName = containsWord(password, loginName.trimmed());

    if (password.isEmpty())
        return estimate;
    const QStringList words = personalWords(address, loginName);
    std::vector<QByteArray> wordBytes;
    wordBytes.reserve(words.size());
    for (const QString &w : words)
        wordBytes.push_back(w.toUtf8());
    std::vector<const char *> dictionary;
    for (const QByteArray &w : wordBytes)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);
    QByteArray bytes = password.toUtf8();
    estimate.bits = ZxcvbnMatch(bytes.constData(), dictionary.data(), nullptr);
    bytes.fill('\0');  // the typed password does not stay in this copy
    estimate.score = scoreForBits(estimate.bits);
    return estimate;
}

}  // namespace ipw
