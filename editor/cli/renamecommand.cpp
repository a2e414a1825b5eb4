#include "command.h"
#include "editing/renamelemma.h"
#include "validation/editionchecks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace trendweb::cli {

int runRenameLemma(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Geef een lemma een andere naam en/of titel; alle verwijzingen in de editie "
               "(edition.yaml, related-lijsten, links, figuren, opmerkingen) gaan mee."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("cli", "de nieuwe titel"),
                                   QStringLiteral("TITEL"));
    parser.addOption(title);
    parser.addPositionalArgument(QStringLiteral("OUD"),
                                 QCoreApplication::translate("cli", "de huidige naam (slug)"));
    parser.addPositionalArgument(QStringLiteral("NIEUW"),
                                 QCoreApplication::translate("cli", "de nieuwe naam (slug)"));
    addEditionPathArgument(parser);
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.size() > 3) {
        context.err << QCoreApplication::translate(
                           "cli", "rename-lemma: geef de huidige en de nieuwe naam, "
                                  "bijvoorbeeld: trendweb rename-lemma woningbouw wonen")
                    << Qt::endl;
        return UnusableInput;
    }
    const QString folder = editionFolder(context, positional.mid(2));
    const auto renamed =
        renameLemma(folder, positional.at(0), positional.at(1), parser.value(title));
    if (!renamed) {
        context.err << "rename-lemma: " << renamed.error().message << Qt::endl;
        return UnusableInput;
    }
    for (const QString &path : renamed.value())
        context.out << path << '\n';

    // The edition after the rename: it must still hold together.
    const auto edition = loadForCommand(folder, context);
    if (!edition)
        return UnusableInput;
    const int errors = countErrors(allDiagnostics(edition.value()));
    if (errors > 0) {
        context.err << QCoreApplication::translate("cli",
                                                   "rename-lemma: de editie heeft %n fouten; "
                                                   "'trendweb validate' laat ze zien.",
                                                   nullptr, errors)
                    << Qt::endl;
        return Findings;
    }
    return Ok;
}

} // namespace trendweb::cli
