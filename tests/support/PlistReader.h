#pragma once
// Reads the XML plist that libplist's `plistutil` writes (tests parse our profile through plistutil, so what they
// read is the real parser's view of it, not our writer's).

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace ipw::test {

/// Runs `plistutil` over `xml` twice (XML → binary → XML): a file it cannot parse gives std::nullopt and *why.
std::optional<QByteArray> roundTripThroughPlistutil(const QByteArray &xml, QString *why);
/// XML plist → QVariant (dict → QVariantMap, array → QVariantList, string, integer → qlonglong, true/false → bool).
QVariant readPlist(const QByteArray &xml, QString *why);

}  // namespace ipw::test
