// core/strength without a UI: zxcvbn-c's estimate as the wizard uses it, the provider's rules from the real
// provider files, the warning for the address or login name in the password, and the generator.
#include "strength/PasswordStrength.h"
#include "providers/ProviderDatabase.h"
#include "strength/PasswordGenerator.h"
#include "strength/PasswordPolicy.h"

#include "CatchQt.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

const Provider &builtIn(QStringView id)
{
    static const ProviderDatabase db = ProviderDatabase::builtIn();
    const Provider *p = db.byId(id);
    REQUIRE(p);
    return *p;
}

PasswordPolicy softbank()
{
    return PasswordPolicy::fromRules(builtIn(u"softbank").passwordRules);
}

}  // namespace

TEST_CASE("Strength: the policy applies only where the user chooses the password", "[strength]")
{
    CHECK(softbank().applies);
    CHECK(softbank().minLength == 6);
    CHECK(softbank().maxLength == 12);
    CHECK(PasswordPolicy::fromRules(builtIn(u"yahoo-japan").passwordRules).applies);
    CHECK_FALSE(PasswordPolicy::fromRules(builtIn(u"docomo").passwordRules).applies);
    CHECK_FALSE(PasswordPolicy::fromRules(builtIn(u"gmail").passwordRules).applies);
    // No lengths stated: 8 to 64 (NIST SP 800-63B).
    PasswordRules rules;
    rules.chosenBy = PasswordChooser::User;
    const PasswordPolicy defaults = PasswordPolicy::fromRules(rules);
    CHECK(defaults.minLength == 8);
    CHECK(defaults.maxLength == 64);
}

TEST_CASE("Strength: zxcvbn rates common passwords low and random ones high", "[strength]")
{
    const PasswordPolicy policy = PasswordPolicy::fromRules({PasswordChooser::User, 6, 64, {}, {}});
    const StrengthEstimate common = estimatePasswordStrength(u"password123"_s, policy);
    CHECK(common.score <= StrengthScore::Weak);
    CHECK_FALSE(common.acceptable());
    CHECK(estimatePasswordStrength(u"qwertyuiop"_s, policy).score <= StrengthScore::Weak);  // a keyboard row
    CHECK(estimatePasswordStrength(u"19850412"_s, policy).score <= StrengthScore::Fair);    // a date
    const StrengthEstimate random = estimatePasswordStrength(u"vR7kQ2mXp9Lw"_s, policy);
    CHECK(random.score == StrengthScore::Strong);
    CHECK(random.bits > common.bits);
    CHECK(random.acceptable());
    CHECK(estimatePasswordStrength(QString(), policy).score == StrengthScore::VeryWeak);
}

TEST_CASE("Strength: the score follows zxcvbn's guess thresholds", "[strength]")
{
    CHECK(scoreForBits(0) == StrengthScore::VeryWeak);
    CHECK(scoreForBits(9.9) == StrengthScore::VeryWeak);  // < 10^3 guesses
    CHECK(scoreForBits(10.0) == StrengthScore::Weak);
    CHECK(scoreForBits(26.5) == StrengthScore::Fair);  // < 10^8
    CHECK(scoreForBits(33.0) == StrengthScore::Good);  // < 10^10
    CHECK(scoreForBits(33.3) == StrengthScore::Strong);
}

TEST_CASE("Strength: the provider's length rules and characters", "[strength]")
{
    const PasswordPolicy policy = softbank();  // 6 to 12
    CHECK(estimatePasswordStrength(u"a1B2c"_s, policy).problems == QList{PasswordRuleProblem::TooShort});
    CHECK(estimatePasswordStrength(u"a1B2c3"_s, policy).problems.isEmpty());
    CHECK(estimatePasswordStrength(u"a1B2c3d4E5f6"_s, policy).problems.isEmpty());
    CHECK(estimatePasswordStrength(u"a1B2c3d4E5f6g"_s, policy).problems == QList{PasswordRuleProblem::TooLong});
    // Full-width letters and spaces are not what the server compares against.
    CHECK(estimatePasswordStrength(u"ａｂｃ12345"_s, policy).problems ==
          QList{PasswordRuleProblem::CharacterNotAllowed});
    CHECK(estimatePasswordStrength(u"abc 12345"_s, policy).problems == QList{PasswordRuleProblem::CharacterNotAllowed});
    // No symbols stated: printable ASCII passes. Stated: only those.
    CHECK(estimatePasswordStrength(u"abc#12345"_s, policy).problems.isEmpty());
    PasswordPolicy stated = policy;
    stated.symbols = u"-_"_s;
    CHECK(estimatePasswordStrength(u"abc-12345"_s, stated).problems.isEmpty());
    CHECK(estimatePasswordStrength(u"abc#12345"_s, stated).problems == QList{PasswordRuleProblem::CharacterNotAllowed});
}

TEST_CASE("Strength: the address or the login name in the password is flagged", "[strength]")
{
    const PasswordPolicy policy = PasswordPolicy::fromRules({PasswordChooser::User, 6, 64, {}, {}});
    const QString address = u"taro.yamada@i.softbank.jp"_s;
    const StrengthEstimate local = estimatePasswordStrength(u"xTaro.Yamada42"_s, policy, address, u"taro.yamada"_s);
    CHECK(local.containsAddress);
    CHECK(local.containsLoginName);
    CHECK_FALSE(local.acceptable());
    const StrengthEstimate login = estimatePasswordStrength(u"Zq9-imapid01-x"_s, policy, address, u"imapid01"_s);
    CHECK_FALSE(login.containsAddress);
    CHECK(login.containsLoginName);
    CHECK_FALSE(login.acceptable());
    // A piece of the part before @ counts (yamada), a short one does not (taro.k: "k").
    CHECK(estimatePasswordStrength(u"Yamada-2024x"_s, policy, address).containsAddress);
    CHECK_FALSE(estimatePasswordStrength(u"vR7kQ2mXp9k"_s, policy, u"taro.k@example.jp"_s).containsAddress);
    const StrengthEstimate clean = estimatePasswordStrength(u"vR7kQ2mXp9Lw"_s, policy, address, u"imapid01"_s);
    CHECK_FALSE(clean.containsAddress);
    CHECK_FALSE(clean.containsLoginName);
    // zxcvbn counts the address's pieces as words an attacker tries first: lower than the same shape without them.
    const double withName = estimatePasswordStrength(u"yamada2024"_s, policy, address).bits;
    const double withoutName = estimatePasswordStrength(u"yamada2024"_s, policy).bits;
    CHECK(withName < withoutName);
}

TEST_CASE("Strength: generated passwords respect the rules and use every class", "[strength]")
{
    QRandomGenerator seeded(20261203);
    for (const PasswordPolicy &policy : {softbank(), PasswordPolicy::fromRules({PasswordChooser::User, {}, {}, {}, {}}),
                                         PasswordPolicy::fromRules({PasswordChooser::User, 20, 30, {}, {}})}) {
        for (int i = 0; i < 200; ++i) {
            const QString password = generatePassword(policy, seeded);
            INFO(password.toStdString());
            CHECK(password.size() == generatedPasswordLength(policy));
            CHECK(password.size() >= policy.minLength);
            CHECK(password.size() <= policy.maxLength);
            CHECK(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isUpper(); }));
            CHECK(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isLower(); }));
            CHECK(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); }));
            CHECK(estimatePasswordStrength(password, policy).problems.isEmpty());
        }
    }
    CHECK(generatedPasswordLength(softbank()) == 12);
    CHECK(generatedPasswordLength(PasswordPolicy::fromRules({PasswordChooser::User, {}, {}, {}, {}})) == 16);
    CHECK(generatedPasswordLength(PasswordPolicy::fromRules({PasswordChooser::User, 20, 30, {}, {}})) == 20);
}

TEST_CASE("Strength: stated symbols are used and no others", "[strength]")
{
    PasswordPolicy policy = softbank();
    policy.symbols = u"-_"_s;
    QRandomGenerator seeded(7);
    for (int i = 0; i < 200; ++i) {
        const QString password = generatePassword(policy, seeded);
        INFO(password.toStdString());
        CHECK((password.contains(u'-') || password.contains(u'_')));
        CHECK(estimatePasswordStrength(password, policy).problems.isEmpty());
    }
}

TEST_CASE("Strength: a maximum shorter than the classes is still respected", "[strength]")
{
    PasswordPolicy tiny = PasswordPolicy::fromRules({PasswordChooser::User, 1, 3, {}, {}});
    tiny.symbols = u"-"_s;
    QRandomGenerator seeded(3);
    for (int i = 0; i < 50; ++i)
        CHECK(generatePassword(tiny, seeded).size() == 3);
}

TEST_CASE("Strength: the system generator gives different passwords", "[strength]")
{
    const PasswordPolicy policy = softbank();
    const QString first = generatePassword(policy);
    const QString second = generatePassword(policy);
    CHECK(first.size() == 12);
    CHECK(first != second);  // 12 of 56 characters: equal once in 10^20
    CHECK(estimatePasswordStrength(first, policy).score >= StrengthScore::Good);
}
