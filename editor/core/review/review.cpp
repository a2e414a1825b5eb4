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
#include "versions/textdiff.h"
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

namespace {

// Maps an offset of `before` to `after` through their difference; -1 when the text
// at that offset was removed.
int mapOffset(const QList<DiffPiece> &diff, int offset, bool isEnd)
{
    int oldPos = 0;
    int newPos = 0;
    for (const DiffPiece &piece : diff) {
        const int length = int(piece.text.size());
        switch (piece.kind) {
        case DiffPiece::Same:
            if (offset < oldPos + length || (isEnd && offset == oldPos + length))
                return newPos + (offset - oldPos);
            oldPos += length;
            newPos += length;
            break;
        case DiffPiece::Removed:
            if (offset < oldPos + length && !(isEnd && offset == oldPos))
                return -1;
            oldPos += length;
            break;
        case DiffPiece::Added:
            newPos += length;
            break;
        }
    }
    return offset == oldPos ? newPos : -1;
}

// Where the character at `offset` of `before` stands in `after`; -1 when it was changed.
int unchangedAt(const QList<DiffPiece> &diff, int offset)
{
    int oldPos = 0;
    int newPos = 0;
    for (const DiffPiece &piece : diff) {
        const int length = int(piece.text.size());
        if (piece.kind != DiffPiece::Added && offset < oldPos + length)
            return piece.kind == DiffPiece::Same ? newPos + (offset - oldPos) : -1;
        if (piece.kind != DiffPiece::Added)
            oldPos += length;
        if (piece.kind != DiffPiece::Removed)
            newPos += length;
    }
    return -1;
}

// A suggestion whose passage did not survive unchanged: what now stands between the unchanged
// text around it, when that text is still there. The edge of the passage may fall inside a
// word that changed ("CBS." → "RIVM."); the unchanged parts of that word stay outside.
// Returns false when the surroundings went too: then the passage is gone.
bool placeChanged(ReviewThread &thread, const QList<DiffPiece> &diff, const QString &original,
                  const QString &current)
{
    const Anchor &anchor = thread.anchor;
    int left = anchor.start - 1;
    while (left >= 0 && unchangedAt(diff, left) < 0) {
        if (original.at(left).isSpace())
            return false;
        --left;
    }
    int right = anchor.end;
    while (right < original.size() && unchangedAt(diff, right) < 0) {
        if (original.at(right).isSpace())
            return false;
        ++right;
    }
    int start = left < 0 ? 0 : unchangedAt(diff, left) + 1;
    int end = right >= original.size() ? int(current.size()) : unchangedAt(diff, right);
    if (end < start)
        return false;
    // The changed word's parts outside the passage, where they still stand.
    const QString before = original.mid(left + 1, anchor.start - left - 1);
    const QString after = original.mid(anchor.end, right - anchor.end);
    if (current.mid(start, end - start).startsWith(before))
        start += int(before.size());
    if (end - start >= after.size() && current.mid(end - after.size(), after.size()) == after)
        end -= int(after.size());
    const QString now = current.mid(start, end - start);
    if (now.isEmpty() && !anchor.exact.isEmpty())
        return false; // the passage was deleted
    thread.start = start;
    thread.end = end;
    thread.current = now;
    if (now == anchor.exact)
        thread.state = ReviewThread::State::Moved;
    else
        thread.state = ReviewThread::State::Outdated;
    return true;
}

} // namespace

QString stateName(ReviewThread::State state)
{
    switch (state) {
    case ReviewThread::State::Anchored:
        return QStringLiteral("anchored");
    case ReviewThread::State::Moved:
        return QStringLiteral("moved");
    case ReviewThread::State::Orphaned:
        return QStringLiteral("orphaned");
    case ReviewThread::State::Outdated:
        return QStringLiteral("outdated");
    }
    return {};
}

QString suggestionStateName(const ReviewThread &suggestion)
{
    switch (suggestion.decision) {
    case ReviewThread::Decision::Accepted:
        return QStringLiteral("accepted");
    case ReviewThread::Decision::Rejected:
        return QStringLiteral("rejected");
    case ReviewThread::Decision::Open:
        break;
    }
    switch (suggestion.state) {
    case ReviewThread::State::Orphaned:
        return QStringLiteral("orphaned");
    case ReviewThread::State::Outdated:
        return QStringLiteral("outdated");
    default:
        return QStringLiteral("open");
    }
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

void placeThread(ReviewThread &thread, const QString &original, const QString &current)
{
    const Anchor &anchor = thread.anchor;
    thread.state = ReviewThread::State::Orphaned;
    thread.start = thread.end = -1;
    thread.current.clear();
    // Only a suggestion to insert has an empty passage: a point between its prefix and suffix.
    if (anchor.exact.isEmpty() && !thread.isSuggestion())
        return;
    if (!original.isEmpty() &&
        original.mid(anchor.start, anchor.end - anchor.start) == anchor.exact) {
        // Follow the text through the changes since the comment was made.
        const QList<DiffPiece> diff = wordDiff(original, current);
        const int start = mapOffset(diff, anchor.start, false);
        const int end = mapOffset(diff, anchor.end, true);
        if (start >= 0 && end >= start && current.mid(start, end - start) == anchor.exact) {
            thread.start = start;
            thread.end = end;
            thread.state =
                start == anchor.start ? ReviewThread::State::Anchored : ReviewThread::State::Moved;
            thread.current = anchor.exact;
        } else if (thread.isSuggestion()) {
            // A suggestion says how its passage reads now, when it is still there.
            placeChanged(thread, diff, original, current);
        }
        return; // the passage itself changed or went: orphaned, never a look-alike
    }
    // Without the original version: only a quote that occurs once, in its context.
    // (An insertion point: its prefix and suffix together.)
    const QString needle = anchor.exact.isEmpty() ? anchor.prefix + anchor.suffix : anchor.exact;
    const int found = int(current.indexOf(needle));
    if (needle.isEmpty() || found < 0 || current.indexOf(needle, found + 1) >= 0)
        return;
    const int first = anchor.exact.isEmpty() ? found + int(anchor.prefix.size()) : found;
    const bool context = current.mid(0, first).endsWith(anchor.prefix) &&
                         current.mid(first + anchor.exact.size()).startsWith(anchor.suffix);
    if (!context)
        return;
    thread.current = anchor.exact;
    thread.start = first;
    thread.end = first + int(anchor.exact.size());
    thread.state =
        first == anchor.start ? ReviewThread::State::Anchored : ReviewThread::State::Moved;
}

void placeThreads(QList<ReviewThread> &threads, const git::Repository &repository)
{
    QHash<QString, QString> currentTexts;
    for (ReviewThread &thread : threads) {
        const QString path = lemmaPath(thread.lemma);
        if (!currentTexts.contains(path)) {
            auto text = readTextFile(QDir(repository.workdir()).filePath(path));
            currentTexts.insert(path, text ? text.value() : QString());
        }
        const auto original = repository.fileAt(thread.anchor.commit, path);
        placeThread(thread, original ? original.value() : QString(), currentTexts.value(path));
    }
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

QString reviewReport(const QList<ReviewThread> &threads, bool html)
{
    QMap<QString, QList<const ReviewThread *>> byLemma;
    for (const ReviewThread &thread : threads) {
        if (!thread.resolved)
            byLemma[thread.lemma].append(&thread);
    }
    QString out;
    const auto escape = [html](const QString &text) { return html ? text.toHtmlEscaped() : text; };
    out += html ? QStringLiteral(
                      "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                      "<title>Open opmerkingen</title></head><body>\n<h1>Open opmerkingen</h1>\n")
                : QStringLiteral("# Open opmerkingen\n\n");
    for (auto it = byLemma.begin(); it != byLemma.end(); ++it) {
        out += html ? QStringLiteral("<h2>%1</h2>\n").arg(escape(it.key()))
                    : QStringLiteral("## %1\n\n").arg(it.key());
        for (const ReviewThread *thread : it.value()) {
            QString state = thread->state == ReviewThread::State::Orphaned
                                ? ReviewText::tr(" (de passage is er niet meer)")
                                : QString();
            if (thread->isSuggestion()) {
                if (thread->state == ReviewThread::State::Outdated)
                    state = ReviewText::tr(" (verouderd: er staat nu “%1”)").arg(thread->current);
                const QString before = thread->anchor.exact.isEmpty()
                                           ? ReviewText::tr("(niets: invoegen na “%1”)")
                                                 .arg(thread->anchor.prefix.right(20))
                                           : thread->anchor.exact;
                const QString after = thread->replacement.isEmpty() ? ReviewText::tr("(weglaten)")
                                                                    : thread->replacement;
                const QString title = ReviewText::tr("Voorstel van %1").arg(thread->author);
                out +=
                    html ? QStringLiteral("<p><strong>%1</strong>%2</p>\n<p>%3: <del>%4</del>"
                                          "<br>%5: <ins>%6</ins></p>\n<ul>\n")
                               .arg(escape(title), escape(state), escape(ReviewText::tr("Was")),
                                    escape(before), escape(ReviewText::tr("Wordt")), escape(after))
                         : QStringLiteral("**%1**%2\n\n- %3: ~~%4~~\n- %5: %6\n\n")
                               .arg(title, state, ReviewText::tr("Was"), before,
                                    ReviewText::tr("Wordt"), after);
            } else {
                out += html ? QStringLiteral("<blockquote>%1</blockquote>%2\n<ul>\n")
                                  .arg(escape(thread->anchor.exact), escape(state))
                            : QStringLiteral("> %1%2\n\n").arg(thread->anchor.exact, state);
            }
            for (const ReviewMessage &message : thread->messages) {
                out += html ? QStringLiteral("<li><strong>%1</strong>: %2</li>\n")
                                  .arg(escape(message.author), escape(message.text))
                            : QStringLiteral("- **%1**: %2\n").arg(message.author, message.text);
            }
            out += html ? QStringLiteral("</ul>\n") : QStringLiteral("\n");
        }
    }
    if (html)
        out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace trendweb
