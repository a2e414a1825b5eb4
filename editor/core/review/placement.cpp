// Placing comments and suggestions on the current text: where the difference since their
// version carries their passage, and for a suggestion how its passage reads when it changed.
#include "editionloader.h"
#include "git/repository.h"
#include "review/review.h"
#include "textfile.h"
#include "versions/textdiff.h"

#include <QDir>
#include <QHash>

namespace trendweb {

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

} // namespace trendweb
