#pragma once

#include <QString>

namespace ipw {

/// A DNS host name (RFC 1123 labels, at most 253 characters, no trailing dot), an IPv4 literal, or an IPv6 literal
/// without brackets ("::1"). Used for every host in provider files and for hosts typed by hand.
bool isValidHostName(QStringView host);

/// Lower case, surrounding spaces and one trailing dot removed: the form hosts and mail domains are compared in.
QString normalizedHostName(QStringView host);

}  // namespace ipw
