// The versioning verbs: commit, log, diff, conflicts, resolve. Sharing (clone, pull,
// push) lives in synccommands.cpp.
#include "command.h"
#include "editionloader.h"
#include "git/repository.h"
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

// "eerste" → "lemmas/eerste.md"; a path stays a path.
QString lemmaFile(const QString &lemma)
{
    if (lemma.contains(QLatin1Char('/')) || lemma.endsWith(QLatin1String(".md")))
        return lemma;
    return lemmaPath(lemma);
}

} // namespace

int runCommit(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Legt een versie vast van de genoemde lemma's, of van alle wijzigingen. Rondt ook "
           "een samenvoeging af als elk conflict is opgelost."));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     tr("wat er veranderd is"), QStringLiteral("MSG"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        tr("\"Naam <e-mail>\" of \"Naam\" (anders die uit git config user.name)"),
        QStringLiteral("AUTHOR"));
    parser.addOptions({message, authorOption});
    parser.addPositionalArgument(QStringLiteral("LEMMA"), tr("lemma's (slug of pad)"),
                                 QStringLiteral("[LEMMA…]"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    if (!parser.isSet(message)) {
        context.err << tr("trendweb commit: geef een beschrijving met -m") << Qt::endl;
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
    parser.setApplicationDescription(tr("De versies van de editie, of van één lemma."));
    parser.addPositionalArgument(QStringLiteral("LEMMA"), tr("een lemma"),
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
    parser.setApplicationDescription(
        tr("Wat er in een lemma veranderd is, woord voor woord: tussen twee versies, tussen een "
           "versie en nu, of (zonder REV) tussen de laatste versie en nu."));
    parser.addPositionalArgument(QStringLiteral("LEMMA"), tr("een lemma"));
    parser.addPositionalArgument(QStringLiteral("REV"), tr("versies"),
                                 QStringLiteral("[REV [REV]]"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 3) {
        context.err << tr("Gebruik: trendweb diff LEMMA [REV [REV]]") << Qt::endl;
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
    parser.setApplicationDescription(
        tr("De conflicten van een samenvoeging, per lemma en per alinea: basis, mijn versie en "
           "die van de anderen."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text of json"),
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
    int open = 0;
    QJsonArray list;
    for (const LemmaConflict &conflict : conflicts.value()) {
        QJsonArray paragraphs;
        if (parser.value(format) != QLatin1String("json"))
            context.out << conflict.path << '\n';
        for (const ParagraphConflict &paragraph : conflict.paragraphs) {
            open += paragraph.decision.isEmpty();
            const auto join = [](const QStringList &list) {
                return list.join(QStringLiteral("\n\n"));
            };
            paragraphs.append(QJsonObject{{QStringLiteral("paragraph"), paragraph.number},
                                          {QStringLiteral("base"), join(paragraph.base)},
                                          {QStringLiteral("mine"), join(paragraph.mine)},
                                          {QStringLiteral("theirs"), join(paragraph.theirs)},
                                          {QStringLiteral("decision"), paragraph.decision}});
            if (parser.value(format) != QLatin1String("json")) {
                context.out << tr("  alinea %1%2\n")
                                   .arg(paragraph.number)
                                   .arg(paragraph.decision.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (") + paragraph.decision +
                                                  QLatin1Char(')'))
                            << tr("    basis:  ") << join(paragraph.base) << '\n'
                            << tr("    mijn:   ") << join(paragraph.mine) << '\n'
                            << tr("    anders: ") << join(paragraph.theirs) << '\n';
            }
        }
        list.append(QJsonObject{{QStringLiteral("file"), conflict.path},
                                {QStringLiteral("paragraphs"), paragraphs}});
    }
    if (parser.value(format) == QLatin1String("json"))
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), list}}).toJson();
    context.out.flush();
    return open > 0 || !conflicts->isEmpty() ? Findings : Ok;
}

int runResolve(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lost conflicterende alinea's van een lemma op."));
    const QCommandLineOption take(QStringLiteral("take"), tr("mine, theirs of both"),
                                  QStringLiteral("WHICH"));
    const QCommandLineOption paragraph(
        QStringLiteral("paragraph"), tr("alleen deze alinea (zonder: alle)"), QStringLiteral("N"));
    parser.addOptions({take, paragraph});
    parser.addPositionalArgument(QStringLiteral("LEMMA"), tr("het lemma"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(take)) {
        context.err << tr("Gebruik: trendweb resolve LEMMA --take mine|theirs|both [--paragraph N]")
                    << Qt::endl;
        return UnusableInput;
    }
    auto repository = openHere(context, QStringLiteral("resolve"));
    if (!repository)
        return UnusableInput;
    const auto resolved =
        resolveParagraphs(repository.value(), lemmaFile(parser.positionalArguments()[0]),
                          parser.value(take), parser.value(paragraph).toInt());
    if (!resolved) {
        context.err << "trendweb resolve: " << resolved.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto left = lemmaConflicts(repository.value());
    return left && left->isEmpty() ? Ok : Findings;
}

} // namespace trendweb::cli
