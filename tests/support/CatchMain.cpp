// The Catch2 entry point for every test binary: Qt networking, timers and widgets need an application object.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef IPW_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Tests never show anything on the developer's screen and never read their settings.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("imap-password-wizard-tests"));
    return Catch::Session().run(argc, argv);
}
