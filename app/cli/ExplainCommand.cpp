#include "cli/ExplainCommand.h"

#include "cli/ExitCode.h"
#include "common/DiagnosisText.h"
#include "common/NextStepText.h"
#include "setup/DiagnosisHelpTopics.h"
#include "setup/NextStep.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ipw::cli {

ExplainCommand::ExplainCommand(const ProviderCli &providers)
    : m_providers(providers)
    , m_explain(QStringList{u"explain"_s},
                tr("Explain a diagnosis code (such as wrong-credentials): what it means and what to do, with the "
                   "provider's own steps after the general ones when --provider or --email names one. Connects to "
                   "nothing."),
                u"CODE"_s)
{
}

QString ExplainCommand::flag() const
{
    return m_explain.names().constFirst();
}

void ExplainCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_explain);
}

int ExplainCommand::run(const QCommandLineParser &parser, Streams streams)
{
    const QString name = parser.value(m_explain).trimmed();
    const std::optional<DiagnosisCode> code = diagnosisFromString(name);
    if (!code) {
        QStringList known;
        for (DiagnosisCode c : allDiagnosisCodes())
            known.append(toString(c));
        return usageError(
            tr("--explain: \"%1\" is not a diagnosis code. Known codes: %2.").arg(name, known.join(u", ")),
            streams.err);
    }

    QString why;
    const std::optional<ProviderDatabase> database = m_providers.loadDatabase(parser, &why);
    if (!database)
        return usageError(why, streams.err);
    const Provider *provider = nullptr;
    if (parser.isSet(u"provider"_s)) {
        provider = database->byId(parser.value(u"provider"_s));
        if (!provider)
            return usageError(
                QCoreApplication::translate(
                    "ProviderCli", "There is no provider “%1”. --list-providers shows the ones this program knows.")
                    .arg(parser.value(u"provider"_s)),
                streams.err);
    } else if (parser.isSet(u"email"_s)) {
        provider = database->forEmail(parser.value(u"email"_s));  // a look-up only: an unknown domain is generic
    }

    const DiagnosisText text =
        describe(*code, describeNextStep(nextStepFor(provider, *code), NextStepAudience::CommandLine));
    const QStringList topics = helpTopicsFor(*code);
    const QStringList steps = text.genericStep.isEmpty() ? QStringList() : QStringList{text.genericStep.joined()};
    const QStringList providerSteps =
        text.providerStep.isEmpty() ? QStringList() : QStringList{text.providerStep.joined()};

    if (parser.isSet(u"json"_s)) {
        const QJsonObject json{{u"code"_s, toString(*code)},
                               {u"headline"_s, text.headline},
                               {u"meaning"_s, text.explanation.joined()},
                               {u"steps"_s, QJsonArray::fromStringList(steps)},
                               {u"providerSteps"_s, QJsonArray::fromStringList(providerSteps)},
                               {u"helpTopics"_s, QJsonArray::fromStringList(topics)}};
        streams.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        streams.out << text.headline << " (" << toString(*code) << ")\n\n"
                    << text.explanation.joined() << "\n\n"
                    << tr("What to do:") << '\n';
        for (const QString &step : steps + providerSteps)
            streams.out << "  - " << step << '\n';
        if (!topics.isEmpty()) {
            QStringList commands;
            for (const QString &topic : topics)
                commands.append(u"--help-topic "_s + topic);
            streams.out << '\n' << tr("More help: %1").arg(commands.join(u", ")) << '\n';
        }
    }
    streams.out.flush();
    return Verified;
}

}  // namespace ipw::cli
