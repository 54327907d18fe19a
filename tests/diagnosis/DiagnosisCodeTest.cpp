#include "diagnosis/CheckStage.h"
#include "diagnosis/Diagnosis.h"

#include "CatchQt.h"

using namespace Qt::StringLiterals;
using ipw::DiagnosisCode;

TEST_CASE("the diagnosis names are exactly the contract, in order")
{
    const QStringList contract{
        u"ok"_s,
        u"not-attempted"_s,
        u"wrong-credentials"_s,
        u"app-password-required"_s,
        u"oauth-required"_s,
        u"imap-disabled"_s,
        u"web-login-required"_s,
        u"password-expired"_s,
        u"too-many-attempts"_s,
        u"too-many-connections"_s,
        u"account-locked"_s,
        u"contact-admin"_s,
        u"not-authorized"_s,
        u"server-unavailable"_s,
        u"server-error"_s,
        u"tls-required"_s,
        u"starttls-unavailable"_s,
        u"certificate-untrusted"_s,
        u"certificate-expired"_s,
        u"certificate-name-mismatch"_s,
        u"tls-handshake-failed"_s,
        u"dns-failure"_s,
        u"connection-refused"_s,
        u"timeout"_s,
        u"network-unreachable"_s,
        u"protocol-error"_s,
        u"mailbox-unavailable"_s,
        u"auth-method-unsupported"_s,
        u"cancelled"_s,
        // OAuth 2.0 sign-in, appended:
        u"oauth-not-configured"_s,
        u"oauth-consent-denied"_s,
        u"oauth-token-rejected"_s,
        u"oauth-flow-failed"_s,
        u"oauth-sign-in-timeout"_s,
        u"oauth-refresh-rejected"_s,
    };
    QStringList names;
    for (DiagnosisCode code : ipw::allDiagnosisCodes())
        names << ipw::toString(code);
    CHECK(names == contract);
    CHECK(ipw::allDiagnosisCodes().size() == int(DiagnosisCode::OauthRefreshRejected) + 1);
}

TEST_CASE("every diagnosis code round-trips through its name")
{
    for (DiagnosisCode code : ipw::allDiagnosisCodes()) {
        const QString name = ipw::toString(code);
        INFO(name.toStdString());
        REQUIRE(ipw::diagnosisFromString(name).has_value());
        CHECK(*ipw::diagnosisFromString(name) == code);
    }
}

TEST_CASE("unknown diagnosis names are rejected, not guessed")
{
    CHECK_FALSE(ipw::diagnosisFromString(u"").has_value());
    CHECK_FALSE(ipw::diagnosisFromString(u"Wrong-Credentials").has_value());
    CHECK_FALSE(ipw::diagnosisFromString(u"wrong-credentials ").has_value());
    CHECK_FALSE(ipw::diagnosisFromString(u"wrong_credentials").has_value());
}

TEST_CASE("check stages have stable names and round-trip")
{
    using ipw::CheckStage;
    const QList<std::pair<CheckStage, QString>> expected{
        {CheckStage::Resolve, u"resolve"_s},
        {CheckStage::Connect, u"connect"_s},
        {CheckStage::Tls, u"tls"_s},
        {CheckStage::Greeting, u"greeting"_s},
        {CheckStage::Capability, u"capability"_s},
        {CheckStage::Starttls, u"starttls"_s},
        {CheckStage::Auth, u"auth"_s},
        {CheckStage::Mailbox, u"mailbox"_s},
    };
    for (const auto &[stage, name] : expected) {
        CHECK(ipw::toString(stage) == name);
        REQUIRE(ipw::checkStageFromString(name).has_value());
        CHECK(*ipw::checkStageFromString(name) == stage);
    }
    CHECK_FALSE(ipw::checkStageFromString(u"login").has_value());
    CHECK_FALSE(ipw::checkStageFromString(u"AUTH").has_value());
}
