#include "command.h"
#include "validation/editionchecks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb::cli {

namespace {

QJsonObject toJson(const Diagnostic &diagnostic)
{
    return {{QStringLiteral("code"), diagnostic.code},
            {QStringLiteral("severity"), severityName(diagnostic.severity)},
            {QStringLiteral("file"), diagnostic.file},
            {QStringLiteral("line"), diagnostic.line},
            {QStringLiteral("column"), diagnostic.column},
            {QStringLiteral("message"), diagnostic.messageNl},
            {QStringLiteral("message_en"), diagnostic.messageEn}};
}

} // namespace

int runValidate(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Controleert een editie: schema, verwijzingen, voetnoten, figuren, paragrafen."));
    const QCommandLineOption english(QStringLiteral("english"),
                                     QCoreApplication::translate("cli", "meldingen in het Engels"));
    parser.addOption(english);
    int exitCode = Ok;
    auto start = startReading(parser, arguments, context, exitCode);
    if (!start)
        return exitCode;
    const QString formatName = start->format;
    const Edition *edition = &start->edition;

    const Diagnostics diagnostics = allDiagnostics(*edition);
    const int errors = countErrors(diagnostics);
    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const Diagnostic &diagnostic : diagnostics)
            list.append(toJson(diagnostic));
        const QJsonObject json{{QStringLiteral("errors"), errors},
                               {QStringLiteral("diagnostics"), list}};
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const Diagnostic &diagnostic : diagnostics)
            context.out << diagnostic.toText(parser.isSet(english)) << '\n';
        context.err << QCoreApplication::translate("cli", "%n fouten, %1 andere meldingen", nullptr,
                                                   int(errors))
                           .arg(diagnostics.size() - errors)
                    << Qt::endl;
    }
    context.out.flush();
    return errors > 0 ? Findings : Ok;
}

} // namespace trendweb::cli
