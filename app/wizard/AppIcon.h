#pragma once

#include <QIcon>
#include <QString>

namespace ipw {

/// The application's icon (resources/icons, compiled into the wizard as a Qt resource), and the id it shares with
/// the desktop entry and the AppStream metainfo on Linux.
///
///     QApplication::setWindowIcon(ipw::appIcon());
///     QGuiApplication::setDesktopFileName(ipw::appId());
QIcon appIcon();
QString appId();

}  // namespace ipw
