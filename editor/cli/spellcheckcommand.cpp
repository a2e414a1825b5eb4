#include "command.h"
#include "spelling/spellcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb::cli {

int runSpellcheck(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Controleert de spelling van de editie met het Nederlandse woordenboek en de "
               "woordenlijst van de editie (woordenlijst.dic)."));
    int exitCode = Ok;
    auto start = startReading(parser, arguments, context, exitCode);
    if (!start)
        return exitCode;
    const QString formatName = start->format;
    const Edition *edition = &start->edition;
    auto speller = Speller::create();
    if (!speller) {
        context.err << "trendweb spellcheck: " << speller.error().message << Qt::endl;
        return UnusableInput;
    }
    if (auto added = speller.value()->addWordList(sharedWordListPath(edition->root)); !added) {
        context.err << "trendweb spellcheck: " << added.error().toString() << Qt::endl;
        return UnusableInput;
    }

    const QList<Misspelling> found = spellcheckEdition(*edition, *speller.value());
    QHash<QString, int> counts;
    for (const Misspelling &m : found)
        ++counts[m.word];
    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const Misspelling &m : found) {
            list.append(QJsonObject{{QStringLiteral("word"), m.word},
                                    {QStringLiteral("file"), m.file},
                                    {QStringLiteral("line"), m.line},
                                    {QStringLiteral("column"), m.column},
                                    {QStringLiteral("count"), counts.value(m.word)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("unknown"), list}})
                           .toJson(QJsonDocument::Indented);
    } else {
        for (const Misspelling &m : found) {
            context.out << QStringLiteral("%1:%2:%3: %4 (%5×)")
                               .arg(m.file)
                               .arg(m.line)
                               .arg(m.column)
                               .arg(m.word)
                               .arg(counts.value(m.word))
                        << '\n';
        }
        context.err << QCoreApplication::translate("cli", "%1 onbekende woorden (%2 verschillende)")
                           .arg(found.size())
                           .arg(counts.size())
                    << Qt::endl;
    }
    context.out.flush();
    return found.isEmpty() ? Ok : Findings;
}

} // namespace trendweb::cli
