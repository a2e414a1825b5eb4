#include "command.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace trendweb::cli {

int runImport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Maakt een editie van de tekstextractie van een gepubliceerde editie, volgens "
               "een importplan."));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  QCoreApplication::translate("cli", "het importplan (YAML)"),
                                  QStringLiteral("PLAN"));
    parser.addOption(plan);
    parser.addPositionalArgument(QStringLiteral("SEED"),
                                 QCoreApplication::translate("cli", "de tekstextractie"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QCoreApplication::translate("cli", "de map van de nieuwe editie"));
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(plan) || positional.size() != 2) {
        context.err << QCoreApplication::translate("cli",
                                                   "Gebruik: trendweb import --plan PLAN SEED OUT")
                    << Qt::endl;
        return UnusableInput;
    }
    const QDir here(context.directory);
    const auto result = import::importEdition(here.absoluteFilePath(parser.value(plan)),
                                              here.absoluteFilePath(positional[0]),
                                              here.absoluteFilePath(positional[1]));
    if (!result) {
        context.err << "trendweb import: " << result.error().toString() << Qt::endl;
        return UnusableInput;
    }
    for (const QString &line : result->report)
        context.err << line << '\n';
    context.err << QCoreApplication::translate(
                       "cli", "%1 lemma's, %2 voetnoten, %3 figuren; %4 punten om na te kijken")
                       .arg(result->lemmas)
                       .arg(result->footnotes)
                       .arg(result->figures)
                       .arg(result->report.size())
                << Qt::endl;
    return Ok;
}

} // namespace trendweb::cli
