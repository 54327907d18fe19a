#pragma once

#include <QString>

namespace ipw {

/// A DNS host name (RFC 1123 labels, at most 253 characters, no trailing dot), an IPv4 literal, or an IPv6 literal
/// without brackets ("::1"). Used for every host in provider files and for hosts typed by hand.
bool isValidHostName(QStringView host);

/// An https URL with a host, or (for local servers and the tests) an http URL on loopback by name or address only
/// (localhost, 127.0.0.0/8 as a dotted quad, ::1; nothing is resolved).
bool isHttpsOrLoopbackHttp(QStringView url, bool allowLoopbackHttp = true);

/// Lower case, surrounding spaces and one trailing dot removed: the form hosts and mail domains are compared in.
QString normalizedHostName(QStringView host);

/// The mail domain of an address, normalized as above: "Taro@Example.JP" → "example.jp" (everything after the last
/// '@'; the whole text when there is none).
QString addressDomain(QStringView address);

}  // namespace ipw
