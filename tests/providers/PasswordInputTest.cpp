#include "providers/PasswordInput.h"

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using ipw::PasswordInputIssue;
using ipw::PasswordShape;

namespace Catch {
template<> struct StringMaker<PasswordInputIssue> {
    static std::string convert(PasswordInputIssue issue) { return std::to_string(int(issue)); }
};
}  // namespace Catch

TEST_CASE("an empty password is the only issue reported for empty input")
{
    CHECK(ipw::checkPasswordInput(QString(), PasswordShape::Any) == QList{PasswordInputIssue::Empty});
}

TEST_CASE("a plain password has no issues")
{
    CHECK(ipw::checkPasswordInput(u"Abc123!x"_s, PasswordShape::Any).isEmpty());
    CHECK(ipw::checkPasswordInput(u"パスワード"_s, PasswordShape::Any).isEmpty());  // not full-width ASCII
}

TEST_CASE("full-width letters, digits, symbols and the ideographic space are found and converted")
{
    const QString typed = u"ＡＢｃ１２３！＃　x"_s;
    CHECK(ipw::checkPasswordInput(typed, PasswordShape::Any).contains(PasswordInputIssue::FullWidthCharacters));
    CHECK(ipw::toHalfWidth(typed) == u"ABc123!# x"_s);
    CHECK(ipw::toHalfWidth(u"～"_s) == u"~"_s);
    CHECK(ipw::toHalfWidth(u"ドコモ"_s) == u"ドコモ"_s);
}

TEST_CASE("pasted leading or trailing spaces are found, also as ideographic spaces")
{
    CHECK(ipw::checkPasswordInput(u" secret"_s, PasswordShape::Any) ==
          QList{PasswordInputIssue::LeadingOrTrailingSpace});
    CHECK(ipw::checkPasswordInput(u"secret\t"_s, PasswordShape::Any) ==
          QList{PasswordInputIssue::LeadingOrTrailingSpace});
    CHECK(ipw::checkPasswordInput(u"secret　"_s, PasswordShape::Any)
              .contains(PasswordInputIssue::LeadingOrTrailingSpace));
    CHECK(ipw::checkPasswordInput(u"sec ret"_s, PasswordShape::Any).isEmpty());
}

TEST_CASE("a Google app password pasted with its display spaces is recognised only where one is expected")
{
    const QString pasted = u"abcd efgh ijkl mnop"_s;
    CHECK(ipw::checkPasswordInput(pasted, PasswordShape::GoogleAppPassword) ==
          QList{PasswordInputIssue::GroupedAppPassword});
    CHECK(ipw::checkPasswordInput(pasted, PasswordShape::Any).isEmpty());
    CHECK(ipw::withoutAppPasswordSpaces(pasted, PasswordShape::GoogleAppPassword) == u"abcdefghijklmnop"_s);
    CHECK(ipw::withoutAppPasswordSpaces(pasted, PasswordShape::Any) == pasted);
    CHECK(ipw::withoutAppPasswordSpaces(u"abcd efgh"_s, PasswordShape::GoogleAppPassword) == u"abcd efgh"_s);
}

TEST_CASE("a 4-digit number where the provider's password is longer looks like a PIN", "[password-input]")
{
    ipw::PasswordRules docomo;
    docomo.minLength = 10;
    CHECK(ipw::looksLikeFourDigitPin(u"1234"_s, docomo));
    CHECK(ipw::looksLikeFourDigitPin(u"０９８７"_s, docomo));  // full-width digits, IME on
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u"12345"_s, docomo));
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u"123"_s, docomo));
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u"12a4"_s, docomo));
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u" 1234"_s.trimmed() + u"x"_s, docomo));
    ipw::PasswordRules unknown;  // no length stated: no guess
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u"1234"_s, unknown));
    ipw::PasswordRules pinSized;
    pinSized.minLength = 4;
    CHECK_FALSE(ipw::looksLikeFourDigitPin(u"1234"_s, pinSized));
}
