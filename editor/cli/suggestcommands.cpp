// The verbs of suggested edits: suggest (a reviewer's wording for a passage) and
// suggestion accept|reject (the author's decision).
#include "command.h"
#include "editionloader.h"
#include "git/repository.h"
#include "messages.h"
#include "review/review.h"

#include <QCommandLineParser>

namespace trendweb::cli {

namespace {

QCommandLineOption authorOption()
{
    return QCommandLineOption(QStringLiteral("author"),
                              CliText::tr("uw naam (anders die uit git config user.name)"),
                              QStringLiteral("NAME"));
}

} // namespace

int runSuggest(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Stel andere tekst voor een passage van een lemma voor; de auteur neemt het "
                    "voorstel over of wijst het af.\n"
                    "  suggest LEMMA --quote TEKST --replace TEKST [--rev REV] [-m UITLEG]\n"
                    "  --replace \"\" stelt voor de passage weg te laten;\n"
                    "  --after TEKST in plaats van --quote voegt in direct na die tekst."));
    const QCommandLineOption quote(QStringLiteral("quote"), CliText::tr("de passage, letterlijk"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   CliText::tr("invoegen direct na deze tekst, letterlijk"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     CliText::tr("de voorgestelde tekst (leeg: weglaten)"),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption revision(QStringLiteral("rev"),
                                      CliText::tr("de versie (standaard: de laatste)"),
                                      QStringLiteral("REV"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     CliText::tr("uitleg bij het voorstel"), QStringLiteral("MSG"));
    const QCommandLineOption author = authorOption();
    parser.addOptions({quote, after, replace, revision, message, author});
    parser.addPositionalArgument(QStringLiteral("LEMMA"), CliText::tr("het lemma"));
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || parser.isSet(quote) == parser.isSet(after) ||
        !parser.isSet(replace)) {
        context.err << CliText::tr("Gebruik: trendweb suggest LEMMA --quote TEKST --replace TEKST "
                                   "[--rev REV] [-m UITLEG] (of --after TEKST om in te voegen)")
                    << Qt::endl;
        return UnusableInput;
    }
    auto repository = git::Repository::open(context.directory);
    if (!repository) {
        context.err << "trendweb suggest: " << repository.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto signature =
        authorFor(repository.value(), parser.value(author), QStringLiteral("suggest"), context);
    if (!signature)
        return UnusableInput;
    const QString lemma = lemmaSlug(positional[0]);
    const bool inserting = parser.isSet(after);
    auto anchor = findPassage(repository.value(), lemma, parser.value(inserting ? after : quote),
                              parser.value(revision));
    if (!anchor) {
        context.err << "trendweb suggest: " << anchor.error().message << Qt::endl;
        return UnusableInput;
    }
    Anchor place = anchor.value();
    if (inserting) {
        const QString text = repository->fileAt(place.commit, lemmaPath(lemma)).value();
        place = makeAnchor(text, place.end, place.end, place.commit);
    }
    const auto added = addSuggestion(repository->workdir(), lemma, place, parser.value(replace),
                                     signature->name, parser.value(message));
    if (!added) {
        context.err << "trendweb suggest: " << added.error().message << Qt::endl;
        return UnusableInput;
    }
    context.out << added.value() << Qt::endl;
    return Ok;
}

int runSuggestion(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Neem een voorstel over (de tekst van het lemma verandert) of wijs het af.\n"
                    "  suggestion accept|reject ID [-m ANTWOORD]"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     CliText::tr("een antwoord aan wie het voorstelde"),
                                     QStringLiteral("MSG"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        CliText::tr("neem het voorstel over ook al is de passage sindsdien veranderd (bekijk eerst "
                    "het verschil met trendweb comments)"));
    const QCommandLineOption author = authorOption();
    parser.addOptions({message, force, author});
    parser.addPositionalArgument(QStringLiteral("ACTION"), CliText::tr("accept of reject"));
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("het voorstel"));
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool accept = positional.value(0) == QLatin1String("accept");
    if (positional.size() != 2 || (!accept && positional[0] != QLatin1String("reject"))) {
        context.err << CliText::tr("Gebruik: trendweb suggestion accept|reject ID [-m ANTWOORD]")
                    << Qt::endl;
        return UnusableInput;
    }
    auto repository = git::Repository::open(context.directory);
    if (!repository) {
        context.err << "trendweb suggestion: " << repository.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto signature =
        authorFor(repository.value(), parser.value(author), QStringLiteral("suggestion"), context);
    if (!signature)
        return UnusableInput;
    const Result<void> done =
        accept ? acceptSuggestion(repository.value(), positional[1], signature->name,
                                  parser.value(message), parser.isSet(force))
               : decideSuggestion(repository->workdir(), positional[1], QStringLiteral("reject"),
                                  signature->name, parser.value(message));
    if (!done) {
        context.err << "trendweb suggestion: " << done.error().message << Qt::endl;
        return UnusableInput;
    }
    return Ok;
}

} // namespace trendweb::cli
