#pragma once

#include "diagnosis/Diagnosis.h"
#include "net/CheckSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ipw::oauthsasl {

/// The SASL mechanism that carries an OAuth access token, chosen from what the server offers (IMAP `AUTH=…`
/// capabilities without the prefix, or the SMTP EHLO AUTH list; upper-case). Automatic prefers the standard
/// OAUTHBEARER (RFC 7628) over Google's XOAUTH2. std::nullopt when the wanted mechanism is not offered: the
/// caller then reports auth-method-unsupported without sending anything (never PLAIN/LOGIN with a token).
///
///     chooseMechanism({"PLAIN", "XOAUTH2"}, OAuthMechanism::Automatic);  // "XOAUTH2"
std::optional<QByteArray> chooseMechanism(const QList<QByteArray> &offered, OAuthMechanism wanted);

/// "OAUTHBEARER or XOAUTH2", "OAUTHBEARER" or "XOAUTH2" (for the transcript).
QString wantedMechanismsText(OAuthMechanism wanted);

/// The client's first message (not yet base64-encoded), which contains the token.
///
/// XOAUTH2 (https://developers.google.com/gmail/imap/xoauth2-protocol):
///     "user=" user ^A "auth=Bearer " token ^A ^A
/// OAUTHBEARER (RFC 7628 §3.1): the GS2 header "n,a=" saslname "," (RFC 5801 §4, ',' → "=2C", '=' → "=3D"), then
///     ^A "host=" host ^A "port=" port ^A "auth=Bearer " token ^A ^A
QByteArray initialResponse(const QByteArray &mechanism, const QString &user, const QString &host, quint16 port,
                           QByteArrayView token);

/// What the client answers to the server's error challenge (RFC 7628 §3.2.3): the exchange must be finished before
/// the server sends its final failure. Already in wire form (base64, without CRLF): empty for XOAUTH2, "AQ==" (the
/// single byte %x01) for OAUTHBEARER.
QByteArray errorChallengeReply(const QByteArray &mechanism);

/// The diagnosis of a refused login with a token, from what the classifier made of the final NO/535
/// (`classified`) and whether the server sent an error challenge first. After a challenge the token is what was
/// refused, whatever the final words (also for "insufficient_scope": ProtocolResult::oauthStatus says which).
/// Without one, a refusal that would blame a password (wrong-credentials, app-password-required, oauth-required)
/// blames the token; other causes (too many connections, IMAP turned off, server trouble) stay what they are.
DiagnosisCode diagnoseRefusedToken(DiagnosisCode classified, bool challenged);

/// RFC 5801 §4 saslname: ',' → "=2C" and '=' → "=3D".
QByteArray gs2SaslName(const QString &user);

}  // namespace ipw::oauthsasl
