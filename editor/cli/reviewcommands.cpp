// The review verbs: comment add|reply|resolve|reopen, comments (and suggestions), review-report.
#include "command.h"
#include "editionloader.h"
#include "git/repository.h"
#include "messages.h"
#include "review/review.h"
#include "versions/textdiff.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace trendweb::cli {

namespace {

Result<QList<ReviewThread>> placedThreads(const git::Repository &repository, Context &context)
{
    Diagnostics problems;
    auto threads = loadThreads(repository.workdir(), &problems);
    for (const Diagnostic &problem : problems)
        context.err << problem.toText() << '\n';
    if (threads)
        placeThreads(threads.value(), repository);
    return threads;
}

} // namespace

QString lemmaSlug(QString name)
{
    if (name.startsWith(QLatin1String("lemmas/")))
        name.remove(0, 7);
    if (name.endsWith(QLatin1String(".md")))
        name.chop(3);
    return name;
}

int runComment(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Opmerkingen bij een versie van een lemma.\n"
                    "  comment add LEMMA --quote TEKST [--rev REV] -m BERICHT\n"
                    "  comment reply|resolve|reopen ID [-m BERICHT]"));
    const QCommandLineOption quote(QStringLiteral("quote"), CliText::tr("de passage, letterlijk"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption revision(QStringLiteral("rev"),
                                      CliText::tr("de versie (standaard: de laatste)"),
                                      QStringLiteral("REV"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     CliText::tr("het bericht"), QStringLiteral("MSG"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    CliText::tr("uw naam (anders die uit git config user.name)"),
                                    QStringLiteral("NAME"));
    parser.addOptions({quote, revision, message, author});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 CliText::tr("add, reply, resolve of reopen"));
    parser.addPositionalArgument(QStringLiteral("LEMMA|ID"), CliText::tr("het lemma of de draad"));
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("reply"),
                                        QStringLiteral("resolve"), QStringLiteral("reopen")};
    if (positional.size() != 2 || !actions.contains(positional[0])) {
        context.err << CliText::tr("Gebruik: trendweb comment add LEMMA --quote TEKST -m BERICHT | "
                                   "trendweb comment reply|resolve|reopen ID [-m BERICHT]")
                    << Qt::endl;
        return UnusableInput;
    }
    auto repository = git::Repository::open(context.directory);
    if (!repository) {
        context.err << "trendweb comment: " << repository.error().message << Qt::endl;
        return UnusableInput;
    }
    const auto signature =
        authorFor(repository.value(), parser.value(author), QStringLiteral("comment"), context);
    if (!signature)
        return UnusableInput;
    const QString who = signature->name;
    if (positional[0] == QLatin1String("add")) {
        if (!parser.isSet(quote) || !parser.isSet(message)) {
            context.err << CliText::tr("trendweb comment add: geef --quote en -m") << Qt::endl;
            return UnusableInput;
        }
        const auto added =
            addComment(repository.value(), lemmaSlug(positional[1]), parser.value(quote),
                       parser.value(revision), who, parser.value(message));
        if (!added) {
            context.err << "trendweb comment: " << added.error().message << Qt::endl;
            return UnusableInput;
        }
        context.out << added.value() << Qt::endl;
        return Ok;
    }
    auto threads = loadThreads(repository->workdir());
    const bool known =
        threads && std::any_of(threads->begin(), threads->end(),
                               [&](const ReviewThread &t) { return t.id == positional[1]; });
    if (!known) {
        context.err << CliText::tr("trendweb comment: er is geen draad %1").arg(positional[1])
                    << Qt::endl;
        return UnusableInput;
    }
    if (positional[0] == QLatin1String("reply") && !parser.isSet(message)) {
        context.err << CliText::tr("trendweb comment reply: geef een bericht met -m") << Qt::endl;
        return UnusableInput;
    }
    const auto written =
        writeEvent(repository->workdir(), positional[1], positional[0], who, parser.value(message));
    if (!written) {
        context.err << "trendweb comment: " << written.error().message << Qt::endl;
        return UnusableInput;
    }
    return Ok;
}

int runComments(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("De draden met opmerkingen, met hun berichten en of hun "
                    "passage er nog is (anchored, moved, orphaned), en de voorstellen met hun "
                    "stand (open, accepted, rejected, outdated, orphaned)."));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("text of json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("LEMMA"), CliText::tr("alleen dit lemma"),
                                 QStringLiteral("[LEMMA]"));
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    auto repository = git::Repository::open(context.directory);
    if (!repository) {
        context.err << "trendweb comments: " << repository.error().message << Qt::endl;
        return UnusableInput;
    }
    auto threads = placedThreads(repository.value(), context);
    if (!threads)
        return UnusableInput;
    const QString only = lemmaSlug(parser.positionalArguments().value(0));
    QJsonArray list;
    for (const ReviewThread &thread : threads.value()) {
        if (!only.isEmpty() && thread.lemma != only)
            continue;
        QJsonArray messages;
        for (const ReviewMessage &message : thread.messages) {
            messages.append(
                QJsonObject{{QStringLiteral("author"), message.author},
                            {QStringLiteral("time"), message.time.toString(Qt::ISODate)},
                            {QStringLiteral("text"), message.text}});
        }
        const bool suggestion = thread.isSuggestion();
        const QString state = suggestion ? suggestionStateName(thread) : stateName(thread.state);
        QJsonObject entry{{QStringLiteral("id"), thread.id},
                          {QStringLiteral("kind"),
                           suggestion ? QStringLiteral("suggestion") : QStringLiteral("comment")},
                          {QStringLiteral("lemma"), thread.lemma},
                          {QStringLiteral("author"), thread.author},
                          {QStringLiteral("quote"), thread.anchor.exact},
                          {QStringLiteral("state"), state},
                          {QStringLiteral("start"), thread.start},
                          {QStringLiteral("end"), thread.end},
                          {QStringLiteral("resolved"), thread.resolved},
                          {QStringLiteral("messages"), messages}};
        if (suggestion) {
            entry.insert(QStringLiteral("replacement"), thread.replacement);
            entry.insert(QStringLiteral("commit"), thread.anchor.commit);
            if (thread.state == ReviewThread::State::Outdated) {
                entry.insert(QStringLiteral("current"), thread.current);
                entry.insert(QStringLiteral("difference"),
                             wordDiffText(wordDiff(thread.anchor.exact, thread.current)));
            }
            if (thread.decision != ReviewThread::Decision::Open) {
                entry.insert(QStringLiteral("decidedBy"), thread.decidedBy);
                entry.insert(QStringLiteral("decidedAt"), thread.decidedAt.toString(Qt::ISODate));
            }
        }
        list.append(entry);
        if (parser.value(format) != QLatin1String("json")) {
            context.out << thread.id << "  " << thread.lemma << "  "
                        << (suggestion ? CliText::tr("voorstel  ") : QString()) << state
                        << (thread.resolved && !suggestion ? CliText::tr("  (opgelost)")
                                                           : QString())
                        << "\n  > " << thread.anchor.exact << '\n';
            if (suggestion) {
                if (thread.state == ReviewThread::State::Outdated)
                    context.out << CliText::tr("  nu: ") << thread.current << '\n'
                                << CliText::tr("  veranderd: ")
                                << wordDiffText(wordDiff(thread.anchor.exact, thread.current))
                                << '\n';
                context.out << CliText::tr("  wordt: ") << thread.replacement << '\n'
                            << CliText::tr("  voorgesteld door ") << thread.author << '\n';
            }
            for (const ReviewMessage &message : thread.messages)
                context.out << "  " << message.author << ": " << message.text << '\n';
        }
    }
    if (parser.value(format) == QLatin1String("json"))
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("threads"), list}}).toJson();
    context.out.flush();
    return Ok;
}

int runReviewReport(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Alle open opmerkingen en voorstellen per lemma, voor een redactieoverleg."));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("markdown of html"),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    parser.addOption(format);
    int exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return exitCode;
    auto repository = git::Repository::open(context.directory);
    if (!repository) {
        context.err << "trendweb review-report: " << repository.error().message << Qt::endl;
        return UnusableInput;
    }
    auto threads = placedThreads(repository.value(), context);
    if (!threads)
        return UnusableInput;
    // Lemmas named as the edition shows them: "A · Title".
    QHash<QString, QString> names;
    if (auto edition = loadEdition(repository->workdir())) {
        for (const Document &lemma : edition->lemmas)
            names.insert(lemma.slug,
                         QStringLiteral("%1 · %2").arg(lemma.letter, lemma.displayTitle()));
    }
    context.out << reviewReport(threads.value(), parser.value(format) == QLatin1String("html"),
                                names);
    context.out.flush();
    return Ok;
}

} // namespace trendweb::cli
