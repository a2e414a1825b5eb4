#include "review/review.h"

#include "confinement.h"
#include "editionloader.h"
#include "filetransaction.h"
#include "git/repository.h"
#include "messages.h"
#include "review/reviewevent.h"
#include "textfile.h"
#include "validation/diagnosticcodes.h"
#include "validation/schemavalidator.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>

namespace trendweb {

namespace {

constexpr int contextLength = 32;

} // namespace

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    escaped.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Anchor makeAnchor(const QString &text, int start, int end, const QString &commit)
{
    Anchor anchor;
    anchor.exact = text.mid(start, end - start);
    anchor.prefix = text.mid(qMax(0, start - contextLength), qMin(start, contextLength));
    anchor.suffix = text.mid(end, contextLength);
    anchor.start = start;
    anchor.end = end;
    anchor.commit = commit;
    return anchor;
}

Result<QList<ReviewThread>> loadThreads(const QString &editionRoot, Diagnostics *diagnostics)
{
    struct Event
    {
        QString file;
        QJsonObject data;
        QDateTime time;
    };
    QList<Event> events;
    const QDir root(editionRoot);
    QDirIterator it(root.filePath(QStringLiteral("review")), {QStringLiteral("*.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = root.relativeFilePath(file);
        // A review file that is a link to elsewhere on the reader's computer is not read.
        if (!staysInEdition(editionRoot, relative)) {
            if (diagnostics)
                diagnostics->append(
                    makeDiagnostic("path-outside-edition", relative, 1, 1, {relative}));
            continue;
        }
        auto text = readTextFile(file);
        if (!text) {
            if (diagnostics)
                diagnostics->append(makeDiagnostic("file-unreadable", relative, text.error().line,
                                                   text.error().column, {text.error().message}));
            continue;
        }
        auto yaml = parseYaml(text.value(), relative);
        if (!yaml) {
            if (diagnostics)
                diagnostics->append(makeDiagnostic("yaml-syntax", relative, yaml.error().line,
                                                   yaml.error().column,
                                                   {yaml.error().message, yaml.error().detail}));
            continue;
        }
        const Diagnostics problems =
            validateAgainstSchema(SchemaKind::Comment, yaml.value(), relative);
        if (!problems.isEmpty()) {
            if (diagnostics)
                *diagnostics += problems;
            continue;
        }
        const QJsonObject data = yaml->root.toObject();
        events.append(
            {relative, data,
             QDateTime::fromString(data.value(QLatin1String("time")).toString(), Qt::ISODate)});
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.time, a.file) < std::tie(b.time, b.file);
    });

    QList<ReviewThread> threads;
    QHash<QString, qsizetype> byId;
    for (const Event &event : std::as_const(events)) {
        const QString id = event.data.value(QLatin1String("thread")).toString();
        const QString kind = event.data.value(QLatin1String("event")).toString();
        const QString author = event.data.value(QLatin1String("author")).toString();
        const QString message = event.data.value(QLatin1String("message")).toString();
        if (kind == QLatin1String("open")) {
            ReviewThread thread;
            thread.id = id;
            thread.lemma = event.data.value(QLatin1String("lemma")).toString();
            const QJsonObject anchor = event.data.value(QLatin1String("anchor")).toObject();
            thread.anchor = {anchor.value(QLatin1String("exact")).toString(),
                             anchor.value(QLatin1String("prefix")).toString(),
                             anchor.value(QLatin1String("suffix")).toString(),
                             anchor.value(QLatin1String("start")).toInt(),
                             anchor.value(QLatin1String("end")).toInt(),
                             anchor.value(QLatin1String("commit")).toString()};
            thread.author = author;
            thread.time = event.time;
            if (event.data.value(QLatin1String("kind")).toString() == QLatin1String("suggestion")) {
                thread.kind = ReviewThread::Kind::Suggestion;
                thread.replacement = event.data.value(QLatin1String("replacement")).toString();
            }
            if (!thread.isSuggestion() || !message.isEmpty()) // a suggestion's explanation
                thread.messages.append({author, event.time, message});
            byId.insert(id, threads.size());
            threads.append(thread);
            continue;
        }
        const auto found = byId.constFind(id);
        if (found == byId.constEnd())
            continue; // an answer to a thread that is not here (yet)
        ReviewThread &thread = threads[*found];
        if (kind == QLatin1String("resolve"))
            thread.resolved = true;
        else if (kind == QLatin1String("reopen"))
            thread.resolved = false;
        const bool accept = kind == QLatin1String("accept");
        if ((accept || kind == QLatin1String("reject")) && thread.isSuggestion() &&
            thread.decision == ReviewThread::Decision::Open) {
            // The first decision counts: accepting has already changed the text.
            thread.decision =
                accept ? ReviewThread::Decision::Accepted : ReviewThread::Decision::Rejected;
            thread.decidedBy = author;
            thread.decidedAt = event.time;
            thread.resolved = true;
        }
        if (!message.isEmpty() || kind == QLatin1String("reply"))
            thread.messages.append({author, event.time, message});
    }
    return threads;
}

Result<EventFile> composeEvent(const QString &editionRoot, const QString &thread,
                               const QString &event, const QString &author, const QString &message,
                               const QString &lemma, const Anchor &anchor,
                               const QString *replacement)
{
    // A comment nobody answers for is not written: it would also break the edition's checks
    // for everyone who shares it.
    if (author.trimmed().isEmpty())
        return Error{git::missingNameMessage(), editionRoot};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString random = QString::number(QRandomGenerator::global()->generate(), 16)
                               .rightJustified(8, QLatin1Char('0'));
    const QString id = thread.isEmpty() ? now.toString(QStringLiteral("yyyyMMdd'T'HHmmss")) +
                                              QLatin1Char('-') + random
                                        : thread;
    QString yaml = QStringLiteral("thread: %1\nevent: %2\nauthor: %3\ntime: %4\n")
                       .arg(id, event, quoted(author.trimmed()), now.toString(Qt::ISODateWithMs));
    if (replacement)
        yaml += QStringLiteral("kind: suggestion\nreplacement: %1\n").arg(quoted(*replacement));
    if (!message.isEmpty() || (event == QLatin1String("open") && !replacement))
        yaml += QStringLiteral("message: %1\n").arg(quoted(message));
    if (event == QLatin1String("open")) {
        yaml += QStringLiteral("lemma: %1\nanchor:\n  exact: %2\n  prefix: %3\n  suffix: %4\n"
                               "  start: %5\n  end: %6\n  commit: %7\n")
                    .arg(lemma, quoted(anchor.exact), quoted(anchor.prefix), quoted(anchor.suffix))
                    .arg(anchor.start)
                    .arg(anchor.end)
                    .arg(anchor.commit);
    }
    // One file per event: a name nobody else can choose at the same moment.
    const QString file =
        QDir(editionRoot)
            .filePath(
                QStringLiteral("review/%1/%2-%3-%4.yaml")
                    .arg(id, now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")), event, random));
    return EventFile{id, file, yaml};
}

Result<QString> writeEvent(const QString &editionRoot, const QString &thread, const QString &event,
                           const QString &author, const QString &message, const QString &lemma,
                           const Anchor &anchor)
{
    auto composed = composeEvent(editionRoot, thread, event, author, message, lemma, anchor);
    if (!composed)
        return composed.error();
    FileTransaction transaction(editionRoot);
    transaction.writeText(composed->file, composed->yaml);
    if (auto written = transaction.commit(); !written) {
        Error error = written.error();
        error.message = ReviewText::tr("De opmerking is niet opgeslagen. %1").arg(error.message);
        return error;
    }
    return composed->id;
}

Result<Anchor> findPassage(const git::Repository &repository, const QString &lemma,
                           const QString &quote, const QString &revision)
{
    const QString rev = revision.isEmpty() ? QStringLiteral("HEAD") : revision;
    auto commit = repository.resolveRevision(rev);
    if (!commit)
        return commit.error();
    auto text = repository.fileAt(commit.value(), lemmaPath(lemma));
    if (!text)
        return text.error();
    const int first = int(text->indexOf(quote));
    if (quote.isEmpty() || first < 0)
        return Error{ReviewText::tr("Deze passage staat niet in het lemma (in de gekozen versie)."),
                     lemma};
    if (text->indexOf(quote, first + 1) >= 0)
        return Error{
            ReviewText::tr("Deze passage staat meer dan eens in het lemma; citeer een langer stuk, "
                           "zodat duidelijk is welke u bedoelt."),
            lemma};
    return makeAnchor(text.value(), first, first + int(quote.size()), commit.value());
}

Result<QString> addComment(const git::Repository &repository, const QString &lemma,
                           const QString &quote, const QString &revision, const QString &author,
                           const QString &message)
{
    auto anchor = findPassage(repository, lemma, quote, revision);
    if (!anchor)
        return anchor.error();
    return writeEvent(repository.workdir(), {}, QStringLiteral("open"), author, message, lemma,
                      anchor.value());
}

} // namespace trendweb
