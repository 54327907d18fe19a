#pragma once
// The PC's addresses a phone on the same network can reach: what the "Send to my iPhone" page offers.

#include <QHostAddress>
#include <QList>
#include <QString>

namespace ipw {

struct LanAddress {
    QHostAddress address;
    QString interfaceName;  ///< as the system shows it ("Wi-Fi", "wlp2s0")
    friend bool operator==(const LanAddress &, const LanAddress &) = default;
};

/// IPv4 addresses of interfaces that are up and running, loopback and link-local (169.254/16) left out, private
/// ranges (RFC 1918) first. Never the any-address. May be empty (no network).
QList<LanAddress> lanAddresses();

}  // namespace ipw
