#include "AppIcon.h"
#include "AppPalette.h"
#include "SetupWizard.h"
#include "StartupTrace.h"
#include "common/BuildInfo.h"
#include "common/Language.h"
#include "setup/CoreDumps.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ipw::StartupTrace::begin();  // IPW_STARTUP_TRACE=1: where the start-up time goes, on stderr
    ipw::disableCoreDumps();     // before there is anything to keep out of a core dump
    QApplication app(argc, argv);
    ipw::StartupTrace::mark("QApplication");
    QApplication::setApplicationName(u"imap-password-wizard"_s);
    QApplication::setApplicationVersion(ipw::BuildInfo::version());
    QApplication::setDesktopFileName(ipw::appId());
    QApplication::setWindowIcon(ipw::appIcon());
    ipw::Language::apply(ipw::Language::fromSystem());
    // IPW_PALETTE=dark: the wizard in a dark palette (Fusion), to check it where the desktop has no dark theme.
    ipw::usePaletteFromEnvironment();
    ipw::StartupTrace::mark("icon and translations");

    ipw::SetupWizard wizard;
    ipw::StartupTrace::mark("wizard built");
    ipw::StartupTrace::watchFirstPaint(&wizard);
    wizard.show();
    ipw::StartupTrace::mark("shown");
    return app.exec();
}
