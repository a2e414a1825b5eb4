#include "command.h"
#include "stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace trendweb::cli {

int runStats(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Cijfers over een editie."));
    int exitCode = Ok;
    auto start = startReading(parser, arguments, context, exitCode);
    if (!start)
        return exitCode;
    const QString formatName = start->format;
    const Edition *edition = &start->edition;
    const EditionStats stats = editionStats(*edition);

    if (formatName == QLatin1String("json")) {
        QJsonObject json = toJson(stats);
        json.insert(QStringLiteral("title"), edition->info.title);
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const auto row = [&](const QString &label, int value) {
        context.out << label.leftJustified(20) << dutch.toString(value).rightJustified(8) << '\n';
    };
    context.out << edition->info.title << '\n';
    row(QCoreApplication::translate("cli", "lemma's"), stats.lemmas);
    row(QCoreApplication::translate("cli", "rode draden"), stats.threads);
    row(QCoreApplication::translate("cli", "woorden"), stats.words);
    row(QCoreApplication::translate("cli", "voetnoten"), stats.footnotes);
    row(QCoreApplication::translate("cli", "figuren"), stats.figures);
    row(QCoreApplication::translate("cli", "kruisverwijzingen"), stats.crossLinks);
    context.out << '\n';
    for (const DocumentStats &lemma : stats.perLemma) {
        context.out << lemma.letter.leftJustified(3) << lemma.title.left(48).leftJustified(50)
                    << dutch.toString(lemma.words).rightJustified(7)
                    << QCoreApplication::translate("cli", " woorden") << '\n';
    }
    context.out.flush();
    return Ok;
}

} // namespace trendweb::cli
