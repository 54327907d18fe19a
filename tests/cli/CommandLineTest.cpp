// Which mode a command line asks for (cli::CommandLine, linked from the CLI's library): one flag, one mode; none,
// the check; two modes at once, a usage error naming both flags.
#include "cli/CommandLine.h"

#include "CatchQt.h"

#include <QCommandLineParser>

#include <variant>

using namespace Qt::StringLiterals;
using namespace ipw;

namespace {

// The selected mode's flag ("" for the check), or the usage error.
std::variant<QString, QString> select(const QStringList &args)
{
    const cli::CommandLine commands;
    QCommandLineParser parser;
    commands.addOptions(parser);
    REQUIRE(parser.parse(QStringList{u"imap-password-check"_s} + args));
    const auto selected = commands.select(parser);
    if (const QString *why = std::get_if<QString>(&selected))
        return std::variant<QString, QString>(std::in_place_index<1>, *why);
    return std::variant<QString, QString>(std::in_place_index<0>, std::get<cli::Command *>(selected)->flag());
}

QString mode(const QStringList &args)
{
    const auto selected = select(args);
    REQUIRE(selected.index() == 0);
    return std::get<0>(selected);
}

QString error(const QStringList &args)
{
    const auto selected = select(args);
    REQUIRE(selected.index() == 1);
    return std::get<1>(selected);
}

}  // namespace

TEST_CASE("CLI modes: each flag selects its command, no flag the check", "[cli][unit]")
{
    CHECK(mode({u"--imap"_s, u"127.0.0.1"_s, u"--password-stdin"_s}).isEmpty());
    CHECK(mode({u"--email"_s, u"a@example.test"_s, u"--save"_s, u"--json"_s}).isEmpty());
    CHECK(mode({u"--show-settings"_s, u"--email"_s, u"a@example.test"_s}) == u"show-settings");
    CHECK(mode({u"--list-providers"_s, u"--json"_s}) == u"list-providers");
    CHECK(mode({u"--list-saved"_s}) == u"list-saved");
    CHECK(mode({u"--forget"_s, u"a@example.test"_s}) == u"forget");
    CHECK(mode({u"--use-saved"_s, u"a@example.test"_s, u"--ca-file"_s, u"ca.pem"_s}) == u"use-saved");
    CHECK(mode({u"--oauth"_s, u"--email"_s, u"a@example.test"_s, u"--save"_s}) == u"oauth");
}

TEST_CASE("CLI modes: two modes at once are a usage error naming both flags", "[cli][unit]")
{
    const QString both = error({u"--show-settings"_s, u"--forget"_s, u"a@example.test"_s});
    CHECK(both.contains(u"--show-settings"_s));
    CHECK(both.contains(u"--forget"_s));
    const QString lists = error({u"--list-providers"_s, u"--list-saved"_s});
    CHECK(lists.contains(u"--list-providers"_s));
    CHECK(lists.contains(u"--list-saved"_s));
    const QString saved = error({u"--use-saved"_s, u"a@example.test"_s, u"--show-settings"_s});
    CHECK(saved.contains(u"--use-saved"_s));
    CHECK(saved.contains(u"--show-settings"_s));
    // --oauth with --use-saved keeps its own advice: how to replace a saved sign-in.
    CHECK(error({u"--oauth"_s, u"--use-saved"_s, u"a@example.test"_s}).contains(u"--oauth --email ADDRESS --save"_s));
}

TEST_CASE("CLI modes: --export is a mode, and --export --use-saved exports the saved account", "[cli][unit]")
{
    CHECK(mode({u"--export"_s, u"pdf"_s, u"--output"_s, u"a.pdf"_s, u"--email"_s, u"a@example.test"_s}) == u"export");
    CHECK(mode({u"--export"_s, u"mobileconfig"_s, u"--output"_s, u"-"_s, u"--use-saved"_s, u"a@example.test"_s}) ==
          u"export");
    const QString both = error({u"--export"_s, u"pdf"_s, u"--show-settings"_s});
    CHECK(both.contains(u"--export"_s));
    CHECK(both.contains(u"--show-settings"_s));
}
