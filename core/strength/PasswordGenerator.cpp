#include "strength/PasswordGenerator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace ipw {

namespace {

constexpr int preferredLength = 16;  // 16 of 56 characters: about 93 bits

// No 0/O/o, 1/l/I: a generated password is often read off one screen and typed on another.
const QString upper = u"ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
const QString lower = u"abcdefghijkmnpqrstuvwxyz"_s;
const QString digits = u"23456789"_s;

QChar pick(const QString &from, QRandomGenerator &random)
{
    return from.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(from.size()))));
}

}  // namespace

int generatedPasswordLength(const PasswordPolicy &policy)
{
    return std::clamp(preferredLength, policy.minLength, std::max(policy.minLength, policy.maxLength));
}

QString generatePassword(const PasswordPolicy &policy)
{
    return generatePassword(policy, *QRandomGenerator::system());
}

QString generatePassword(const PasswordPolicy &policy, QRandomGenerator &random)
{
    std::vector<QString> classes{upper, lower, digits};
    QString symbols;
    for (const QChar c : policy.symbols.value_or(QString()))
        if (c.unicode() > 0x20 && c.unicode() < 0x7f && !symbols.contains(c))
            symbols.append(c);
    if (!symbols.isEmpty())
        classes.push_back(symbols);
    const int length = generatedPasswordLength(policy);
    if (static_cast<int>(classes.size()) > length)  // a provider's maximum under 4: never over it
        classes.resize(static_cast<std::size_t>(length));
    QString all;
    for (const QString &chars : classes)
        all += chars;

    QString password;
    password.reserve(length);
    for (const QString &chars : classes)  // one of each class first…
        password.append(pick(chars, random));
    while (password.size() < length)  // …the rest from all of them…
        password.append(pick(all, random));
    for (qsizetype i = password.size() - 1; i > 0; --i)  // …then shuffled (Fisher–Yates), so no class has a place
        std::swap(password[i], password[static_cast<qsizetype>(random.bounded(static_cast<quint32>(i + 1)))]);
    return password;
}

}  // namespace ipw
