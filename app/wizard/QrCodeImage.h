#pragma once
// A QR code as an image, made with libqrencode (Debian libqrencode-dev; the Windows and macOS builds need the same
// library, see docs/packaging.md).

#include <QImage>
#include <QString>

namespace ipw {

/// The QR code for `text` (error correction level M), `scale` pixels per module, with the 4-module quiet zone the
/// standard asks for; a null image when the text is too long for a QR code.
QImage qrCodeImage(const QString &text, int scale = 6);

}  // namespace ipw
