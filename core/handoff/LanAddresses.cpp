#include "handoff/LanAddresses.h"

#include <QNetworkInterface>

#include <algorithm>

namespace ipw {
namespace {

bool isPrivate(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
           address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
           address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
}

}  // namespace

QList<LanAddress> lanAddresses()
{
    QList<LanAddress> found;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.protocol() != QAbstractSocket::IPv4Protocol || a.isLoopback() || a.isLinkLocal())
                continue;
            found.append(LanAddress{a, iface.humanReadableName()});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const LanAddress &a, const LanAddress &b) {
        return isPrivate(a.address) && !isPrivate(b.address);
    });
    return found;
}

}  // namespace ipw
