// imap-password-check: the connection tester behind a scriptable interface, for support staff and tests.
// No Qt Widgets here: it runs on a server or over SSH as well as on a desktop.

#include "cli/KeychainCli.h"
#include "common/BuildInfo.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"imap-password-check"_s);
    QCoreApplication::setApplicationVersion(ipw::BuildInfo::version());
    ipw::Language::apply(ipw::Language::fromSystem());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Checks an IMAP/SMTP login for real and explains why it fails."));
    parser.addHelpOption();
    parser.addVersionOption();
    ipw::cli::KeychainCli::addOptions(parser);
    parser.process(app);
    if (const auto code = ipw::cli::KeychainCli::runStandalone(parser)) {
        return *code;
    }
    parser.showHelp(0);
}
