// The versioning verbs: commit, log, diff, conflicts, resolve. Sharing (clone, pull,
// push) lives in synccommands.cpp.
#include "command.h"
#include "editionloader.h"
#include "git/repository.h"
#include "messages.h"
#include "textfile.h"
#include "versions/conflicts.h"
#include "versions/textdiff.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb::cli {

namespace {

// A file of the edition as the user names it: its path relative to the edition
// ("edition.yaml", "woordenlijst.dic", "lemmas/eerste.md"), or a lemma's slug ("eerste").
QString lemmaFile(const QString &name)
{
    if (!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('.')))
        return lemmaPath(name);
    QString path = QDir::cleanPath(QDir::fromNativeSeparators(name));
    while (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    return path;
}

} // namespace

int runCommit(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Legt een versie vast van de genoemde lemma's, of van alle wijzigingen. Rondt ook "
        "een samenvoeging af als elk conflict is opgelost."));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     CliText::tr("wat er veranderd is"), QStringLiteral("MSG"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        CliText::tr("\"Naam <e-mail>\" of \"Naam\" (anders die uit git config user.name)"),
        QStringLiteral("AUTHOR"));
    parser.addOptions({message, authorOption});
    parser.addPositionalArgument(QStringLiteral("LEMMA"), CliText::tr("lemma's (slug of pad)"),
                                 QStringLiteral("[LEMMA…]"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    if (!parser.isSet(message)) {
        context.err << CliText::tr("trendweb commit: geef een beschrijving met -m") << Qt::endl;
        return UnusableInput;
    }
    auto repository = openHere(context, QStringLiteral("commit"));
    if (!repository)
        return UnusableInput;
    git::Repository &repo = repository.value();
    const auto who = authorFor(repo, parser.value(authorOption), QStringLiteral("commit"), context);
    if (!who)
        return UnusableInput;
    const bool merging = repo.isMerging();
    Result<QString> committed = QString();
    if (parser.positionalArguments().isEmpty()) {
        committed = repo.commitAll(parser.value(message), *who);
    } else {
        QStringList paths;
        for (const QString &lemma : parser.positionalArguments())
            paths.append(lemmaFile(lemma));
        committed = repo.commit(paths, parser.value(message), *who);
    }
    if (!committed) {
        context.err << "trendweb commit: " << committed.error().message << Qt::endl;
        return Findings;
    }
    if (merging)
        clearConflictDecisions(repo);
    context.out << committed.value().left(10) << ' ' << parser.value(message) << Qt::endl;
    return Ok;
}

int runLog(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("De versies van de editie, of van één lemma."));
    parser.addPositionalArgument(QStringLiteral("LEMMA"), CliText::tr("een lemma"),
                                 QStringLiteral("[LEMMA]"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("log"));
    if (!repository)
        return UnusableInput;
    const QString path = parser.positionalArguments().isEmpty()
                             ? QString()
                             : lemmaFile(parser.positionalArguments()[0]);
    const auto history = repository->log(path);
    if (!history) {
        context.err << "trendweb log: " << history.error().message << Qt::endl;
        return UnusableInput;
    }
    for (const git::CommitInfo &commit : history.value()) {
        context.out << commit.id.left(10) << "  " << commit.time.toString(Qt::ISODate) << "  "
                    << commit.authorName << "  " << commit.summary << '\n';
    }
    context.out.flush();
    return Ok;
}

int runDiff(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Wat er in een lemma veranderd is, woord voor woord: tussen twee versies, tussen een "
        "versie en nu, of (zonder REV) tussen de laatste versie en nu."));
    parser.addPositionalArgument(QStringLiteral("LEMMA"), CliText::tr("een lemma"));
    parser.addPositionalArgument(QStringLiteral("REV"), CliText::tr("versies"),
                                 QStringLiteral("[REV [REV]]"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 3) {
        context.err << CliText::tr("Gebruik: trendweb diff LEMMA [REV [REV]]") << Qt::endl;
        return UnusableInput;
    }
    auto repository = openHere(context, QStringLiteral("diff"));
    if (!repository)
        return UnusableInput;
    const QString path = lemmaFile(positional[0]);
    const auto version = [&](const QString &revision) -> Result<QString> {
        if (revision.isEmpty()) { // the text as it is now
            auto text = readTextFile(QDir(repository->workdir()).filePath(path));
            return text ? text : Result<QString>(QString());
        }
        return repository->fileAt(revision, path);
    };
    const auto before = version(positional.size() > 1 ? positional[1] : QStringLiteral("HEAD"));
    const auto after = version(positional.size() > 2 ? positional[2] : QString());
    if (!before || !after) {
        context.err << "trendweb diff: " << (before ? after.error() : before.error()).message
                    << Qt::endl;
        return UnusableInput;
    }
    const QList<DiffPiece> diff = wordDiff(before.value(), after.value());
    context.out << wordDiffText(diff);
    context.out.flush();
    const bool same = std::all_of(diff.begin(), diff.end(), [](const DiffPiece &piece) {
        return piece.kind == DiffPiece::Same;
    });
    return same ? Ok : Findings;
}

int runConflicts(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "De conflicten van een samenvoeging, in elk bestand van de editie: per alinea, per "
        "sleutel (edition.yaml, de kop van een lemma) of per bestand; met de basis, mijn "
        "versie en die van de anderen."));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("text of json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("conflicts"));
    if (!repository)
        return UnusableInput;
    const auto conflicts = lemmaConflicts(repository.value());
    if (!conflicts) {
        context.err << "trendweb conflicts: " << conflicts.error().message << Qt::endl;
        return UnusableInput;
    }
    const bool json = parser.value(format) == QLatin1String("json");
    const auto join = [](const QStringList &list) { return list.join(QStringLiteral("\n\n")); };
    QJsonArray list;
    for (const LemmaConflict &conflict : conflicts.value()) {
        QJsonArray items;
        if (!json)
            context.out << conflict.path << '\n';
        for (const ParagraphConflict &item : conflict.conflicts) {
            QJsonObject entry{
                {QStringLiteral("place"), item.place()},
                {QStringLiteral("kind"), item.place().section(QLatin1Char(' '), 0, 0)},
                {QStringLiteral("base"), join(item.base)},
                {QStringLiteral("mine"), join(item.mine)},
                {QStringLiteral("theirs"), join(item.theirs)},
                {QStringLiteral("decision"), item.decision}};
            if (item.kind == ParagraphConflict::Kind::Paragraph)
                entry.insert(QStringLiteral("paragraph"), item.number);
            else if (item.kind == ParagraphConflict::Kind::Key)
                entry.insert(QStringLiteral("key"), item.key);
            items.append(entry);
            if (json)
                continue;
            QString place = CliText::tr("  alinea %1").arg(item.number);
            if (item.kind == ParagraphConflict::Kind::Key)
                place = CliText::tr("  sleutel %1").arg(item.key);
            else if (item.kind == ParagraphConflict::Kind::File)
                place = CliText::tr(
                    "  het hele bestand (aan één kant verwijderd, aan de andere veranderd)");
            const auto shown = [&](const QStringList &side) {
                return item.kind == ParagraphConflict::Kind::Paragraph || !side.isEmpty()
                           ? join(side).trimmed()
                           : CliText::tr("(geen)");
            };
            context.out << place
                        << (item.decision.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + item.decision + QLatin1Char(')'))
                        << '\n'
                        << CliText::tr("    basis:  ") << shown(item.base) << '\n'
                        << CliText::tr("    mijn:   ") << shown(item.mine) << '\n'
                        << CliText::tr("    anders: ") << shown(item.theirs) << '\n';
        }
        list.append(QJsonObject{{QStringLiteral("file"), conflict.path},
                                {QStringLiteral("paragraphs"), items}});
    }
    if (json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), list}}).toJson();
    context.out.flush();
    return conflicts->isEmpty() ? Ok : Findings;
}

int runResolve(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Lost conflicten van een bestand op: een lemma (slug of pad), edition.yaml, "
        "woordenlijst.dic of elk ander bestand van de editie. --take edit neemt de tekst uit "
        "--from BESTAND of --from - (standaardinvoer): met --paragraph of --key de tekst van "
        "die alinea of sleutel, zonder de tekst van het hele bestand. Een keuze waarna het "
        "bestand niet klopt, wordt geweigerd; dan verandert er niets. --reopen herziet een "
        "keuze zolang de samenvoeging niet is vastgelegd: die alinea of sleutel (zonder "
        "--paragraph of --key: elke keuze in het bestand) staat weer open, het bestand weer "
        "zoals voor die keuze."));
    const QCommandLineOption take(QStringLiteral("take"), CliText::tr("mine, theirs, both of edit"),
                                  QStringLiteral("WHICH"));
    const QCommandLineOption paragraph(QStringLiteral("paragraph"),
                                       CliText::tr("alleen deze alinea (zonder: alle conflicten)"),
                                       QStringLiteral("N"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        CliText::tr("alleen deze sleutel (edition.yaml of de kop van een lemma)"),
        QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("de tekst voor --take edit: een bestand, of - voor "
                                              "standaardinvoer"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption reopen(
        QStringLiteral("reopen"),
        CliText::tr("een gemaakte keuze herzien: weer open, zoals ervoor"));
    parser.addOptions({take, paragraph, key, from, reopen});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CliText::tr("het bestand (pad in de editie) of de slug van een lemma"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QString usage =
        CliText::tr("Gebruik: trendweb resolve BESTAND --take mine|theirs|both "
                    "[--paragraph N | --key NAAM], of --take edit --from BESTAND|-, of "
                    "--reopen [--paragraph N | --key NAAM]");
    const QString choice = parser.value(take);
    const bool edit = choice == QLatin1String("edit");
    if (parser.positionalArguments().size() != 1 || parser.isSet(take) == parser.isSet(reopen) ||
        (parser.isSet(paragraph) && parser.isSet(key)) ||
        (parser.isSet(reopen) && parser.isSet(from))) {
        context.err << usage << Qt::endl;
        return UnusableInput;
    }
    if (edit != parser.isSet(from)) {
        context.err << (edit ? CliText::tr(
                                   "trendweb resolve: --take edit vraagt om de tekst: geef "
                                   "--from BESTAND, of --from - en de tekst op standaardinvoer.")
                             : CliText::tr("trendweb resolve: --from hoort bij --take edit."))
                    << Qt::endl;
        return UnusableInput;
    }
    bool numberOk = true;
    const int number = parser.isSet(paragraph) ? parser.value(paragraph).toInt(&numberOk) : 0;
    if (!numberOk || number < 0) {
        context.err << usage << Qt::endl;
        return UnusableInput;
    }
    QString text;
    if (edit) {
        if (parser.value(from) == QLatin1String("-")) {
            QTextStream in(stdin);
            in.setEncoding(QStringConverter::Utf8);
            text = in.readAll();
        } else {
            auto read = readTextFile(QDir(context.directory).filePath(parser.value(from)));
            if (!read) {
                context.err << "trendweb resolve: " << read.error().message << Qt::endl;
                return UnusableInput;
            }
            text = read.value();
        }
    }
    auto repository = openHere(context, QStringLiteral("resolve"));
    if (!repository)
        return UnusableInput;
    const QString path = lemmaFile(parser.positionalArguments()[0]);
    Result<void> resolved;
    if (parser.isSet(reopen) && parser.isSet(key))
        resolved = reopenKey(repository.value(), path, parser.value(key));
    else if (parser.isSet(reopen))
        resolved = reopenParagraphs(repository.value(), path, number);
    else if (parser.isSet(key))
        resolved = resolveKey(repository.value(), path, parser.value(key), choice, text);
    else if (edit && !parser.isSet(paragraph))
        resolved = resolveWithText(repository.value(), path, text);
    else
        resolved = resolveParagraphs(repository.value(), path, choice, number, text);
    if (!resolved) {
        context.err << "trendweb resolve: " << resolved.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto left = lemmaConflicts(repository.value());
    return left && left->isEmpty() ? Ok : Findings;
}

} // namespace trendweb::cli
