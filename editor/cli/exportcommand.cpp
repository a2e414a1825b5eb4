#include "command.h"
#include "export/exportfolder.h"
#include "export/hugoexport.h"
#include "export/printexport.h"
#include "export/siteexport.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>

namespace trendweb::cli {

int runExport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Exporteert de editie als statische site (html), als bron voor Hugo (hugo) of als "
               "gedrukte editie in één PDF (pdf). Een editie met fouten wordt geweigerd, tenzij "
               "--force."));
    const QStringList formats = {QStringLiteral("html"), QStringLiteral("hugo"),
                                 QStringLiteral("pdf")};
    const QCommandLineOption format = formatOption(formats);
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cli", "de map van de site, of het PDF-bestand"),
        QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("cli", "ook met fouten exporteren"));
    parser.addOptions({format, output, force});
    addEditionPathArgument(parser);
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QString formatName = chosenFormat(parser, format, formats, arguments, context);
    if (formatName.isEmpty())
        return UnusableInput;
    const bool pdf = formatName == QLatin1String("pdf");
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty()) {
        if (pdf) {
            context.err << QCoreApplication::translate(
                               "cli", "trendweb export: geef het PDF-bestand met --output, "
                                      "bijvoorbeeld --output Trendweb-2025.pdf")
                        << Qt::endl;
            return UnusableInput;
        }
        context.err
            << QCoreApplication::translate(
                   "cli",
                   "trendweb export: geef de map met --output (een nieuwe of lege map, of een "
                   "eerdere export)")
            << Qt::endl;
        return UnusableInput;
    }
    const auto edition =
        loadForCommand(editionFolder(context, parser.positionalArguments()), context);
    if (!edition)
        return UnusableInput;
    const QString target = QDir(context.directory).absoluteFilePath(parser.value(output));
    // A place the export may not write is unusable input, as a missing --output is.
    if (const auto usable =
            pdf ? checkPdfTarget(target, edition->root) : checkExportFolder(target, edition->root);
        !usable) {
        context.err << "trendweb export: " << usable.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto exported = pdf ? exportPdf(edition.value(), target, parser.isSet(force))
                          : formatName == QLatin1String("hugo")
                              ? exportHugoSite(edition.value(), target, parser.isSet(force))
                              : exportStaticSite(edition.value(), target, parser.isSet(force));
    if (!exported) {
        context.err << "trendweb export: " << exported.error().message << Qt::endl;
        // A refusal for the edition's errors names them, as `trendweb validate` does.
        if (!parser.isSet(force)) {
            constexpr int shown = 5;
            int errors = 0;
            for (const Diagnostic &diagnostic : allDiagnostics(edition.value())) {
                if (diagnostic.severity != Severity::Error)
                    continue;
                if (errors++ < shown)
                    context.err << diagnostic.toText() << '\n';
            }
            if (errors > shown)
                context.err << QCoreApplication::translate("cli",
                                                           "… en nog %n fouten "
                                                           "(trendweb validate toont ze alle)",
                                                           nullptr, errors - shown)
                            << '\n';
            context.err.flush();
        }
        return Findings;
    }
    for (const Diagnostic &error : exported->errors)
        context.err << error.toText() << '\n';
    if (pdf)
        context.err << QCoreApplication::translate("cli", "%1 geschreven: %2 bladzijden")
                           .arg(QDir::toNativeSeparators(target))
                           .arg(exported->pages)
                    << Qt::endl;
    else
        context.err
            << QCoreApplication::translate("cli", "%1 pagina's geschreven").arg(exported->pages)
            << Qt::endl;
    return Ok;
}

} // namespace trendweb::cli
