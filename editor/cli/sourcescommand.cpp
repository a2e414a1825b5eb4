#include "command.h"
#include "sources/sourcechecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb::cli {

int runCheckSources(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Controleer de webadressen in de voetnoten: status, doorverwijzing en reden per "
               "noot. Antwoorden worden een dag bewaard; --refresh vraagt alles opnieuw."));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("cli", "adressen tegelijk (4)"),
                                  QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "seconden wachten op een antwoord (10)"),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
                                     QCoreApplication::translate("cli", "vraag alles opnieuw"));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QCoreApplication::translate("cli", "het bestand met eerdere antwoorden"),
        QStringLiteral("BESTAND"));
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json")};
    const QCommandLineOption format = formatOption(formats);
    parser.addOptions({jobs, timeout, refresh, cache, format});
    addEditionPathArgument(parser);
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QString chosen = chosenFormat(parser, format, formats, arguments, context);
    if (chosen.isEmpty())
        return UnusableInput;
    bool jobsOk = false;
    bool timeoutOk = false;
    SourceCheckOptions options;
    options.concurrency = parser.value(jobs).toInt(&jobsOk);
    options.timeoutMs = int(parser.value(timeout).toDouble(&timeoutOk) * 1000);
    if (!jobsOk || options.concurrency < 1 || !timeoutOk || options.timeoutMs <= 0) {
        context.err << QCoreApplication::translate(
                           "cli", "check-sources: --jobs en --timeout verwachten een getal "
                                  "groter dan 0")
                    << Qt::endl;
        return UnusableInput;
    }
    options.refresh = parser.isSet(refresh);

    const QString folder = editionFolder(context, parser.positionalArguments());
    const auto edition = loadForCommand(folder, context);
    if (!edition)
        return UnusableInput;
    options.cacheFile =
        parser.isSet(cache) ? parser.value(cache) : SourceChecker::defaultCacheFile(edition->root);

    const QList<NoteSource> sources = noteSources(edition.value());
    QStringList urls;
    for (const NoteSource &source : sources)
        urls.append(source.url);

    SourceChecker checker;
    QEventLoop loop;
    QObject::connect(&checker, &SourceChecker::finished, &loop, &QEventLoop::quit);
    QObject::connect(&checker, &SourceChecker::progress, [&](int done, int total) {
        if (chosen == QLatin1String("text") && total > 0)
            context.err << QCoreApplication::translate("cli", "\r%1 van %2 adressen gecontroleerd")
                               .arg(done)
                               .arg(total)
                        << Qt::flush;
    });
    checker.start(urls, options);
    if (checker.busy())
        loop.exec();
    if (chosen == QLatin1String("text") && !urls.isEmpty())
        context.err << Qt::endl;

    int broken = 0;
    QJsonArray json;
    for (const NoteSource &source : sources) {
        const SourceResult result = checker.result(source.url);
        if (!result.ok())
            ++broken;
        if (chosen == QLatin1String("json")) {
            json.append(QJsonObject{{QStringLiteral("file"), source.path},
                                    {QStringLiteral("note"), source.label},
                                    {QStringLiteral("number"), source.number},
                                    {QStringLiteral("url"), source.url},
                                    {QStringLiteral("ok"), result.ok()},
                                    {QStringLiteral("status"), result.status},
                                    {QStringLiteral("redirect"), result.redirect},
                                    {QStringLiteral("finalStatus"), result.finalStatus},
                                    {QStringLiteral("failure"), result.failure},
                                    {QStringLiteral("cached"), result.cached}});
        } else {
            context.out << source.path << " [^" << source.label << "] " << source.url << " — "
                        << result.summary() << '\n';
        }
    }
    if (chosen == QLatin1String("json")) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out << QCoreApplication::translate("cli", "%n adressen gecontroleerd, ", nullptr,
                                                   int(urls.size()))
                    << QCoreApplication::translate("cli", "%n werken niet.", nullptr, broken)
                    << '\n';
    }
    context.out.flush();
    return broken > 0 ? Findings : Ok;
}

} // namespace trendweb::cli
