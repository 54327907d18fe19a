#pragma once
// An Apple configuration profile (.mobileconfig) that adds one IMAP account to iPhone, iPad or macOS Mail.
// Reference: Apple's Configuration Profile Reference, payloads "Configuration" and "com.apple.mail.managed".

#include "handoff/HandoffSettings.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace ipw {

/// What the profile shows on the device, in the user's language (app/ translates; core has no words).
struct AppleProfileTexts {
    QString profileName;         ///< PayloadDisplayName of the profile ("Mail: taro@example.jp")
    QString profileDescription;  ///< PayloadDescription of the profile
    QString accountDescription;  ///< EmailAccountDescription: the account's name in Mail
    QString organization;        ///< PayloadOrganization
};

/// The profile as an XML property list: unsigned (iOS shows "Not Signed"), without a password (iOS asks for it on
/// install). Installing a second profile for the same address replaces the first: the identifier and UUIDs are
/// derived from the address (name-based UUID v5, RFC 4122 §4.3), not random.
///
///     if (!AppleMailProfile::problem(settings))
///         QByteArray xml = AppleMailProfile::toXml(settings, texts);
class AppleMailProfile {
public:
    enum class Problem {
        NoImapServer,  ///< no IMAP host or port
        NoSmtpServer,  ///< com.apple.mail.managed needs an outgoing server
    };
    static constexpr const char *kContentType = "application/x-apple-aspen-config";

    /// Why this account cannot be written as a profile; std::nullopt when it can.
    static std::optional<Problem> problem(const HandoffSettings &settings);
    /// The profile's bytes (UTF-8 XML plist). Call only when problem() is std::nullopt.
    static QByteArray toXml(const HandoffSettings &settings, const AppleProfileTexts &texts);

    /// "io.github.imap-password-wizard.mail.<uuid>": the same for the same address, whatever its case.
    static QString profileIdentifier(const QString &address);
    static QUuid profileUuid(const QString &address);
    static QUuid mailPayloadUuid(const QString &address);
    /// A file name for the profile: "<address>.mobileconfig" with characters unsafe in file names replaced.
    static QString fileName(const QString &address);
};

}  // namespace ipw
