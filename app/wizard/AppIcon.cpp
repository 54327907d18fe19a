#include "AppIcon.h"

using namespace Qt::StringLiterals;

namespace ipw {

QIcon appIcon()
{
    // PNGs rather than the SVG: rendering SVG would make the Qt SVG image plugin a run-time dependency.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/io.github.imap_password_wizard.png"_s.arg(size), QSize(size, size));
    return icon;
}

QString appId()
{
    // Must match packaging/linux/<id>.desktop and <id>.metainfo.xml: Wayland compositors find the window's icon
    // and name through it.
    return u"io.github.imap_password_wizard"_s;
}

}  // namespace ipw
