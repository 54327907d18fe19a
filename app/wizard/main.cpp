#include "AppIcon.h"
#include "SetupWizard.h"
#include "common/BuildInfo.h"
#include "common/Language.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"imap-password-wizard"_s);
    QApplication::setApplicationVersion(ipw::BuildInfo::version());
    QApplication::setDesktopFileName(ipw::appId());
    QApplication::setWindowIcon(ipw::appIcon());
    ipw::Language::apply(ipw::Language::fromSystem());

    ipw::SetupWizard wizard;
    wizard.show();
    return app.exec();
}
