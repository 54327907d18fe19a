#pragma once
// --export mobileconfig|clientconfig|pdf --output FILE: the settings --show-settings resolves (or a saved
// account's, with --use-saved ADDRESS) as a file for another device. Never reads the keychain, never connects.

#include "cli/Command.h"
#include "cli/ProviderCli.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace ipw::cli {

class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    explicit ExportCommand(const ProviderCli &providers);

    QString flag() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams streams) override;

    /// The arguments ask for --export pdf: main() then makes a QGuiApplication (offscreen) instead of a
    /// QCoreApplication. Read before the parser exists, like --lang.
    static bool wantsPdf(const QStringList &arguments);

private:
    const ProviderCli &m_providers;
    QCommandLineOption m_export;
    QCommandLineOption m_output;
};

}  // namespace ipw::cli
