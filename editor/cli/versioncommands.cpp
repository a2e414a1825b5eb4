// The versioning verbs: clone, commit, pull, push, log, diff, conflicts, resolve.
#include "command.h"
#include "editionloader.h"
#include "git/repository.h"
#include "textfile.h"
#include "versions/conflicts.h"
#include "versions/textdiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

namespace trendweb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

Result<git::Repository> openHere(Context &context, const QString &verb)
{
    auto repository = git::Repository::open(context.directory);
    if (!repository)
        context.err << "trendweb " << verb << ": " << repository.error().toString() << Qt::endl;
    return repository;
}

// "eerste" → "lemmas/eerste.md"; a path stays a path.
QString lemmaFile(const QString &lemma)
{
    if (lemma.contains(QLatin1Char('/')) || lemma.endsWith(QLatin1String(".md")))
        return lemma;
    return lemmaPath(lemma);
}

// Trust and secrets on the command line: a host key only when given, HTTPS from the
// environment or, on a terminal, typed in (never stored).
git::RemoteCallbacks terminalCallbacks(const QString &trustedHostKey, Context &context)
{
    git::RemoteCallbacks callbacks;
    callbacks.acceptHostKey = [trustedHostKey, &context](const QString &host,
                                                         const QString &fingerprint) {
        if (!trustedHostKey.isEmpty() && trustedHostKey == fingerprint)
            return true;
        context.err << tr("De sleutel van %1 is onbekend: %2. Vertrouwt u hem na controle bij "
                          "de beheerder, herhaal dan met --trust-host %2")
                           .arg(host, fingerprint)
                    << Qt::endl;
        return false;
    };
    callbacks.askCredentials =
        [&context](const QString &url) -> std::optional<std::pair<QString, QString>> {
        const QString user = qEnvironmentVariable("TRENDWEB_GIT_USER");
        const QString token = qEnvironmentVariable("TRENDWEB_GIT_TOKEN");
        if (!user.isEmpty() && !token.isEmpty())
            return std::make_pair(user, token);
        if (!isatty(STDIN_FILENO))
            return std::nullopt;
        context.err << tr("Gebruikersnaam voor %1: ").arg(url) << Qt::flush;
        QTextStream in(stdin);
        const QString name = in.readLine();
        context.err << tr("Token: ") << Qt::flush;
        return std::make_pair(name, in.readLine());
    };
    return callbacks;
}

} // namespace

int runClone(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Haalt een gedeelde editie op in een nieuwe map."));
    const QCommandLineOption trust(QStringLiteral("trust-host"),
                                   tr("vertrouw de server met deze sleutel (SHA256:…)"),
                                   QStringLiteral("FINGERPRINT"));
    parser.addOption(trust);
    parser.addPositionalArgument(QStringLiteral("URL"), tr("pad, file://, ssh:// of https://"));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("de nieuwe map"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        context.err << tr("Gebruik: trendweb clone URL DIR") << Qt::endl;
        return UnusableInput;
    }
    QString url = positional[0];
    if (!url.contains(QLatin1String("://")) &&
        QFileInfo::exists(QDir(context.directory).filePath(url)))
        url = QDir(context.directory).absoluteFilePath(url);
    const auto cloned =
        git::Repository::clone(url, QDir(context.directory).absoluteFilePath(positional[1]),
                               terminalCallbacks(parser.value(trust), context));
    if (!cloned) {
        context.err << "trendweb clone: " << cloned.error().message << Qt::endl;
        return UnusableInput;
    }
    return Ok;
}

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

int runPull(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Haalt de gedeelde versie op en voegt haar samen."));
    const QCommandLineOption abort(QStringLiteral("abort"),
                                   tr("breek een samenvoeging met conflicten af"));
    const QCommandLineOption trust(QStringLiteral("trust-host"), tr("vertrouw deze serversleutel"),
                                   QStringLiteral("FINGERPRINT"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        tr("naam voor een samenvoeging: \"Naam <e-mail>\" of \"Naam\" (anders die uit git "
           "config user.name)"),
        QStringLiteral("AUTHOR"));
    parser.addOptions({abort, trust, authorOption});
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("pull"));
    if (!repository)
        return UnusableInput;
    git::Repository &repo = repository.value();
    if (parser.isSet(abort)) {
        if (auto aborted = repo.abortMerge(); !aborted) {
            context.err << "trendweb pull: " << aborted.error().message << Qt::endl;
            return Findings;
        }
        clearConflictDecisions(repo);
        context.out << tr("Samenvoeging afgebroken; alles staat weer zoals voor het ophalen.")
                    << Qt::endl;
        return Ok;
    }
    // A name is needed only when the versions must be merged: bringing in the shared
    // versions alone writes no version of one's own.
    git::Signature who = repo.configuredSignature();
    if (parser.isSet(authorOption)) {
        const auto given =
            authorFor(repo, parser.value(authorOption), QStringLiteral("pull"), context);
        if (!given)
            return UnusableInput;
        who = *given;
    }
    const auto pulled = repo.pull(who, terminalCallbacks(parser.value(trust), context));
    if (!pulled) {
        context.err << "trendweb pull: " << pulled.error().message << Qt::endl;
        if (pulled.error().message.contains(git::missingNameMessage()))
            context.err << howToGiveAName() << Qt::endl;
        return Findings;
    }
    switch (pulled.value()) {
    case git::PullOutcome::UpToDate:
        context.out << tr("Al bijgewerkt.") << Qt::endl;
        return Ok;
    case git::PullOutcome::FastForward:
    case git::PullOutcome::Merged:
        context.out << tr("Bijgewerkt met de gedeelde editie.") << Qt::endl;
        return Ok;
    case git::PullOutcome::Conflicts:
        context.out << tr("Samengevoegd, maar er zijn conflicten: zie trendweb conflicts.")
                    << Qt::endl;
        return Findings;
    }
    return Ok;
}

int runPush(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verstuurt de vastgelegde versies naar de gedeelde editie."));
    const QCommandLineOption trust(QStringLiteral("trust-host"), tr("vertrouw deze serversleutel"),
                                   QStringLiteral("FINGERPRINT"));
    parser.addOption(trust);
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("push"));
    if (!repository)
        return UnusableInput;
    if (auto pushed = repository.value().push(terminalCallbacks(parser.value(trust), context));
        !pushed) {
        context.err << "trendweb push: " << pushed.error().message << Qt::endl;
        return Findings;
    }
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
